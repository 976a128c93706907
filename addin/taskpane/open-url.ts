/**
 * Open a document (a proposal's presigned download URL) outside the task pane. The pane's CSP
 * frames nothing but itself (default-src 'self'), so a PDF is never previewed in an iframe: inside
 * Office it opens in the user's browser (`Office.context.ui.openBrowserWindow`, requirement set
 * OpenBrowserWindowApi 1.1), elsewhere in a new tab.
 */
export function openOutside(url: string): void {
  const ui = typeof Office === 'undefined' ? undefined : safeUi();
  if (ui && typeof ui.openBrowserWindow === 'function') {
    ui.openBrowserWindow(url);
    return;
  }
  window.open(url, '_blank', 'noopener,noreferrer');
}

function safeUi(): Office.UI | undefined {
  try {
    return Office.context?.ui;
  } catch {
    return undefined; // no Office context outside a host
  }
}
