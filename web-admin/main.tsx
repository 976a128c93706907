import { createRoot } from 'react-dom/client';
import { HttpAdminApi } from './api/http-admin-api';
import { AmplifyAuth } from '../client-shared/auth/amplify-auth';
import { AdminApp } from './app';
import { loadAdminConfig } from './config/admin-config';

/** Entry point (webpack: web-admin/main.tsx -> dist/web-admin/): load config, wire auth + API, render. */
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html must contain <div id="root">');
  const root = createRoot(container);
  try {
    const config = await loadAdminConfig();
    const auth = new AmplifyAuth(config, {
      otherStep: 'This console cannot complete it yet; ask another administrator for help.',
      storageScope: 'this page',
    });
    const api = new HttpAdminApi(config.apiUrl, () => auth.idToken());
    root.render(<AdminApp api={api} auth={auth} />);
  } catch (err) {
    root.render(
      <p role="alert" style={{ fontFamily: 'sans-serif', padding: 24 }}>
        {`The admin console could not start: ${err instanceof Error ? err.message : String(err)}`}
      </p>,
    );
  }
}

void start();
