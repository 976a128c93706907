/**
 * `coverage.json` of the embedded catalog (core/catalog/embedded-coverage.ts): each region's
 * coverage summary (core's `regionCoverage`), computed here from the built catalog so the admin API
 * answers `GET /admin/catalog/coverage` without reading the region files (DECISIONS 93). Its own
 * module, called by catalog-files.ts, whatever the layout of the region files: a summary is of
 * all the shards index.json lists for its region. test/core/catalog/embedded-coverage.test.ts
 * holds the committed file to a live computation over the committed region files.
 */
import type { CatalogSnapshot } from '../../core/catalog/catalog-shard';
import { regionCoverage } from '../../core/catalog/coverage-summary';
import { embeddedCoverageJson, summarisedShards } from '../../core/catalog/embedded-coverage';
import { embeddedRegionEntry } from '../../core/catalog/embedded-index';

/** The file's text: one reference and one region per line, so a diff shows what moved. */
export function coverageFileText(snapshot: CatalogSnapshot, regions: readonly string[]): string {
  const json = embeddedCoverageJson(
    snapshot.version,
    regions.map((region) => {
      const shards = snapshot.shards.filter((s) => s.region === region);
      return {
        region,
        shards: summarisedShards(embeddedRegionEntry(region, shards).shards),
        summary: regionCoverage(region, shards),
      };
    }),
  );
  const list = (items: readonly unknown[]): string =>
    items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return [
    '{',
    `  "format": ${JSON.stringify(json.format)},`,
    `  "version": ${JSON.stringify(json.version)},`,
    '  "references": [',
    list(json.references),
    '  ],',
    '  "regions": [',
    list(json.regions),
    '  ]',
    '}',
    '',
  ].join('\n');
}
