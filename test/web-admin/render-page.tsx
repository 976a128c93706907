import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { NoticeBar } from '../../web-admin/components/notice-bar';
import { AdminStoreContext, createAdminStore, useAdmin } from '../../web-admin/state/admin-store';
import { ADMIN } from './fakes';

function Bar() {
  const notice = useAdmin((s) => s.notice);
  const notify = useAdmin((s) => s.notify);
  return <NoticeBar notice={notice} onDismiss={() => notify(null)} />;
}

/** Render one console page with a signed-in Admin and the message bar, as the shell does. */
export function renderPage(page: ReactElement) {
  const store = createAdminStore({ user: ADMIN });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <AdminStoreContext.Provider value={store}>
        <Bar />
        {page}
      </AdminStoreContext.Provider>
    </FluentProvider>,
  );
  return { ...view, store };
}
