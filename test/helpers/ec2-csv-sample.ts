import { readFileSync } from 'node:fs';
import { sharedDir } from './shared-data';

/** A row of the official AmazonEC2 CSV sample (v20250912) kept in ../shared/pricing-reference. */
export interface CsvSampleRow {
  readonly term_type: string;
  readonly region_code: string;
  readonly instance_type: string;
  readonly operating_system: string;
  readonly tenancy: string;
  readonly pre_installed_sw: string | null;
  readonly price_per_unit_usd: number;
}

/** The rows of the 2025-09-12 AmazonEC2 CSV sample dataset; read inside a test run with the data. */
export function officialEc2CsvRows(): readonly CsvSampleRow[] {
  const file = JSON.parse(
    readFileSync(sharedDir('pricing-reference/ec2-ri-sp-samples-2021-2025.json'), 'utf8'),
  ) as { datasets: { id: string; rows?: CsvSampleRow[] }[] };
  const csv = file.datasets.find((d) => d.id === 'aws-price-list-ec2-csv-sample-2025-09-12');
  if (!csv?.rows)
    throw new Error('pricing-reference: the 2025-09-12 AmazonEC2 CSV sample is missing.');
  return csv.rows;
}
