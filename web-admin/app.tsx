import {
  Button,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  Text,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand';
import type { AdminApi } from './api/admin-api';
import type { AuthPort } from '../client-shared/auth/auth-port';
import { NoticeBar } from './components/notice-bar';
import { AuditLogsPage } from './pages/audit-logs-page';
import { CatalogStatusPage } from './pages/catalog-status-page';
import { MetricsPage } from './pages/metrics-page';
import { SettingsPage } from './pages/settings-page';
import { SignInPage } from './pages/sign-in-page';
import { UsersPage } from './pages/users-page';
import {
  AdminStoreContext,
  createAdminStore,
  useAdmin,
  type AdminState,
  type PageId,
} from './state/admin-store';

/** The admin console shell: sign-in gate, navigation, the message bar, the open page. */
const PAGES: readonly { id: PageId; label: string }[] = [
  { id: 'users', label: 'Users' },
  { id: 'audit', label: 'Audit logs' },
  { id: 'metrics', label: 'Metrics' },
  { id: 'settings', label: 'Settings' },
  { id: 'catalog', label: 'Price catalog' },
];

function Shell({ api, auth }: { api: AdminApi; auth: AuthPort }) {
  const { user, page, notice, open, notify, setUser } = useAdmin((s) => s);
  const [checking, setChecking] = useState(true);

  useEffect(() => {
    let live = true;
    auth
      .currentUser()
      .then((u) => {
        // Only a signed-in Admin changes anything: a Sales session stays on the sign-in page.
        if (live && u?.role === 'Admin') setUser(u);
      })
      .finally(() => live && setChecking(false));
    return () => {
      live = false;
    };
  }, [auth, setUser]);

  if (checking) return <Spinner label="Checking your session…" />;
  const bar = <NoticeBar notice={notice} onDismiss={() => notify(null)} />;
  if (!user) {
    return (
      <main>
        {bar}
        <SignInPage auth={auth} />
      </main>
    );
  }
  return (
    <main style={{ padding: 16 }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <Text as="h1" size={500} weight="semibold">
          AWS Cost Estimation — Admin
        </Text>
        <span>
          <Text>{user.email}</Text>{' '}
          <Button size="small" onClick={() => void auth.signOut().then(() => setUser(null))}>
            Sign out
          </Button>
        </span>
      </header>
      <TabList
        selectedValue={page}
        onTabSelect={(_, d) => open(d.value as PageId)}
        aria-label="Console pages"
      >
        {PAGES.map((p) => (
          <Tab key={p.id} value={p.id}>
            {p.label}
          </Tab>
        ))}
      </TabList>
      {bar}
      <div style={{ marginTop: 12 }}>
        {page === 'users' && <UsersPage api={api} />}
        {page === 'audit' && <AuditLogsPage api={api} />}
        {page === 'metrics' && <MetricsPage api={api} />}
        {page === 'settings' && <SettingsPage api={api} />}
        {page === 'catalog' && <CatalogStatusPage api={api} />}
      </div>
    </main>
  );
}

export function AdminApp({
  api,
  auth,
  store,
}: {
  api: AdminApi;
  auth: AuthPort;
  store?: StoreApi<AdminState>;
}) {
  const [own] = useState(() => store ?? createAdminStore());
  return (
    <FluentProvider theme={webLightTheme}>
      <AdminStoreContext.Provider value={own}>
        <Shell api={api} auth={auth} />
      </AdminStoreContext.Provider>
    </FluentProvider>
  );
}
