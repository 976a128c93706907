/** An audit entry's changes as text: `field: old → new` per field, `; `-separated. */
export function auditChangeText(changes: Readonly<Record<string, unknown>>): string {
  return Object.entries(changes)
    .map(([field, v]) =>
      Array.isArray(v) && v.length === 2
        ? `${field}: ${shown(v[0])} → ${shown(v[1])}`
        : `${field}: ${shown(v)}`,
    )
    .join('; ');
}

function shown(v: unknown): string {
  if (v === null || v === undefined) return '(none)';
  return typeof v === 'string' ? v : JSON.stringify(v);
}
