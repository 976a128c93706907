import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EncodedRecord, EncodedShard, PriceRecord } from '../../../core';
import {
  SHARD_FORMAT,
  embeddedIndexFiles,
  parseEmbeddedIndex,
  SHARD_FORMAT_V2,
  ShardFormatError,
  decodeShard,
  encodeShard,
} from '../../../core';
import { fillSkuTemplate, skuTemplate } from '../../../core/catalog/sku-template';
import type { EncodedRegion } from '../../../core/catalog/shard-codec';
import { embeddedCatalogDir } from '../../../backend/adapters/embedded-catalog-files';
import { record, shardOf } from './catalog-fixtures';

/**
 * Format 3 of the shard codec stores a curated id that names its instance type as a template the
 * record's attributes fill (core/catalog/sku-template.ts, DECISIONS 86): every record must decode
 * to the identical id, sku, source and date, whether written as a template or inline.
 */
/** Every committed region file, commitments files included, as written (index.json order), not decoded. */
function committedRegionFiles(): EncodedRegion[] {
  const dir = embeddedCatalogDir();
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  return embeddedIndexFiles(parseEmbeddedIndex(read('index.json'))).map(
    (file) => read(file) as EncodedRegion,
  );
}

const curated = (type: string, os: string, extra: Record<string, string> = {}): PriceRecord => {
  const id = `curated:AmazonEC2:ap-southeast-1:${type}:${os}:Shared:OnDemand`;
  return record({
    sku: id,
    id,
    attributes: { instanceType: type, operatingSystem: os, ...extra },
    source: { reference: 'https://example.org/copy', asOf: '2026-05', note: `column ${os}` },
  });
};

/** The same shard as version 2 wrote it: every sku inline. */
function asVersion2(
  encoded: EncodedShard,
  shard: { records: readonly PriceRecord[] },
): EncodedShard {
  return {
    ...encoded,
    format: SHARD_FORMAT_V2,
    records: encoded.records.map(
      (row, i) => [shard.records[i]!.sku, ...row.slice(1)] as EncodedRecord,
    ),
  };
}

describe('shard codec, format 3: curated ids as templates', () => {
  it('makes a template only where filling it gives the id back', () => {
    const attributes = { instanceType: 'm8g.large' };
    expect(
      skuTemplate('curated:AmazonEC2:us-east-1:m8g.large:RHEL:Shared:OnDemand', attributes),
    ).toBe('curated:AmazonEC2:us-east-1:{instanceType}:RHEL:Shared:OnDemand');
    // Not a whole ':'-separated part, twice, absent, or a literal brace: stored inline.
    expect(skuTemplate('curated:AmazonEC2:us-east-1:m8g.large2:Linux', attributes)).toBeUndefined();
    expect(skuTemplate('curated:m8g.large:m8g.large', attributes)).toBeUndefined();
    expect(skuTemplate('curated:AmazonS3:us-east-1:standard:storage:0', {})).toBeUndefined();
    expect(skuTemplate('curated:{x}:m8g.large', attributes)).toBeUndefined();
    expect(skuTemplate('6C86BEPQVG73ZGGR', attributes)).toBeUndefined();
    expect(fillSkuTemplate('a:{instanceType}:b', attributes)).toBe('a:m8g.large:b');
    expect(fillSkuTemplate('a:{vcpu}:b', attributes)).toEqual({ missing: 'vcpu' });
  });

  it('stores one template per id shape and round-trips every record exactly', () => {
    const shard = shardOf([
      curated('m8g.large', 'RHEL'),
      curated('m8g.xlarge', 'RHEL'),
      curated('r8i.xlarge', 'Windows', { preInstalledSw: 'SQL Std' }),
      record({ sku: '6C86BEPQVG73ZGGR', id: '6C86BEPQVG73ZGGR.JRTCKXETXF.6YS6EN2CT7' }),
    ]);
    const encoded = encodeShard(shard);
    expect(encoded.format).toBe(SHARD_FORMAT);
    const [a, b, c, feed] = encoded.records;
    expect(typeof a?.[0]).toBe('number');
    expect(b?.[0]).toBe(a?.[0]); // the same template string
    expect(encoded.strings[c?.[0] as number]).toBe(
      'curated:AmazonEC2:ap-southeast-1:{instanceType}:Windows:Shared:OnDemand',
    );
    expect(feed?.[0]).toBe('6C86BEPQVG73ZGGR');
    expect(decodeShard(JSON.parse(JSON.stringify(encoded)) as EncodedShard)).toEqual(shard);
  });

  it('still reads version 2 (every sku inline) to the same records', () => {
    const shard = shardOf([curated('m8g.large', 'RHEL'), curated('c8i.large', 'SUSE')]);
    const v2 = asVersion2(encodeShard(shard), shard);
    expect(v2.records.map((r) => r[0])).toEqual(shard.records.map((r) => r.id));
    expect(decodeShard(JSON.parse(JSON.stringify(v2)) as EncodedShard)).toEqual(shard);
  });

  it('names the record whose template needs an attribute it lacks', () => {
    const encoded = encodeShard(shardOf([curated('m8g.large', 'RHEL')]));
    const broken: EncodedShard = {
      ...encoded,
      strings: encoded.strings.map((s) => s.replace('{instanceType}', '{vcpu}')),
    };
    expect(() => decodeShard(broken)).toThrow(ShardFormatError);
    expect(() => decodeShard(broken)).toThrow(
      "AmazonEC2/ap-southeast-1 records[0]: sku template 0 names attribute 'vcpu', which the record lacks.",
    );
  });

  it('decodes every committed region file, record for record, as the inline version 2 would', () => {
    let templated = 0;
    let records = 0;
    for (const file of committedRegionFiles()) {
      for (const encoded of file.shards) {
        expect(encoded.format).toBe(SHARD_FORMAT);
        const shard = decodeShard(encoded);
        records += shard.records.length;
        templated += encoded.records.filter((r) => typeof r[0] === 'number').length;
        // Inline skus decode to the same records; re-encoding gives the same document.
        expect(decodeShard(asVersion2(encoded, shard))).toEqual(shard);
        expect(encodeShard(shard)).toEqual(encoded);
      }
    }
    expect(records).toBeGreaterThan(300_000);
    expect(templated).toBeGreaterThan(100_000);
  }, 300_000);
});
