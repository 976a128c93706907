/* Task pane entry: renders the app once Office is ready (outside Office, onReady still resolves
 * with host null, which the e2e test host relies on). Office.onReady stays out of components. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { loadPageConfig } from '../config/page-config';
import { services } from '../runtime/services';
import { App } from './app';

function render(): void {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App services={services()} />
    </FluentProvider>,
  );
}

if (typeof Office === 'undefined') {
  // office.js failed to load (CDN blocked): the pane still renders (sign-in works; Excel steps report the failure).
  void loadPageConfig().then(render);
} else {
  void Promise.all([loadPageConfig(), Office.onReady()]).then(render);
}
