import type {
  Architecture,
  DynamoDbItem,
  EksItem,
  FargateItem,
  LambdaItem,
} from '../../requirements/requirement-items';
import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import type { RowReader } from '../read/row-reader';
import { DYNAMODB_SHEET, EKS_SHEET, FARGATE_SHEET, LAMBDA_SHEET } from '../formats/service-sheets';
import type { DynamoDbField, EksField, FargateField, LambdaField } from '../formats/service-sheets';
import {
  ARCHITECTURES,
  DYNAMODB_CAPACITY_MODES,
  DYNAMODB_TABLE_CLASSES,
  EKS_SUPPORT_TIERS,
  FARGATE_OPERATING_SYSTEMS,
  parseArchitecture,
  parseYesNo,
  wordOf,
} from '../../vocabulary/items';
import { inMillions } from '../../specs/spec-text';
import { SERVICE_LIMITS as L, dynamoDbModeMismatch } from '../../specs/service-limits';
import { readTemplateRows, rowBase } from './template-context';

const WHOLE = { integer: true, min: 1 } as const;
const HOURS = { unit: 'hours', ...L.hoursPerMonth } as const;

/** `r.choice` over one of the vocabulary's word lists (case and spaces ignored, as in specs). */
function word<F extends string, T extends string>(
  r: RowReader<F>,
  field: F,
  label: string,
  list: readonly T[],
): T | undefined {
  return r.choice(field, label, (t) => wordOf(list, t), list.join(', '));
}

function architecture<F extends string>(r: RowReader<F>, field: F): Architecture | undefined {
  return r.choice(field, 'architecture', parseArchitecture, ARCHITECTURES.join(', '));
}

/** The DynamoDB sheet: one table per row. */
export function readDynamoDbSheet(sheet: GridSheet, issues: IssueCollector): DynamoDbItem[] {
  return readTemplateRows(sheet, DYNAMODB_SHEET, issues, readDynamoDbRow);
}

function readDynamoDbRow(r: RowReader<DynamoDbField>): DynamoDbItem | undefined {
  const capacityMode =
    word(r, 'capacityMode', 'capacity mode', DYNAMODB_CAPACITY_MODES) ?? 'on-demand';
  const tableClass = word(r, 'tableClass', 'table class', DYNAMODB_TABLE_CLASSES);
  const storageGb = r.number('storageGb', 'storage', { unit: 'GB', min: 0 }, true);
  const reads = r.count('readRequests', 'read request units');
  const writes = r.count('writeRequests', 'write request units');
  const readCapacityUnits = r.number('readCapacityUnits', 'read capacity units', { min: 0 });
  const writeCapacityUnits = r.number('writeCapacityUnits', 'write capacity units', { min: 0 });
  const quantity = r.number('quantity', 'quantity', WHOLE) ?? 1;
  const base = rowBase(r, 'region');
  if (storageGb === undefined) return undefined;
  const item: DynamoDbItem = {
    ...base,
    quantity,
    service: 'dynamodb',
    capacityMode,
    tableClass,
    storageGb,
    readRequestUnitsMillions: reads === undefined ? undefined : inMillions(reads),
    writeRequestUnitsMillions: writes === undefined ? undefined : inMillions(writes),
    readCapacityUnits,
    writeCapacityUnits,
    source: r.source(),
  };
  const mismatch = dynamoDbModeMismatch(item);
  if (!mismatch) return item;
  const cellOf: Record<string, DynamoDbField> = {
    readRequestUnitsMillions: 'readRequests',
    writeRequestUnitsMillions: 'writeRequests',
    readCapacityUnits: 'readCapacityUnits',
    writeCapacityUnits: 'writeCapacityUnits',
  };
  r.fail(cellOf[mismatch.field]!, 'dynamodb.capacity-mode', mismatch.message);
  return undefined;
}

/** The Lambda sheet: one function per row. */
export function readLambdaSheet(sheet: GridSheet, issues: IssueCollector): LambdaItem[] {
  return readTemplateRows(sheet, LAMBDA_SHEET, issues, readLambdaRow);
}

function readLambdaRow(r: RowReader<LambdaField>): LambdaItem | undefined {
  const requestsPerMonth = r.count('requestsPerMonth', 'requests per month', true);
  const durationMs = r.number(
    'durationMs',
    'duration',
    { unit: 'ms', min: 0, exclusiveMin: true },
    true,
  );
  const memoryMb = r.number('memoryMb', 'memory', { unit: 'MB', ...L.lambdaMemoryMb }, true);
  const arch = architecture(r, 'architecture');
  const ephemeralStorageMb = r.number('ephemeralStorageMb', 'ephemeral storage', {
    unit: 'MB',
    ...L.lambdaEphemeralStorageMb,
  });
  const freeTier = r.choice('freeTier', 'free tier', parseYesNo, 'Yes, No');
  const quantity = r.number('quantity', 'quantity', WHOLE) ?? 1;
  const base = rowBase(r, 'region');
  if (requestsPerMonth === undefined || durationMs === undefined || memoryMb === undefined)
    return undefined;
  return {
    ...base,
    quantity,
    service: 'lambda',
    requestsPerMonth,
    durationMs,
    memoryMb,
    architecture: arch,
    ephemeralStorageMb,
    freeTier: freeTier || undefined,
    source: r.source(),
  };
}

/** The Fargate sheet: one group of identical tasks per row. */
export function readFargateSheet(sheet: GridSheet, issues: IssueCollector): FargateItem[] {
  return readTemplateRows(sheet, FARGATE_SHEET, issues, readFargateRow);
}

function readFargateRow(r: RowReader<FargateField>): FargateItem | undefined {
  const vcpu = r.number('vcpu', 'vCPU', L.fargateVcpu, true);
  const memoryGb = r.number('memoryGb', 'memory', { unit: 'GB', ...L.fargateMemoryGb }, true);
  const arch = architecture(r, 'architecture');
  const os = word(r, 'os', 'operating system', FARGATE_OPERATING_SYSTEMS);
  const ephemeralStorageGb = r.number('ephemeralStorageGb', 'ephemeral storage', {
    unit: 'GB',
    ...L.fargateEphemeralStorageGb,
  });
  const quantity = r.number('quantity', 'quantity', WHOLE, true);
  const hoursPerMonth = r.number('hoursPerMonth', 'hours per month', HOURS);
  const base = rowBase(r, 'region');
  if (vcpu === undefined || memoryGb === undefined || quantity === undefined) return undefined;
  return {
    ...base,
    quantity,
    service: 'fargate',
    vcpu,
    memoryGb,
    architecture: arch,
    os,
    ephemeralStorageGb,
    hoursPerMonth,
    source: r.source(),
  };
}

/** The EKS sheet: one or more clusters (their control plane) per row. */
export function readEksSheet(sheet: GridSheet, issues: IssueCollector): EksItem[] {
  return readTemplateRows(sheet, EKS_SHEET, issues, (r: RowReader<EksField>) => {
    const support = word(r, 'support', 'Kubernetes support', EKS_SUPPORT_TIERS);
    const quantity = r.number('quantity', 'quantity', WHOLE) ?? 1;
    const hoursPerMonth = r.number('hoursPerMonth', 'hours per month', HOURS);
    const base = rowBase(r, 'region');
    return { ...base, quantity, service: 'eks', support, hoursPerMonth, source: r.source() };
  });
}
