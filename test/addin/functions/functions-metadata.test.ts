/** @jest-environment node */
import path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { EBS_VOLUME_TYPES, S3_STORAGE_CLASSES } from '../../../core';

/*
 * functions.json is generated from the JSDoc of addin/functions/functions.ts at build time. Excel
 * stores function ids in workbooks, so these ids and their parameter lists are a contract:
 * renaming one breaks every workbook that uses it.
 */
interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: {
      name: string;
      description?: string;
      type?: string;
      optional?: boolean;
      dimensionality?: string;
    }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

let metadata: Metadata;

beforeAll(async () => {
  const file = path.resolve(__dirname, '../../../addin/functions/functions.ts');
  const result = await generateCustomFunctionsMetadata([file], true);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
});

const signature = (id: string) => {
  const fn = metadata.functions.find((f) => f.id === id);
  return fn?.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}:${p.type}`).join(', ');
};

describe('functions.json (generated from JSDoc)', () => {
  it('keeps the function ids workbooks depend on', () => {
    expect(metadata.functions.map((f) => f.id)).toEqual([
      'COST',
      'EC2',
      'EBS',
      'S3',
      'PRICE',
      'INSTANCE',
      'CATALOG',
    ]);
    expect(metadata.functions.every((f) => f.name === f.id && f.description.length > 20)).toBe(
      true,
    );
  });

  it('keeps the parameter lists, optional arguments last', () => {
    expect(signature('COST')).toBe(
      'service:string, spec:string, region?:string, option?:string, pricingModel?:string, hours?:number, quantity?:number',
    );
    expect(signature('EC2')).toBe(
      'instanceType:string, region?:string, os?:string, pricingModel?:string, hours?:number, quantity?:number',
    );
    expect(signature('EBS')).toBe(
      'volumeType:string, storageGb:number, region?:string, iops?:number, throughputMbps?:number, quantity?:number',
    );
    expect(signature('S3')).toBe(
      'storageClass:string, storageGb:number, region?:string, putRequests?:number, getRequests?:number',
    );
    expect(signature('INSTANCE')).toBe('vcpu:number, memoryGib:number, region?:string, os?:string');
    expect(signature('CATALOG')).toBe('region?:string');
  });

  it('AWS.PRICE spills a row (matrix); the cost functions return numbers', () => {
    const result = (id: string) => metadata.functions.find((f) => f.id === id)?.result;
    expect(result('PRICE')?.dimensionality).toBe('matrix');
    for (const id of ['COST', 'EC2', 'EBS', 'S3']) expect(result(id)?.type).toBe('number');
    expect(result('INSTANCE')?.type).toBe('string');
  });

  it("names every word of core's vocabulary where a parameter lists them (Excel shows these hints)", () => {
    const hint = (id: string, name: string) =>
      metadata.functions.find((f) => f.id === id)?.parameters.find((p) => p.name === name)
        ?.description ?? '';
    const words = (text: string) => new Set(text.match(/[a-z0-9-]+/g));
    for (const type of EBS_VOLUME_TYPES) expect(words(hint('EBS', 'volumeType'))).toContain(type);
    for (const c of S3_STORAGE_CLASSES) expect(words(hint('S3', 'storageClass'))).toContain(c);
  });
});
