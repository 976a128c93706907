/* Ribbon commands of the shared runtime. The ribbon button opens the task pane (ShowTaskpane in
 * manifest.xml); this file registers the action ids Office may call. */
import { ready } from '../runtime/services';

/** Office action `showEstimator`: open the task pane (used by keyboard shortcuts and custom ribbons). */
export async function showEstimator(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    Office.actions?.associate('showEstimator', showEstimator);
  });
  // Start loading the configuration and build the services (the catalog cache the =AWS.*
  // functions use) as soon as the runtime starts; `ready()` waits for config.json first.
  void ready().catch(() => undefined /* the task pane and the cells report it */);
}
