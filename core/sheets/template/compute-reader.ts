import type { Architecture, Ec2Item, Tenancy } from '../../requirements/requirement-items';
import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { RowReader } from '../read/row-reader';
import { dataRows, parseGroupPath, readRegion } from '../read/data-rows';
import { COMPUTE_SHEET } from '../formats/template-layout';
import type { ComputeField } from '../formats/template-layout';
import { parseEc2Os } from '../../vocabulary/operating-systems';
import {
  ARCHITECTURES,
  EC2_OPERATING_SYSTEMS,
  TENANCIES,
  isInstanceTypeName,
  parseArchitecture,
  parseTenancy,
} from '../../vocabulary/items';
import { parsePricingModel } from '../../vocabulary/pricing-models';
import { itemId, templateHeader } from './template-context';

/** Reads the Compute sheet: one EC2 item per row, named type or vCPU + memory sizing. */
export function readComputeSheet(sheet: GridSheet, issues: IssueCollector): Ec2Item[] {
  const header = templateHeader(sheet, COMPUTE_SHEET, issues);
  if (!header) return [];
  const items: Ec2Item[] = [];
  for (const row of dataRows(sheet, header.headerRow, issues)) {
    const r = new RowReader<ComputeField>(sheet, row, header.columns, issues);
    const item = readComputeRow(r);
    if (item) items.push(item);
  }
  return items;
}

function readComputeRow(r: RowReader<ComputeField>): Ec2Item | undefined {
  const before = r.sheet.name;
  const instanceType = r.text('instanceType', 'instance type')?.toLowerCase();
  if (instanceType !== undefined && !isInstanceTypeName(instanceType)) {
    r.fail(
      'instanceType',
      'instance-type.format',
      `instance type must look like m7g.large, got ${JSON.stringify(instanceType)}`,
    );
  }
  const vcpu = r.number('vcpu', 'vCPU', { integer: true, min: 1 });
  const memoryGib = r.number('memoryGib', 'memory', { unit: 'GiB', min: 0, exclusiveMin: true });
  if (instanceType === undefined && (r.isBlank('vcpu') || r.isBlank('memoryGib'))) {
    r.fail(
      r.isBlank('vcpu') ? 'vcpu' : 'memoryGib',
      'compute.size-required',
      'give an instance type, or both vCPU and memory (GiB) so the cheapest fitting type can be chosen',
    );
  }
  const os = r.choice('os', 'operating system', parseEc2Os, EC2_OPERATING_SYSTEMS.join(', '), true);
  const quantity = r.number('quantity', 'quantity', { integer: true, min: 1 }, true);
  const region = readRegion(r, 'region');
  const tenancy = r.choice<Tenancy>('tenancy', 'tenancy', parseTenancy, TENANCIES.join(', '));
  const hoursPerMonth = r.number('hoursPerMonth', 'hours per month', {
    unit: 'hours',
    min: 0,
    max: 744,
  });
  const pricingModel = r.choice(
    'pricingModel',
    'pricing model',
    parsePricingModel,
    'On-Demand or e.g. "1 Yr No Upfront Compute Savings Plan"',
  );
  const architecture = r.choice<Architecture>(
    'architecture',
    'architecture',
    parseArchitecture,
    ARCHITECTURES.join(', '),
  );
  if (os === undefined || quantity === undefined) return undefined;
  const sizing =
    vcpu !== undefined && memoryGib !== undefined
      ? { vcpu, memoryGib, ...(architecture ? { architecture } : {}) }
      : undefined;
  if (instanceType === undefined && sizing === undefined) return undefined;
  if (instanceType !== undefined && sizing !== undefined) {
    r.warn(
      'vcpu',
      'compute.type-wins',
      `instance type ${instanceType} is priced; vCPU and memory on this row are ignored`,
    );
  }
  return {
    service: 'ec2',
    id: itemId(before, r.row),
    description: r.text('description', 'description'),
    group: parseGroupPath(r.text('group', 'group')),
    region,
    quantity,
    instanceType,
    sizing,
    os,
    tenancy,
    hoursPerMonth,
    pricingModel,
    source: r.source(),
  };
}
