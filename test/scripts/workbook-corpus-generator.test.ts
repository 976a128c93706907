import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../../scripts/generate-workbook-corpus';
import { withFixedTimestamps } from '../../backend/excel/zip-package';

const FIXTURES = path.resolve(__dirname, '../fixtures/workbooks');

/** The zip's entries as (name, DOS time, DOS date) from its central directory. */
function stamps(zip: Buffer): [string, number, number][] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out: [string, number, number][] = [];
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const nameLen = zip.readUInt16LE(p + 28);
    out.push([
      zip.toString('utf8', p + 46, p + 46 + nameLen),
      zip.readUInt16LE(p + 12),
      zip.readUInt16LE(p + 14),
    ]);
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

describe('npm run workbooks:corpus', () => {
  let files: Record<string, Buffer>;
  beforeAll(async () => {
    files = await generateCorpus();
  });

  it('makes exactly the committed fixtures, byte for byte (re-record with `npm run workbooks:corpus -- --record`)', () => {
    const differing = Object.entries(files)
      .filter(([name, data]) => !readFileSync(path.join(FIXTURES, name)).equals(data))
      .map(([name]) => name);
    expect(differing).toEqual([]);
  });

  it('stamps every zip entry 1980-01-01 00:00, whoever wrote the zip', () => {
    const template = files['template.xlsx']!;
    const entries = stamps(template);
    expect(entries.length).toBeGreaterThan(5);
    for (const [, time, date] of entries) expect([time, date]).toEqual([0, (1 << 5) | 1]);
  });
});

describe('withFixedTimestamps', () => {
  it('rewrites the local and central timestamps and nothing else', () => {
    const template = readFileSync(path.join(FIXTURES, 'template.xlsx'));
    const restamped = Buffer.from(template);
    // Put a different time on the first entry (local header at 0, central directory at its offset).
    restamped.writeUInt16LE(0x6000, 10);
    const eocd = restamped.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    restamped.writeUInt16LE(0x6000, restamped.readUInt32LE(eocd + 16) + 12);
    expect(restamped.equals(template)).toBe(false);
    expect(withFixedTimestamps(restamped).equals(template)).toBe(true);
  });

  it('refuses a buffer that is not a zip', () => {
    expect(() => withFixedTimestamps(Buffer.from('not a zip'))).toThrow(/not a zip package/);
  });
});
