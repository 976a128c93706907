import type { Estimate, Estimation, SheetSpec } from '../../core';
import { bulkImportExportSpecs, isInstanceTypeName } from '../../core';
import { DocumentInputError } from './document-errors';

export type BulkImportService = 'ec2' | 'ebs';

const SERVICE_WORDS: Readonly<Record<BulkImportService, string>> = {
  ec2: 'EC2 instance',
  ebs: 'EBS volume',
};

/**
 * The instance type the engine chose for each sized EC2 item (no `instanceType`, only `sizing`),
 * read from its line: every EC2 instance component is named `<base> (<OS>, <pricing model>,
 * <type>)` (core/resources/compute-pricing.ts). Items the engine could not size have no priced
 * instance component and stay unresolved (the export then skips them and says why).
 */
export function resolvedInstanceTypes(
  estimation: Estimation,
  estimate: Estimate | null,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!estimate) return out;
  for (const item of estimation.requirements.items) {
    if (item.service !== 'ec2' || item.instanceType) continue;
    const line = estimate.lines.find((l) => l.itemId === item.id && l.service === 'ec2');
    const usage = line?.components.find(
      (c) => c.status === 'priced' && c.name.startsWith('Instance usage ('),
    );
    const type = usage?.name.match(/, ([^,()]+)\)$/)?.[1];
    if (type && isInstanceTypeName(type)) out[item.id] = type;
  }
  return out;
}

export interface BulkImportDocument {
  readonly spec: SheetSpec;
  /** Items left out of this workbook (other services are in the other workbook), with why. */
  readonly skipped: readonly string[];
}

/**
 * One of the AWS Pricing Calculator's bulk-import workbooks (EC2 instances or EBS volumes — the
 * calculator takes each from its own file, sheet `Inputs`, exact headers) from the estimation's
 * requirements. Throws DocumentInputError naming the items when none of them fits the workbook.
 */
export function bulkImportDocument(
  estimation: Estimation,
  service: BulkImportService,
): BulkImportDocument {
  const out = bulkImportExportSpecs(
    estimation.requirements,
    resolvedInstanceTypes(estimation, estimation.result),
  );
  const relevant = out.skipped.filter((s) => {
    const item = estimation.requirements.items.find((i) => i.id === s.itemId);
    return item?.service === service;
  });
  const skipped = relevant.map((s) => `${s.itemId}: ${s.reason}`);
  const spec = out[service];
  if (!spec) {
    const why = skipped.length ? ` (${skipped.join('; ')})` : '';
    throw new DocumentInputError(
      `estimation ${estimation.estimationId}.requirements.items`,
      `no ${SERVICE_WORDS[service]} can be written to the AWS Pricing Calculator bulk-import workbook${why}; add ${service === 'ec2' ? 'an EC2 item with an instance type (or price the estimation so sized items get one) and an On-Demand or Savings Plans pricing model' : 'an EBS item'}`,
    );
  }
  return { spec, skipped };
}
