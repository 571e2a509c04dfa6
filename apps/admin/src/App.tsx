import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './authProvider';
import committees from './committees';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import handlingUnits from './handlingUnits';
import { i18nProvider } from './i18nProvider';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import members from './members';
import { MyProposals } from './myProposals/MyProposals';
import sectors from './sectors';
import townships from './townships';

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
    <Resource name="members" {...members} />
    <Resource name="townships" {...townships} />
    <Resource name="sectors" {...sectors} />
    <Resource name="committees" {...committees} />
    <Resource name="handlingUnits" {...handlingUnits} />
    <CustomRoutes>
      <Route path="/my-proposals" element={<MyProposals />} />
    </CustomRoutes>
  </Admin>
);
