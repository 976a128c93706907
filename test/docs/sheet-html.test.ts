import { formatNumber, sheetHtml } from '../e2e/helpers/sheet-html';

describe('sheet screenshots for docs/: Excel number formats', () => {
  it.each([
    [1234.5, '"$"#,##0.00', '$1,234.50'],
    [-436.69, '"$"#,##0.00', '-$436.69'],
    [0.0816, '"$"#,##0.00########', '$0.0816'],
    [1460, '#,##0.####', '1,460'],
    [12.5, '0.00"%"', '12.50%'],
    [58.25, '#,##0.00 "PHP"', '58.25 PHP'],
    [3, 'General', '3'],
  ])('%p under %s reads %s', (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });
});

describe('sheet screenshots for docs/: the grid', () => {
  it('draws values, merges and escapes text', () => {
    const html = sheetHtml({
      name: 'AWS Estimate',
      visibility: 'Visible',
      cells: {
        A1: { v: 'Title <b>', t: 'String', f: 'General', bold: true },
        B2: { v: 119.14, t: 'Double', f: '"$"#,##0.00', fill: '#FDE7E9' },
      },
      tables: [],
      charts: [],
      merges: ['A1:B1'],
      freeze: 'rows 4',
    });
    expect(html).toContain('<td colspan="2" style="font-weight:600">Title &lt;b&gt;</td>');
    expect(html).toContain('background:#FDE7E9;text-align:right">$119.14</td>');
    expect(html).toContain('<tr><th>2</th><td></td>');
  });
});
