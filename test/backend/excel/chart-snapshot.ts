import path from 'node:path';
import { sheetPaths } from '../../../backend/excel/chart-parts';
import { readZipParts } from '../../../backend/excel/zip-package';
import type { RenderedChart } from '../../core/sheets/spec-assertions';

const local = (ref: string) => ref.replace(/^.*!/, '').replace(/\$/g, '');
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => m[1]!);

/** Reads the charts of each worksheet back out of the package (exceljs itself does not read charts). */
export function chartSnapshot(xlsx: Buffer): Map<string, RenderedChart[]> {
  const parts = new Map(readZipParts(xlsx).map((p) => [p.name, p.data.toString('utf8')]));
  const out = new Map<string, RenderedChart[]>();
  const resolve = (from: string, target: string) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(from), target));
  const rels = (part: string) => parts.get(part.replace(/([^/]+)$/, '_rels/$1.rels')) ?? '';
  for (const [sheet, sheetPath] of sheetPaths(
    new Map([...parts].map(([k, v]) => [k, Buffer.from(v)])),
  )) {
    const charts: RenderedChart[] = [];
    for (const drawingTarget of all(/Type="[^"]*\/drawing" Target="([^"]+)"/g, rels(sheetPath))) {
      const drawing = resolve(sheetPath, drawingTarget);
      for (const chartTarget of all(/Type="[^"]*\/chart" Target="([^"]+)"/g, rels(drawing))) {
        const xml = parts.get(resolve(drawing, chartTarget)) ?? '';
        const dir = /<c:barDir val="(\w+)"/.exec(xml)?.[1];
        const series = all(/<c:ser>(.*?)<\/c:ser>/g, xml);
        charts.push({
          type: dir === 'bar' ? 'barClustered' : 'columnClustered',
          title: unescape(/<c:title>.*?<a:t>(.*?)<\/a:t>/.exec(xml)?.[1] ?? ''),
          categoriesRange: local(/<c:cat>.*?<c:f>(.*?)<\/c:f>/.exec(series[0] ?? '')?.[1] ?? ''),
          series: series.map((s) => ({
            name: unescape(/<c:tx><c:v>(.*?)<\/c:v>/.exec(s)?.[1] ?? ''),
            valuesRange: local(/<c:val>.*?<c:f>(.*?)<\/c:f>/.exec(s)?.[1] ?? ''),
          })),
        });
      }
    }
    out.set(sheet, charts);
  }
  return out;
}
