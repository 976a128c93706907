import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Estimate } from '../../../core';
import type { Formatter } from '../../../backend/documents/number-format';
import { add } from './exact-decimal';

/** Collapse every kind of space (NBSP, narrow NBSP, newlines) so layout does not matter. */
export function norm(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Text of each PDF page and its bookmarks, via pdfjs-dist in a child node process (pdfjs is ESM-only). */
export function parsePdf(body: Uint8Array): { pages: string[]; outline: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-'));
  const file = path.join(dir, 'doc.pdf');
  writeFileSync(file, body);
  const out = execFileSync(process.execPath, [path.join(__dirname, 'extract-pdf-text.mjs'), file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const parsed = JSON.parse(out) as { pages: string[]; outline: string[] };
  return { pages: parsed.pages.map(norm), outline: parsed.outline };
}

export function pdfPages(body: Uint8Array): string[] {
  return parsePdf(body).pages;
}

/** Every total a proposal must show, as `label value` pairs formatted with the document's formatter. */
export function expectedTotals(estimate: Estimate, f: Formatter): string[] {
  const t = estimate.totals;
  const c = estimate.currency;
  return [
    `Monthly cost ${f.money(t.monthly, c)}`,
    `Upfront cost ${f.money(t.upfront, c)}`,
    `First 12 months ${f.money(t.first12Months, c)}`,
    `Total over ${t.termMonths} months ${f.money(t.totalOverTerm, c)}`,
  ].map(norm);
}

/** Category rows computed here from the lines (independently of the renderer): `Compute 14 $859.15 $0.00`. */
export function expectedCategoryRows(estimate: Estimate, f: Formatter): string[] {
  const categories = [...new Set(estimate.lines.map((l) => l.category))];
  return categories.map((cat) => {
    const lines = estimate.lines.filter((l) => l.category === cat);
    const monthly = add(...lines.map((l) => l.monthly));
    const upfront = add(...lines.map((l) => l.upfront));
    return norm(`${cat} ${lines.length} ${f.money(monthly, 'USD')} ${f.money(upfront, 'USD')}`);
  });
}

/** A valid solid-colour PNG (the logo an admin uploaded), built with zlib so no fixture file is needed. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => rgb).flat()),
  ]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      sig,
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
