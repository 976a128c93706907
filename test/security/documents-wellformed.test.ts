import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { DocumentFormat, Estimation } from '../../core';
import { generateDocument } from '../../backend/documents';
import { CONTENT_TYPES } from '../../backend/documents/generate-document';
import { xmlSafeText } from '../../backend/documents/xml-text';
import { buildEstimation, buildSettings } from '../backend/documents/estimation-fixture';
import { parsePdf } from '../backend/documents/document-test-helpers';
import { AWKWARD, XML_ILLEGAL } from './awkward-text';

/**
 * Issue 15, finding 5: a name with U+FFFE made the DOCX and XLSX exports invalid XML (and the job
 * ended `ready`); CJK, Devanagari and emoji printed as "?" in the PDF. Every format is generated
 * over names of every awkward character class and checked: the XML parts parse as XML 1.0, the
 * PDF carries the scripts its fonts cover and names the characters it cannot draw.
 */
function named(text: string): Estimation {
  const base = buildEstimation(6);
  const items = [
    ...base.requirements.items.map((item, i) =>
      i === 0 ? { ...item, name: `${text} item` } : item,
    ),
    // A Dedicated Host for its bulk-import workbook; the other workbooks name it on their
    // "Not in this import" sheet, description included.
    {
      id: 'Hosts-1',
      service: 'ec2' as const,
      os: 'Linux' as const,
      dedicatedHostFamily: 'm5',
      tenancy: 'dedicated' as const,
      quantity: 1,
      description: `${text} hosts`,
    },
  ];
  return {
    ...base,
    name: `${text} estimate`,
    customer: `${text} customer`,
    requirements: { ...base.requirements, customer: `${text} customer`, items },
  };
}

function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}

async function zipXmlErrors(body: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(body);
  const errors: string[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(name)) continue;
    for (const e of xmlErrors(await file.async('string'))) errors.push(`${name}: ${e}`);
  }
  return errors;
}

/** Every format (the content-type table is exhaustive over DocumentFormat). */
const DOCUMENT_FORMATS = Object.keys(CONTENT_TYPES) as DocumentFormat[];
const ZIPPED: readonly DocumentFormat[] = DOCUMENT_FORMATS.filter((f) =>
  [
    'docx',
    'xlsx',
    'bulk-import-ec2-xlsx',
    'bulk-import-ebs-xlsx',
    'bulk-import-hosts-xlsx',
  ].includes(f),
);
const ALL_TEXT = Object.values(AWKWARD).join(' | ');

describe('every generated document is well-formed whatever the names contain', () => {
  it('covers every document format', () => {
    expect([...DOCUMENT_FORMATS].sort()).toEqual(
      [...ZIPPED, 'pdf', 'csv', 'json'].sort() as DocumentFormat[],
    );
  });

  it.each(ZIPPED)(
    '%s: every XML part parses as XML 1.0, for each character class',
    async (format) => {
      for (const [kind, text] of Object.entries(AWKWARD)) {
        const doc = await generateDocument(format, named(text), buildSettings(), {
          generatedAt: new Date('2026-11-26T09:00:00Z'),
        });
        expect({ format, kind, errors: await zipXmlErrors(doc.body) }).toEqual({
          format,
          kind,
          errors: [],
        });
      }
    },
  );

  it('the sanitiser replaces exactly what XML 1.0 forbids, visibly', () => {
    for (const kind of XML_ILLEGAL) {
      const safe = xmlSafeText(AWKWARD[kind] as string);
      expect(xmlErrors(`<a>${safe.replace(/[<&>]/g, '')}</a>`)).toEqual([]);
      expect(safe).toContain('\uFFFD');
    }
    for (const kind of [
      'cjk',
      'devanagari',
      'emoji',
      'symbols',
      'rtl',
      'combining',
      'bidiOverride',
    ])
      expect(xmlSafeText(AWKWARD[kind] as string)).toBe(AWKWARD[kind]);
    expect(xmlSafeText('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
  });

  it('csv and json keep the names exactly', async () => {
    const estimation = named(ALL_TEXT);
    const json = await generateDocument('json', estimation, buildSettings());
    const parsed = JSON.parse(new TextDecoder().decode(json.body)) as { name?: string };
    expect(JSON.stringify(parsed)).toContain(JSON.stringify(`${ALL_TEXT} estimate`).slice(1, -1));
    const csv = new TextDecoder().decode(
      (await generateDocument('csv', estimation, buildSettings())).body,
    );
    expect(csv).toContain(AWKWARD.cjk);
  });

  it('pdf: CJK, Hangul, Devanagari and symbols are drawn; what no font covers is named', async () => {
    // One script per text, so each gets the font that covers all of it.
    const estimation: Estimation = {
      ...named(AWKWARD.emoji as string),
      customer: '東京 本社 日本語',
      reference: AWKWARD.devanagari as string,
      name: 'Proposal 한국어 서울 ✓ ★ → €',
    };
    const doc = await generateDocument('pdf', estimation, buildSettings());
    const text = parsePdf(doc.body).pages.join(' ');
    expect(text).toContain('東京 本社 日本語');
    expect(text).toContain('한국어 서울 ✓ ★');
    expect(text).toContain('भारत');
    expect(doc.warnings?.join(' ')).toMatch(/no embedded font covers.*U\+1F600/);
    expect(doc.warnings?.join(' ')).not.toMatch(/U\+(6771|D55C|092D)/);
  });

  it('pdf: every character class renders without failing, and plain text stays in Helvetica', async () => {
    for (const [kind, text] of Object.entries(AWKWARD)) {
      const doc = await generateDocument('pdf', named(text), buildSettings());
      expect({ kind, pdf: Buffer.from(doc.body.subarray(0, 5)).toString() }).toEqual({
        kind,
        pdf: '%PDF-',
      });
    }
    const plain = await generateDocument('pdf', buildEstimation(6), buildSettings());
    expect(Buffer.from(plain.body).toString('latin1')).not.toContain('/FontFile');
    expect(plain.warnings).toBeUndefined();
  });
});
