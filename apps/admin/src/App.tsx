import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import activities from './activities';
import apiTokens from './apiTokens';
import auditEntries from './auditEntries';
import claims from './claims';
import objections from './objections';
import { authProvider } from './authProvider';
import committees from './committees';
import { PageGuard } from './common/PageGuard';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import dutyReports from './dutyReports';
import handlingUnits from './handlingUnits';
import { i18nProvider } from './i18nProvider';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import members from './members';
import { MyProposals } from './myProposals/MyProposals';
import opinionReports from './opinionReports';
import { PAGES } from './permissions';
import proposals from './proposals';
import rectificationItems from './rectificationItems';
import sectors from './sectors';
import supervisionTargets from './supervisionTargets';
import townships from './townships';
import users from './users';
import workPlans from './workPlans';

// Heavy pages are their own chunks (the initial bundle holds the shell, the registry and the
// data provider); every work-record, admin and analytics page loads on first visit.
const AnnualSummaryPage = lazy(() => import('./annualSummary/AnnualSummaryPage'));
const CountyReportPage = lazy(() => import('./countyReport/CountyReportPage'));
const AssessmentSchemePage = lazy(() => import('./assessment/AssessmentSchemePage'));
const DutyRulesPage = lazy(() => import('./duty/DutyRulesPage'));
const MemberDutyPage = lazy(() => import('./duty/MemberDutyPage'));
const YearClosePage = lazy(() => import('./yearClose/YearClosePage'));
const UnitWorklistPage = lazy(() => import('./unitWork/UnitWorklistPage'));
const UnitStatsPage = lazy(() => import('./unitWork/UnitStatsPage'));
const HandlingRulesPage = lazy(() => import('./unitWork/HandlingRulesPage'));

// Every resource is registered for every role (references need them); what each role may
// open or change is decided by authProvider.canAccess (permissions.ts), which also hides
// menu items and create/edit/delete buttons.
export const App = () => (
  <Admin
    title="县政协乡镇政协工作平台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    <Resource name="proposals" {...proposals} />
    <Resource name="activities" {...activities} />
    <Resource name="opinionReports" {...opinionReports} />
    <Resource name="workPlans" {...workPlans} />
    <Resource name="dutyReports" {...dutyReports} />
    <Resource name="claims" {...claims} />
    <Resource name="objections" {...objections} />
    <Resource name="supervisionTargets" {...supervisionTargets} />
    <Resource name="rectificationItems" {...rectificationItems} />
    <Resource name="members" {...members} />
    <Resource name="townships" {...townships} />
    <Resource name="sectors" {...sectors} />
    <Resource name="committees" {...committees} />
    <Resource name="handlingUnits" {...handlingUnits} />
    <Resource name="users" {...users} />
    <Resource name="apiTokens" {...apiTokens} />
    <Resource name="auditEntries" {...auditEntries} />
    <CustomRoutes>
      <Route
        path="/my-proposals"
        element={
          <PageGuard page={PAGES.myProposals}>
            <MyProposals />
          </PageGuard>
        }
      />
      <Route
        path="/annual-summary"
        element={
          <PageGuard page={PAGES.annualSummary}>
            <AnnualSummaryPage />
          </PageGuard>
        }
      />
      <Route
        path="/county-report"
        element={
          <PageGuard page={PAGES.countyReport}>
            <CountyReportPage />
          </PageGuard>
        }
      />
      <Route
        path="/assessment-scheme"
        element={
          <PageGuard page={PAGES.assessmentScheme}>
            <AssessmentSchemePage />
          </PageGuard>
        }
      />
      <Route
        path="/duty-rules"
        element={
          <PageGuard page={PAGES.dutyRules}>
            <DutyRulesPage />
          </PageGuard>
        }
      />
      <Route
        path="/year-close"
        element={
          <PageGuard page={PAGES.yearClose}>
            <YearClosePage />
          </PageGuard>
        }
      />
      <Route
        path="/member-duty"
        element={
          <PageGuard page={PAGES.memberDuty}>
            <MemberDutyPage />
          </PageGuard>
        }
      />
      <Route
        path="/unit-worklist"
        element={
          <PageGuard page={PAGES.unitWorklist}>
            <UnitWorklistPage />
          </PageGuard>
        }
      />
      <Route
        path="/unit-stats"
        element={
          <PageGuard page={PAGES.unitStats}>
            <UnitStatsPage />
          </PageGuard>
        }
      />
      <Route
        path="/handling-rules"
        element={
          <PageGuard page={PAGES.handlingRules}>
            <HandlingRulesPage />
          </PageGuard>
        }
      />
    </CustomRoutes>
  </Admin>
);
