/* Ribbon commands of the shared runtime. The ribbon button opens the task pane (ShowTaskpane in
 * manifest.xml); this file registers the action ids Office may call and, in a shared runtime,
 * keeps the document-open behaviour explicit. */
import { services } from '../runtime/services';

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
    // Touch the services so the catalog cache exists before the first =AWS.* recalculation.
    services();
  });
}
