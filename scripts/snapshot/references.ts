import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the curation reads the public price facts (never copied into the repository). */
export function referenceDir(): string {
  return (
    process.env.PRICING_REFERENCE_DIR ??
    path.resolve(__dirname, '../../../shared/pricing-reference')
  );
}

export function readReference<T>(file: string): T {
  const full = path.join(referenceDir(), file);
  try {
    return JSON.parse(readFileSync(full, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read reference file ${full}: ${(error as Error).message}`);
  }
}

/** The reference files, typed only as far as the curation reads them. */
export const FILES = {
  karpenter: 'ec2-ondemand-linux-us-east-1-2026-07.json',
  multiregion: 'ec2-ondemand-linux-multiregion-2024-04.json',
  export: 'ec2-linux-windows-od-ri-us-east-1-ec2instances-export.json',
  riSp: 'ec2-ri-sp-samples-2021-2025.json',
  rds: 'rds-mysql-postgres-single-az-2023-03.json',
  bill: 'aws-bill-2025-05-ap-southeast-1-line-rates.json',
  services: 'services-unit-prices-2023-2026.json',
} as const;

export interface RegionPriceTable {
  readonly source: string;
  readonly source_commit: string;
  readonly source_commit_date: string;
  readonly prices: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface ExportRow {
  readonly linux_ondemand_hourly: number | null;
  readonly linux_reserved_1yr_standard_no_upfront_hourly: number | null;
  readonly windows_ondemand_hourly: number | null;
  readonly windows_reserved_1yr_standard_no_upfront_hourly: number | null;
}
export interface ExportFile {
  readonly source: { readonly repo: string; readonly path: string; readonly commit: string };
  readonly prices: Readonly<Record<string, ExportRow>>;
}

export interface RdsOffer {
  readonly ondemand_hourly?: number;
  readonly reserved?: Readonly<Record<string, { hourly: number; upfront: number }>>;
}
export interface RdsFile {
  readonly source_commit: string;
  readonly source_commit_date: string;
  readonly instance_classes: Readonly<
    Record<string, { vcpu: number; memory_gib: string; processor: string }>
  >;
  readonly prices: Readonly<
    Record<string, Readonly<Record<string, Readonly<Record<string, RdsOffer>>>>>
  >;
}

export interface BillLine {
  readonly service: string;
  readonly region_code: string;
  readonly line_group: string;
  readonly description: string;
  readonly usage_unit: string;
  readonly rate_usd_as_printed: number | null;
}
export interface BillFile {
  readonly source: { readonly repo: string; readonly path: string; readonly commit: string };
  readonly lines: readonly BillLine[];
}

export interface ServiceFact {
  readonly region: string;
  readonly service: string;
  readonly item: string;
  readonly unit: string;
  readonly price_usd: number;
  readonly source: string;
  readonly usage_type?: string;
  readonly notes?: string;
}
export interface ServicesFile {
  readonly sources: Readonly<
    Record<string, { repo: string; path: string; commit: string; data_date: string }>
  >;
  readonly facts: readonly ServiceFact[];
}

export interface RiSpFile {
  readonly datasets: readonly { readonly id: string; readonly [key: string]: unknown }[];
}

export function githubUrl(repo: string, commit: string, filePath: string): string {
  return `https://github.com/${repo}/blob/${commit}/${filePath}`;
}
