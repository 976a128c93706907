import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PriceRecord } from '../../core';
import { ShardFileWriter } from './shard-file';

export interface ShardMeta {
  readonly version: string;
  readonly publishedAt: string;
  readonly source: string;
}

export interface ShardOutput extends ShardMeta {
  readonly service: string;
  readonly region: string;
  readonly file: string;
  readonly records: number;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * The shards one import writes under `outDir`: one streaming writer per (service, region), opened
 * when its first record arrives; `finish` completes every file and writes `catalog.json`.
 */
export class ShardSet {
  private readonly shards = new Map<string, { writer: ShardFileWriter; meta: ShardMeta }>();

  constructor(private readonly outDir: string) {}

  /** The writer of a shard, opened with its metadata the first time. */
  writer(service: string, region: string, meta: ShardMeta): ShardFileWriter {
    const key = `${service}|${region}`;
    let shard = this.shards.get(key);
    if (!shard) {
      const temp = join(this.outDir, '.tmp', `${service}-${region}.json.partial`);
      shard = { writer: new ShardFileWriter(service, region, temp), meta };
      this.shards.set(key, shard);
    }
    return shard.writer;
  }

  /** Set the metadata of a shard that is already open (known only after its file was read). */
  describe(service: string, region: string, meta: ShardMeta): void {
    const shard = this.shards.get(`${service}|${region}`);
    if (shard) shard.meta = meta;
  }

  /** Abandon one shard (its file was not found after all). */
  drop(service: string, region: string): void {
    const key = `${service}|${region}`;
    this.shards.get(key)?.writer.abort();
    this.shards.delete(key);
  }

  has(service: string, region: string): boolean {
    return this.shards.has(`${service}|${region}`);
  }

  /** Add a record to its shard, if that shard is open (Savings Plans rates join open shards only). */
  addToOpen(record: PriceRecord): boolean {
    const shard = this.shards.get(`${record.service}|${record.region}`);
    shard?.writer.add(record);
    return shard !== undefined;
  }

  /** Complete every shard file and the catalog manifest; the version is the newest shard version. */
  async finish(): Promise<{ version: string; shards: ShardOutput[] }> {
    const outputs: ShardOutput[] = [];
    for (const { writer, meta } of this.shards.values()) {
      const file = join(this.outDir, writer.service, `${writer.region}.json`);
      const size = await writer.finish(meta, file);
      outputs.push({
        service: writer.service,
        region: writer.region,
        ...meta,
        file,
        records: writer.records,
        bytes: size.bytes,
        gzipBytes: size.gzipBytes ?? 0,
      });
    }
    rmSync(join(this.outDir, '.tmp'), { recursive: true, force: true });
    const version = outputs.reduce((v, o) => (o.version > v ? o.version : v), '');
    writeFileSync(
      join(this.outDir, 'catalog.json'),
      JSON.stringify({ version, createdAt: new Date().toISOString(), shards: outputs }, null, 2),
    );
    return { version, shards: outputs };
  }

  /** Drop every unfinished shard (on a failed import). */
  abort(): void {
    for (const { writer } of this.shards.values()) writer.abort();
  }
}
