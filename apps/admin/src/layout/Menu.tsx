import AssessmentIcon from '@mui/icons-material/Assessment';
import AssignmentIcon from '@mui/icons-material/Assignment';
import ArticleIcon from '@mui/icons-material/Article';
import BarChartIcon from '@mui/icons-material/BarChart';
import ChecklistIcon from '@mui/icons-material/Checklist';
import RuleIcon from '@mui/icons-material/Rule';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import LockIcon from '@mui/icons-material/Lock';
import SummarizeIcon from '@mui/icons-material/Summarize';
import TuneIcon from '@mui/icons-material/Tune';
import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, useSidebarState, useTranslate } from 'react-admin';
import { ClaimsMenuItem } from '../claims/ClaimsMenuItem';
import { ObjectionsMenuItem } from '../objections/ObjectionsMenuItem';
import { useWho } from '../common/useWho';
import { canRead, PAGES } from '../permissions';
import { ADMIN_RESOURCE_NAMES, RESOURCE_NAMES, SUPERVISION_RESOURCE_NAMES, WORK_RESOURCE_NAMES } from '../resources';

/** A group heading, shown only when the sidebar is open and the group has items. */
const Heading = ({ label }: { label: string }) => {
  const [open] = useSidebarState();
  const translate = useTranslate();
  if (!open) return null;
  return (
    <ListSubheader
      component="div"
      sx={{ lineHeight: '28px', mt: 1, bgcolor: 'transparent', fontWeight: 600, fontSize: 12, color: 'text.secondary' }}
    >
      {translate(label)}
    </ListSubheader>
  );
};

/**
 * Role-aware menu in groups (工作台 · 分析 · 履职工作 · 民主监督 · 组织与委员 · 系统管理):
 * resource items hide themselves when authProvider.canAccess says no (a handling unit sees
 * none of them); the custom pages follow the same rules (permissions.ts).
 */
export const Menu = () => {
  const { who } = useWho();
  const translate = useTranslate();
  const readable = (names: readonly string[]) => names.filter((n) => canRead(who, n));
  const analysis = [
    PAGES.annualSummary,
    PAGES.countyReport,
    PAGES.unitStats,
    PAGES.assessmentScheme,
    PAGES.memberDuty,
    PAGES.dutyRules,
    PAGES.handlingRules,
    PAGES.yearClose,
  ].filter((p) => canRead(who, p));
  const work = readable(WORK_RESOURCE_NAMES);
  const supervision = readable(SUPERVISION_RESOURCE_NAMES);
  const registry = readable(RESOURCE_NAMES);
  const admin = readable(ADMIN_RESOURCE_NAMES);
  return (
    <RaMenu sx={{ '& .RaMenuItemLink-root': { py: 0.6 } }}>
      {canRead(who, PAGES.dashboard) && <RaMenu.DashboardItem primaryText={translate('cppcc.menu.dashboard')} />}
      {canRead(who, PAGES.unitWorklist) && (
        <RaMenu.Item
          to="/unit-worklist"
          primaryText={translate('cppcc.menu.unitWorklist')}
          leftIcon={<ChecklistIcon />}
        />
      )}
      {canRead(who, PAGES.myProposals) && (
        <RaMenu.Item
          to="/my-proposals"
          primaryText={translate('cppcc.menu.myProposals')}
          leftIcon={<AssignmentIcon />}
        />
      )}
      {analysis.length > 0 && <Heading label="cppcc.menu.analysis" />}
      {canRead(who, PAGES.annualSummary) && (
        <RaMenu.Item
          to="/annual-summary"
          primaryText={translate('cppcc.menu.annualSummary')}
          leftIcon={<SummarizeIcon />}
        />
      )}
      {canRead(who, PAGES.countyReport) && (
        <RaMenu.Item
          to="/county-report"
          primaryText={translate('cppcc.menu.countyReport')}
          leftIcon={<ArticleIcon />}
        />
      )}
      {canRead(who, PAGES.unitStats) && (
        <RaMenu.Item to="/unit-stats" primaryText={translate('cppcc.menu.unitStats')} leftIcon={<BarChartIcon />} />
      )}
      {canRead(who, PAGES.assessmentScheme) && (
        <RaMenu.Item
          to="/assessment-scheme"
          primaryText={translate('cppcc.menu.assessmentScheme')}
          leftIcon={<AssessmentIcon />}
        />
      )}
      {canRead(who, PAGES.memberDuty) && (
        <RaMenu.Item to="/member-duty" primaryText={translate('cppcc.menu.memberDuty')} leftIcon={<HowToRegIcon />} />
      )}
      {canRead(who, PAGES.dutyRules) && (
        <RaMenu.Item to="/duty-rules" primaryText={translate('cppcc.menu.dutyRules')} leftIcon={<TuneIcon />} />
      )}
      {canRead(who, PAGES.handlingRules) && (
        <RaMenu.Item to="/handling-rules" primaryText={translate('cppcc.menu.handlingRules')} leftIcon={<RuleIcon />} />
      )}
      {canRead(who, PAGES.yearClose) && (
        <RaMenu.Item to="/year-close" primaryText={translate('cppcc.menu.yearClose')} leftIcon={<LockIcon />} />
      )}
      {work.length > 0 && <Heading label="cppcc.menu.work" />}
      {work.map((name) =>
        name === 'claims' ? (
          <ClaimsMenuItem key={name} />
        ) : name === 'objections' ? (
          <ObjectionsMenuItem key={name} />
        ) : (
          <RaMenu.ResourceItem key={name} name={name} />
        ),
      )}
      {supervision.length > 0 && <Heading label="cppcc.menu.supervision" />}
      {supervision.map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
      {registry.length > 0 && <Heading label="cppcc.menu.registry" />}
      {registry.map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
      {admin.length > 0 && <Heading label="cppcc.menu.admin" />}
      {admin.map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
    </RaMenu>
  );
};
