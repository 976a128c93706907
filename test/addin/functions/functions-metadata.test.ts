/** @jest-environment node */
import path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { EBS_VOLUME_TYPES, S3_STORAGE_CLASSES, SERVICE_KINDS } from '../../../core';
import { FUNCTION_REFERENCE } from '../../../addin/functions/reference/function-reference';

/*
 * functions.json is generated from the JSDoc of the FUNCTION_SOURCES of webpack.config.js at build time. Excel
 * stores function ids in workbooks, so these ids and their parameter lists are a contract:
 * renaming one breaks every workbook that uses it.
 */
interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
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
  const root = path.resolve(__dirname, '../../..');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
  const { FUNCTION_SOURCES } = require(path.join(root, 'webpack.config.js')) as {
    FUNCTION_SOURCES: string[];
  };
  const files = FUNCTION_SOURCES.map((f) => path.resolve(root, f));
  const result = await generateCustomFunctionsMetadata(files, true);
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
      'EC2COST',
      'EBS',
      'S3COST',
      'PRICE',
      'INSTANCE',
      'CATALOG',
      'RDS',
      'ELASTICACHE',
      'LAMBDA',
      'FARGATE',
      'SUPPORT',
    ]);
    expect(metadata.functions.every((f) => f.name === f.id && f.description.length > 20)).toBe(
      true,
    );
  });

  it('keeps the parameter lists, optional arguments last', () => {
    expect(signature('COST')).toBe(
      'service:string, spec:string, region?:string, option?:string, pricingModel?:string, hours?:number, quantity?:number',
    );
    expect(signature('EC2COST')).toBe(
      'instanceType:string, region?:string, os?:string, pricingModel?:string, hours?:number, quantity?:number',
    );
    expect(signature('EBS')).toBe(
      'volumeType:string, storageGb:number, region?:string, iops?:number, throughputMbps?:number, quantity?:number',
    );
    expect(signature('S3COST')).toBe(
      'storageClass:string, storageGb:number, region?:string, putRequests?:number, getRequests?:number',
    );
    expect(signature('INSTANCE')).toBe('vcpu:number, memoryGib:number, region?:string, os?:string');
    expect(signature('CATALOG')).toBe('region?:string');
    expect(signature('RDS')).toBe(
      'instanceClass:string, engine:string, deployment:string, storageGb:number, storageType?:string, region?:string, pricingModel?:string',
    );
    expect(signature('LAMBDA')).toBe(
      'requests:number, durationMs:number, memoryMb:number, architecture?:string, region?:string',
    );
    expect(signature('SUPPORT')).toBe('plan:string, monthlyCharges:number');
  });

  it('AWS.PRICE spills a row (matrix); the cost functions return numbers', () => {
    const result = (id: string) => metadata.functions.find((f) => f.id === id)?.result;
    expect(result('PRICE')?.dimensionality).toBe('matrix');
    for (const id of ['COST', 'EC2COST', 'EBS', 'S3COST', 'RDS', 'LAMBDA', 'SUPPORT'])
      expect(result(id)?.type).toBe('number');
    expect(result('INSTANCE')?.type).toBe('string');
  });

  it("names every word of core's vocabulary where a parameter lists them (Excel shows these hints)", () => {
    const hint = (id: string, name: string) =>
      metadata.functions.find((f) => f.id === id)?.parameters.find((p) => p.name === name)
        ?.description ?? '';
    const words = (text: string) => new Set(text.match(/[a-z0-9-]+/g));
    for (const type of EBS_VOLUME_TYPES) expect(words(hint('EBS', 'volumeType'))).toContain(type);
    for (const c of S3_STORAGE_CLASSES) expect(words(hint('S3COST', 'storageClass'))).toContain(c);
    for (const s of [...SERVICE_KINDS, 'support'])
      expect(words(hint('COST', 'service'))).toContain(s);
  });

  it('uses no name Excel reads as a cell reference (A1 up to XFD1048576, or R1C1)', () => {
    const columnNumber = (letters: string) =>
      [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    const looksLikeCell = (name: string) => {
      const a1 = /^([A-Z]{1,3})(\d+)$/.exec(name);
      if (a1 && columnNumber(a1[1]!) <= columnNumber('XFD') && Number(a1[2]) <= 1048576)
        return true;
      return /^R\d*C\d*$/.test(name);
    };
    expect(looksLikeCell('EC2')).toBe(true);
    expect(looksLikeCell('S3')).toBe(true);
    expect(metadata.functions.filter((f) => looksLikeCell(f.name)).map((f) => f.name)).toEqual([]);
  });

  it('points every function at its section of the reference page, which has an example for it', () => {
    for (const f of metadata.functions) {
      expect(f.helpUrl).toBe(`https://localhost:3000/functions.html#${f.id.toLowerCase()}`);
      expect(FUNCTION_REFERENCE.map((r) => r.id)).toContain(f.id);
    }
    expect(FUNCTION_REFERENCE).toHaveLength(metadata.functions.length);
  });
});
