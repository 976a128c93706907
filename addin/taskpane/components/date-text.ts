/** A stored ISO timestamp as the pane shows it: `5 Dec 2026` (the user's time zone); '' when unreadable. */
export function dateText(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
