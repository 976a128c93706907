/**
 * `coverage.json` of the embedded catalog (core/catalog/embedded-coverage.ts): each shard's
 * coverage summary (core's `shardCoverage`), computed here from the built catalog so the admin API
 * answers `GET /admin/catalog/coverage` without reading the region files (DECISIONS 93, 98). Its
 * own module, called by catalog-files.ts, whatever the layout of the region files: the shards are
 * the ones index.json lists for each region. test/backend/adapters/embedded-coverage-files.test.ts
 * holds the committed file to a live computation over the committed region files.
 */
import type { CatalogSnapshot } from '../../core/catalog/catalog-shard';
import { embeddedCoverageJson } from '../../core/catalog/embedded-coverage';
import { embeddedRegionEntry } from '../../core/catalog/embedded-index';
import { shardCoverage } from '../../core/catalog/shard-coverage';

/** The file's text: one reference and one shard per line, so a diff shows what moved. */
export function coverageFileText(snapshot: CatalogSnapshot, regions: readonly string[]): string {
  const json = embeddedCoverageJson(
    snapshot.version,
    regions.map((region) => {
      const shards = snapshot.shards.filter((s) => s.region === region);
      const listed = embeddedRegionEntry(region, shards).shards;
      return {
        region,
        shards: shards.map((shard, i) => ({
          shard: listed[i]!,
          summary: shardCoverage(shard).summary,
        })),
      };
    }),
  );
  const list = (items: readonly unknown[]): string =>
    items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  const regionText = (r: (typeof json.regions)[number]): string =>
    [
      `    {"region": ${JSON.stringify(r.region)}, "shards": [`,
      r.shards.map((s) => `      ${JSON.stringify(s)}`).join(',\n'),
      '    ]}',
    ].join('\n');
  return [
    '{',
    `  "format": ${JSON.stringify(json.format)},`,
    `  "version": ${JSON.stringify(json.version)},`,
    '  "references": [',
    list(json.references),
    '  ],',
    '  "regions": [',
    json.regions.map(regionText).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}
