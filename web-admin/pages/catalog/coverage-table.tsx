import {
  Dropdown,
  Field,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type {
  AdminCatalogCoverage,
  CatalogCoverage,
  ColumnCoverage,
  RegionCoverage,
} from '../../../core';
import { regionDatesText, serviceDatesText } from '../../../core';
import { regionText } from '../../settings/choice-fields';

const count = (n: number): string => n.toLocaleString('en-US');
const percent = (c: ColumnCoverage): string =>
  c.current === 0 ? '—' : `${Math.floor((100 * c.priced) / c.current)} %`;

/** The columns below 100 %, the weakest first: what a presales engineer will find missing. */
function shortfalls(r: RegionCoverage): string {
  const short = r.columns.filter((c) => c.priced < c.current);
  if (!r.columns.length) return 'no instance types to measure';
  if (!short.length) return `all ${r.columns.length} measured at 100 %`;
  return short
    .sort((a, b) => a.priced / a.current - b.priced / b.current)
    .map((c) => `${c.title} ${percent(c)}`)
    .join(', ');
}

/**
 * The published shards the API summarised from their records because the catalog store kept no
 * usable summary with them (stored before summaries were kept, or of an older computation).
 */
export function ComputedLive({ coverage }: { coverage: AdminCatalogCoverage }) {
  if (!coverage.computedLive.length) return null;
  const n = coverage.computedLive.length;
  return (
    <div role="note" aria-label="Computed from records">
      <Text>
        {`${n} published shard${n === 1 ? ' has' : 's have'} no stored coverage summary and ${n === 1 ? 'was' : 'were'} computed from ${n === 1 ? 'its' : 'their'} records (slower; publishing ${n === 1 ? 'it' : 'them'} again stores one):`}
      </Text>
      <ul>
        {coverage.computedLive.map((s) => (
          <li key={`${s.region}|${s.service}`}>
            {`${s.service} ${s.region} version ${s.version}: ${s.reason}`}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every region: records, services, price dates and which measured columns fall short. */
export function CoverageTable({ coverage }: { coverage: CatalogCoverage }) {
  return (
    <Table size="small" aria-label="Coverage per region">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Region</TableHeaderCell>
          <TableHeaderCell>Records</TableHeaderCell>
          <TableHeaderCell>Services</TableHeaderCell>
          <TableHeaderCell>Price dates</TableHeaderCell>
          <TableHeaderCell>Current-generation types priced</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {coverage.regions.map((r) => (
          <TableRow key={r.region} aria-label={r.region}>
            <TableCell>{regionText(r.region)}</TableCell>
            <TableCell>{count(r.records)}</TableCell>
            <TableCell>{r.services.length}</TableCell>
            <TableCell>{regionDatesText(r)}</TableCell>
            <TableCell>{shortfalls(r)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** One region in full: each service's records, sources and dates, and every measured column. */
export function RegionDetails({ coverage }: { coverage: CatalogCoverage }) {
  const [code, setCode] = useState(coverage.regions[0]?.region ?? '');
  const region = coverage.regions.find((r) => r.region === code);
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Field label="Region details">
        <Dropdown
          value={code ? regionText(code) : ''}
          selectedOptions={code ? [code] : []}
          onOptionSelect={(_, d) => d.optionValue && setCode(d.optionValue)}
        >
          {coverage.regions.map((r) => (
            <Option key={r.region} value={r.region}>
              {regionText(r.region)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {region && (
        <>
          <Table size="small" aria-label={`Services in ${region.region}`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Service</TableHeaderCell>
                <TableHeaderCell>Records</TableHeaderCell>
                <TableHeaderCell>Sources</TableHeaderCell>
                <TableHeaderCell>Price dates</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {region.services.map((s) => (
                <TableRow key={s.service} aria-label={s.service}>
                  <TableCell>{s.service}</TableCell>
                  <TableCell>{count(s.records)}</TableCell>
                  <TableCell>{s.sources}</TableCell>
                  <TableCell>{serviceDatesText(s)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ul aria-label={`Types priced in ${region.region}`}>
            {region.columns.map((c) => (
              <li key={c.title}>{`${c.title}: ${c.priced} of ${c.current} (${percent(c)})`}</li>
            ))}
          </ul>
          <Text size={200}>
            {region.ebsVolumeTypes === null
              ? 'No EBS in this region (global services).'
              : `EBS volume types with a storage price: ${region.ebsVolumeTypes}.`}
          </Text>
        </>
      )}
    </div>
  );
}
