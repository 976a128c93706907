import { Button, Spinner, Text, Title3 } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { AdminCatalogCoverage, AdminMetrics } from '../../core';
import type { AdminApi } from '../api/admin-api';
import { useLoad } from '../components/use-load';
import { ComputedLive, CoverageTable, RegionDetails } from './catalog/coverage-table';
import { RefreshPanel } from './catalog/refresh-panel';
import { SourcesTable } from './catalog/sources-table';

/**
 * The price catalog the API prices with: its version and age (GET /admin/metrics) and core's
 * coverage report of it per region and service (GET /admin/catalog/coverage, the report
 * `npm run catalog:coverage` prints), the sources of its prices with their dates, and the last
 * catalog refresh with "Refresh now" (GET|POST /admin/catalog/refresh).
 */
export function catalogAgeDays(version: string, now: Date): number | null {
  // Versions carry their date: `2026-11-20T06:00:00Z`, `embedded-2026-11-26`.
  const m = /(\d{4}-\d{2}-\d{2})(T[\d:.]+Z)?/.exec(version);
  if (!m?.[1]) return null;
  const stamp = Date.parse(m[2] ? `${m[1]}${m[2]}` : `${m[1]}T00:00:00Z`);
  return Number.isNaN(stamp) ? null : Math.floor((now.getTime() - stamp) / 86_400_000);
}

export function CatalogStatusPage({
  api,
  now = () => new Date(),
  pollMs,
}: {
  api: AdminApi;
  now?: () => Date;
  /** How often a running refresh is checked (tests shorten it). */
  pollMs?: number;
}) {
  const load = useCallback(
    async (): Promise<[AdminMetrics, AdminCatalogCoverage]> =>
      Promise.all([api.adminMetrics(), api.catalogCoverage()]),
    [api],
  );
  const { data, loading, reload } = useLoad(load, 'Loading the catalog status failed');
  if (loading && !data) return <Spinner label="Loading catalog status…" />;
  const version = data?.[0].catalogVersion ?? '';
  const coverage = data?.[1];
  const age = version ? catalogAgeDays(version, now()) : null;
  return (
    <section aria-labelledby="catalog-title" style={{ display: 'grid', gap: 8 }}>
      <Title3 id="catalog-title" as="h2">
        Price catalog
      </Title3>
      <p>
        <Text weight="semibold">Version in use: </Text>
        <Text>{version || 'unknown'}</Text>
      </p>
      {age !== null && (
        <p role={age > 35 ? 'alert' : undefined}>
          {age > 35
            ? `The catalog is ${age} days old; AWS changes prices monthly. Refresh it (below) or run the Price List import (npm run pricing:import -- --publish).`
            : `Imported ${age} day${age === 1 ? '' : 's'} ago.`}
        </p>
      )}
      <Button style={{ justifySelf: 'start' }} onClick={reload}>
        Check again
      </Button>
      <RefreshPanel api={api} pollMs={pollMs} onFinished={reload} />
      {coverage && (
        <>
          <Title3 as="h3">Sources</Title3>
          <SourcesTable sources={coverage.sources} />
          <Title3 as="h3">{`Coverage of ${coverage.version}`}</Title3>
          <Text size={200}>
            Records per region and service, the dates their prices are known to hold (a price a
            newer source gives unchanged counts from that source&apos;s date, and the oldest price
            date itself is named beside it), and the share of each region&apos;s current-generation
            instance, DB and cache node types with a price (EC2, RDS, ElastiCache; a type the
            catalog does not mark current-generation is not counted). A region or service without
            records has no prices: estimates show those lines as gaps.
          </Text>
          <ComputedLive coverage={coverage} />
          <CoverageTable coverage={coverage} />
          <RegionDetails coverage={coverage} />
        </>
      )}
    </section>
  );
}
