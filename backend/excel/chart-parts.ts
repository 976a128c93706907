import type { ChartSpec, SheetSpec } from '../../core';
import { columnLetters, parseCellAddress, parseRange } from '../../core';
import type { ZipPart } from './zip-package';
import { readZipParts, writeZipParts } from './zip-package';

/**
 * exceljs 4 cannot draw charts, so the renderer adds them to the written package itself: one
 * DrawingML chart part per ChartSpec, a drawing part anchoring it over the spec's cells, and the
 * relationships and content types that tie them to the worksheet.
 */
const NS = {
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  drawingRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chartRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
};
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `B13:B15` on sheet `AWS Comparison` -> `'AWS Comparison'!$B$13:$B$15`. */
export function absoluteRef(sheet: string, range: string): string {
  const { start, end } = parseRange(range);
  const a = (p: { row: number; column: number }) => `$${columnLetters(p.column)}$${p.row}`;
  return `'${sheet.replace(/'/g, "''")}'!${a(start)}:${a(end)}`;
}

function chartXml(sheet: string, chart: ChartSpec): string {
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
        `<c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>${esc(absoluteRef(sheet, chart.categoriesRange))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(absoluteRef(sheet, s.valuesRange))}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join('');
  const dir = chart.type === 'barClustered' ? 'bar' : 'col';
  return (
    `${XML}<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.a}" xmlns:r="${NS.rel}"><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="150"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${dir === 'col' ? 'b' : 'l'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50020"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${dir === 'col' ? 'l' : 'b'}"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

function anchor(chart: ChartSpec, index: number): string {
  const from = parseCellAddress(chart.from);
  const to = parseCellAddress(chart.to);
  const marker = (tag: string, p: { row: number; column: number }) =>
    `<xdr:${tag}><xdr:col>${p.column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor>${marker('from', from)}${marker('to', to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.chart}">` +
    `<c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="rId${index + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Worksheet name -> its part path (`xl/worksheets/sheet2.xml`), from workbook.xml and its rels. */
export function sheetPaths(parts: Map<string, Buffer>): Map<string, string> {
  const workbook = parts.get('xl/workbook.xml')!.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const t = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.startsWith('/') ? t.slice(1) : `xl/${t}`);
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    const path = id ? target.get(id) : undefined;
    if (name && path)
      out.set(
        name
          .replace(/&amp;/g, '&')
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>'),
        path,
      );
  }
  return out;
}

export function addChartsToPackage(xlsx: Buffer, specs: readonly SheetSpec[]): Buffer {
  if (!specs.some((s) => s.charts.length)) return xlsx;
  const parts = new Map(readZipParts(xlsx).map((p) => [p.name, p.data]));
  const paths = sheetPaths(parts);
  const types: string[] = [];
  let chartNo = 0;
  let drawingNo = 0;
  for (const spec of specs) {
    if (!spec.charts.length) continue;
    const sheetPath = paths.get(spec.name);
    if (!sheetPath) throw new Error(`sheet "${spec.name}" is not in the written package`);
    drawingNo++;
    // exceljs names its comment drawings vmlDrawingN; chart drawings get their own prefix.
    const drawing = `xl/drawings/chartDrawing${drawingNo}.xml`;
    const drawingRels: string[] = [];
    const anchors = spec.charts.map((chart, i) => {
      chartNo++;
      const chartPath = `xl/charts/chart${chartNo}.xml`;
      parts.set(chartPath, Buffer.from(chartXml(spec.name, chart)));
      types.push(
        `<Override PartName="/${chartPath}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
      drawingRels.push(
        `<Relationship Id="rId${i + 1}" Type="${NS.chartRel}" Target="../charts/chart${chartNo}.xml"/>`,
      );
      return anchor(chart, i);
    });
    parts.set(
      drawing,
      Buffer.from(
        `${XML}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join('')}</xdr:wsDr>`,
      ),
    );
    parts.set(
      drawing.replace('drawings/', 'drawings/_rels/') + '.rels',
      Buffer.from(
        `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRels.join('')}</Relationships>`,
      ),
    );
    types.push(
      `<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
    );
    linkDrawing(parts, sheetPath, `../drawings/chartDrawing${drawingNo}.xml`);
  }
  const ct = parts.get('[Content_Types].xml')!.toString('utf8');
  parts.set(
    '[Content_Types].xml',
    Buffer.from(ct.replace('</Types>', `${types.join('')}</Types>`)),
  );
  return writeZipParts([...parts].map(([name, data]): ZipPart => ({ name, data })));
}

/** Adds the drawing relationship to the sheet's rels and `<drawing r:id>` where the schema puts it. */
function linkDrawing(parts: Map<string, Buffer>, sheetPath: string, target: string): void {
  const relsPath = sheetPath.replace('worksheets/', 'worksheets/_rels/') + '.rels';
  const id = 'rIdChartDrawing';
  const rel = `<Relationship Id="${id}" Type="${NS.drawingRel}" Target="${target}"/>`;
  const existing = parts.get(relsPath)?.toString('utf8');
  parts.set(
    relsPath,
    Buffer.from(
      existing
        ? existing.replace('</Relationships>', `${rel}</Relationships>`)
        : `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
    ),
  );
  const xml = parts.get(sheetPath)!.toString('utf8');
  const tag = `<drawing r:id="${id}"/>`;
  // CT_Worksheet order: ... headerFooter, rowBreaks, colBreaks, customProperties, cellWatches,
  // ignoredErrors, smartTags, drawing, legacyDrawing, legacyDrawingHF, picture, oleObjects,
  // controls, webPublishItems, tableParts, extLst.
  const before = [
    '<legacyDrawing ',
    '<legacyDrawingHF',
    '<picture',
    '<oleObjects',
    '<controls',
    '<webPublishItems',
    '<tableParts',
    '<extLst',
    '</worksheet>',
  ]
    .map((t) => xml.indexOf(t))
    .filter((i) => i >= 0);
  const at = Math.min(...before);
  parts.set(sheetPath, Buffer.from(xml.slice(0, at) + tag + xml.slice(at)));
}
