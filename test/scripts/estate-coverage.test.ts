import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PriceCatalog } from '../../core';
import { embeddedSnapshot } from '../../backend/adapters/embedded-catalog-files';
import { isLiftAndShiftFamily } from '../../core/resources/ec2-sizing';
import type { EstateCoverage, EstateFile } from '../../scripts/estate-coverage';
import {
  CATALOG_GAPS,
  ESTATE_REGIONS,
  estateCoverageText,
  gapListing,
  measureEstate,
  pricedShare,
} from '../../scripts/estate-coverage';
import { rvtoolsEstate } from '../../scripts/rvtools-estate';

/**
 * Issue 12's done-when: the 40-row bulk-import workbook and a 1,000-VM RVTools export of Linux
 * guests, priced by the CLI's path (read, `--region`, price) in us-east-1 and ap-southeast-1.
 * The RVTools estate must price ≥ 95 % of its lines. The workbook's lines may miss prices only
 * where the catalog has no source (CATALOG_GAPS, core/catalog/data/README.md); outside those, ≥ 95 %
 * must be priced. A failure lists the lines not priced, by reason.
 */
const MIN_SHARE = 0.95;
const FIXTURE = path.resolve(__dirname, '../fixtures/workbooks/aws-bulk-ec2-estate.xlsx');
const catalog = new PriceCatalog(embeddedSnapshot());

function expectAtLeast(share: number, c: EstateCoverage, what: string): void {
  if (share >= MIN_SHARE) return;
  throw new Error(
    `${c.estate} in ${c.region}: ${what} ${(100 * share).toFixed(1)} % < 95 %.\n${estateCoverageText([c])}\n\nLines:\n${gapListing(c)}`,
  );
}

function expectEveryGapRecorded(c: EstateCoverage): void {
  if (c.unexplained === 0) return;
  const unexplained = { ...c, groups: c.groups.filter((g) => g.catalogGap === null) };
  throw new Error(
    `${c.estate} in ${c.region}: ${c.unexplained} lines not priced that no recorded catalog gap explains (a reader mapping, the engine or a missing source?):\n${gapListing(unexplained)}`,
  );
}

describe('estate coverage (issue 12 done-when)', () => {
  let workbook: EstateFile;
  let linux: EstateFile;
  beforeAll(async () => {
    workbook = { name: 'aws-bulk-ec2-estate.xlsx', bytes: readFileSync(FIXTURE) };
    const estate = await rvtoolsEstate({ vms: 1000, seed: 12, guests: 'linux' });
    linux = { name: 'rvtools-1000-linux.xlsx', bytes: estate.workbook };
  });

  it.each(ESTATE_REGIONS)(
    'the 1,000-VM Linux RVTools export prices ≥ 95 %% of its lines in %s',
    async (region) => {
      const c = await measureEstate(linux, region, catalog);
      // 1,000 VMs less templates and powered-off ones, each an EC2 and a gp3 line.
      expect(c.lines).toBeGreaterThan(1700);
      expectEveryGapRecorded(c);
      expectAtLeast(pricedShare(c).all, c, 'lines priced');
      // Sizing picks lift-and-shift families only: hpc6a won 17 VMs in ap-southeast-1 before
      // HPC and accelerated families were left out (DECISIONS.md).
      const sized = Object.entries(c.sizedFamilies);
      expect(sized.reduce((n, [, k]) => n + k, 0)).toBeGreaterThan(850);
      expect(sized.filter(([f]) => !isLiftAndShiftFamily(f))).toEqual([]);
    },
  );

  it.each(ESTATE_REGIONS)(
    'the 40-row bulk-import workbook misses prices only where the catalog has no source, in %s',
    async (region) => {
      const c = await measureEstate(workbook, region, catalog);
      // 40 EC2 lines and the 40 EBS volumes of their storage columns.
      expect(c.lines).toBe(80);
      expectEveryGapRecorded(c);
      expectAtLeast(pricedShare(c).outsideGaps, c, 'lines priced outside the catalog gaps');
    },
  );

  it('names a line no recorded gap explains (the check fails when a price goes missing)', async () => {
    // A catalog with no shards: Linux, Windows and RHEL On-Demand and the EBS volumes are priced
    // nowhere, which no recorded gap explains, nor does one explain us-east-1's Linux Compute
    // Savings Plans lines (1 yr No Upfront, 3 yr No and Partial Upfront: sourced, DECISIONS 88);
    // EC2 Instance Savings Plans, Windows Compute SP and dedicated tenancy fall in their gaps.
    const empty = new PriceCatalog({ version: 'empty', createdAt: '', shards: [] });
    const c = await measureEstate(workbook, 'us-east-1', empty);
    expect(c.priced).toBe(0);
    const reasons = c.groups.map((g) => [g.reason, g.catalogGap]);
    expect(reasons).toContainEqual(['price not in catalog: EC2 Linux, On-Demand', null]);
    expect(reasons).toContainEqual(['price not in catalog: EC2 Windows, On-Demand', null]);
    expect(reasons).toContainEqual(['price not in catalog: EC2 RHEL, On-Demand', null]);
    expect(reasons).toContainEqual([
      'price not in catalog: EC2 Windows with SQL Server Standard, On-Demand',
      null,
    ]);
    expect(reasons).toContainEqual(['price not in catalog: EC2 Linux, Compute Savings Plan', null]);
    expect(reasons).not.toContainEqual([
      'price not in catalog: EC2 Linux, Compute Savings Plan',
      CATALOG_GAPS.savingsPlans,
    ]);
    expect(reasons).toContainEqual([
      'price not in catalog: EC2 Windows, Compute Savings Plan',
      CATALOG_GAPS.savingsPlans,
    ]);
    expect(reasons).toContainEqual([
      'price not in catalog: EC2 Linux, EC2 Instance Savings Plan',
      CATALOG_GAPS.savingsPlans,
    ]);
    expect(reasons).toContainEqual([
      'price not in catalog: EC2 Linux, dedicated, On-Demand',
      CATALOG_GAPS.dedicated,
    ]);
    expect(() => expectEveryGapRecorded(c)).toThrow(/no recorded catalog gap explains/);
    expect(() => expectEveryGapRecorded(c)).toThrow(/web frontend, new build \(Inputs-5\)/);
    // Outside us-east-1 the catalog has no Compute Savings Plans rate: the same lines are a gap.
    const singapore = await measureEstate(workbook, 'ap-southeast-1', empty);
    expect(singapore.groups.map((g) => [g.reason, g.catalogGap])).toContainEqual([
      'price not in catalog: EC2 Linux, Compute Savings Plan',
      CATALOG_GAPS.savingsPlans,
    ]);
  });

  it('prices the Linux Compute Savings Plans lines in us-east-1 from the catalog', async () => {
    const c = await measureEstate(workbook, 'us-east-1', catalog);
    const sp = c.groups.filter((g) => g.reason.includes('EC2 Linux, Compute Savings Plan'));
    expect(sp).toEqual([]);
    expect(c.priced).toBe(74);
  });
});
