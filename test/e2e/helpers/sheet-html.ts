import type { FakeCell, FakeSheetModel } from '../host/fake-excel';

/**
 * A sheet the add-in wrote into the fake Excel, drawn as an HTML grid (column letters, row
 * numbers, values under their number formats, bold, fills, colours, merges) so the e2e run can
 * screenshot "the resulting sheets" for docs/. Charts are named under the grid, not drawn.
 */
const colNum = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colLetters = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A number under an Excel format such as `"$"#,##0.00`, `#,##0.####` or `0.00"%"`. */
export function formatNumber(value: number, format: string): string {
  const m = /^([^#0]*)([#0,]*(?:\.[#0]*)?)(.*)$/.exec(format);
  if (!m || m[2] === '') return String(value);
  const [, before = '', body = '', after = ''] = m;
  const [, decimals = ''] = body.split('.');
  const min = (decimals.match(/0/g) ?? []).length;
  const text = Math.abs(value).toLocaleString('en-US', {
    minimumFractionDigits: min,
    maximumFractionDigits: decimals.length,
    useGrouping: body.includes(','),
  });
  const literal = (s: string) => s.replace(/"/g, '');
  return `${value < 0 ? '-' : ''}${literal(before)}${text}${literal(after)}`;
}

function cellText(cell: FakeCell): string {
  if (cell.t === 'Double' && typeof cell.v === 'number') return formatNumber(cell.v, cell.f);
  return cell.v === null ? '' : String(cell.v);
}

function cellStyle(cell: FakeCell): string {
  const s = cell.style ?? {};
  const css = [
    cell.bold ? 'font-weight:600' : '',
    cell.fill ? `background:${cell.fill}` : '',
    s.italic ? 'font-style:italic' : '',
    typeof s.color === 'string' ? `color:${s.color}` : '',
    typeof s.size === 'number' ? `font-size:${s.size}pt` : '',
    s.wrapText ? 'white-space:normal' : '',
    typeof s.indentLevel === 'number' ? `padding-left:${4 + 12 * s.indentLevel}px` : '',
    s.borderEdgeTop ? 'border-top:1px solid #444' : '',
    cell.t === 'Double' ? 'text-align:right' : '',
    typeof s.horizontalAlignment === 'string'
      ? `text-align:${s.horizontalAlignment.toLowerCase()}`
      : '',
  ];
  return css.filter(Boolean).join(';');
}

/** The whole sheet as one HTML page. */
export function sheetHtml(sheet: FakeSheetModel): string {
  const at = (a: string) => /^([A-Z]+)(\d+)$/.exec(a);
  let rows = 0;
  let cols = 0;
  for (const address of Object.keys(sheet.cells)) {
    const m = at(address);
    if (!m) continue;
    rows = Math.max(rows, Number(m[2]));
    cols = Math.max(cols, colNum(m[1]!));
  }
  const span = new Map<string, [number, number]>();
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    const [from, to = from] = merge.split(':') as [string, string?];
    const [a, b] = [at(from)!, at(to)!];
    const [r1, c1, r2, c2] = [Number(a[2]), colNum(a[1]!), Number(b[2]), colNum(b[1]!)];
    span.set(from, [r2 - r1 + 1, c2 - c1 + 1]);
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(`${colLetters(c)}${r}`);
  }
  const head = Array.from({ length: cols }, (_, i) => `<th>${colLetters(i + 1)}</th>`).join('');
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const tds: string[] = [];
    for (let c = 1; c <= cols; c++) {
      const address = `${colLetters(c)}${r}`;
      if (covered.has(address)) continue;
      const cell = sheet.cells[address];
      const [rs, cs] = span.get(address) ?? [1, 1];
      const spans = `${rs > 1 ? ` rowspan="${rs}"` : ''}${cs > 1 ? ` colspan="${cs}"` : ''}`;
      tds.push(
        cell
          ? `<td${spans} style="${cellStyle(cell)}">${escape(cellText(cell))}</td>`
          : `<td${spans}></td>`,
      );
    }
    body.push(`<tr><th>${r}</th>${tds.join('')}</tr>`);
  }
  const charts = sheet.charts
    .map(
      (c) =>
        `<p>Chart (${escape(c.type)}): ${escape(c.title ?? '')} — ${c.series.map((x) => escape(x.name ?? '')).join(', ')}</p>`,
    )
    .join('');
  return `<!doctype html><meta charset="utf-8"><title>${escape(sheet.name)}</title>
<style>
body{font:13px Calibri,Carlito,"Segoe UI",Arial,sans-serif;margin:0;background:#fff}
table{border-collapse:collapse}
th{background:#f3f3f3;color:#555;font-weight:400;border:1px solid #d4d4d4;padding:1px 6px}
td{border:1px solid #e1e1e1;padding:1px 6px;white-space:nowrap;max-width:420px;overflow:hidden;text-overflow:ellipsis}
.tab{display:inline-block;padding:4px 14px;border:1px solid #d4d4d4;border-top:none;background:#fff;font-weight:600;color:#217346}
p{margin:6px 8px;color:#555}
</style>
<table><tr><th></th>${head}</tr>${body.join('')}</table>${charts}<div class="tab">${escape(sheet.name)}</div>`;
}
