/* Task pane entry: renders the app once the configuration has loaded and Office is ready
 * (`ready()`: outside Office, onReady still resolves with host null, which the e2e test host
 * relies on). Office.onReady stays out of components. */
import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { ready } from '../runtime/services';
import { App } from './app';
import { currentOfficeTheme, fluentThemeFor } from './office-theme';

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

async function start(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) return;
  const root = createRoot(container);
  try {
    const services = await ready();
    const theme = fluentThemeFor(currentOfficeTheme(), prefersDark());
    root.render(
      <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
        <App services={services} />
      </FluentProvider>,
    );
  } catch (error) {
    // config.json exists but cannot be used: say so instead of a blank pane.
    container.textContent = `The add-in could not start: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void start();
