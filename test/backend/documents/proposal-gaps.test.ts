import mammoth from 'mammoth';
import { generateDocument } from '../../../backend/documents';
import { norm, parsePdf } from './document-test-helpers';
import { buildEstimationWithGaps, buildSettings } from './estimation-fixture';

/**
 * Parse-back of both proposals for an estimation with unpriced lines (fixture: one server without
 * a price in the catalog, one volume not offered in the region; the Savings Plan scenario prices
 * no compute at all): the executive summary states coverage and what is missing in a customer's
 * words, nothing is recommended, and the technical price queries are only in the appendix.
 */
const estimation = buildEstimationWithGaps();
const at = new Date('2026-11-26T09:00:00Z');

const COVERAGE =
  'Coverage: 13 of 15 lines priced (86 %); 2 not priced — the totals leave out what is not priced. ' +
  'The items below are not included in the totals; the totals would rise once they are priced.';
const NOT_PRICED = [
  '• Data volume 1: not included in the totals — AWS does not offer this option in the chosen region.',
  '• App server 7: not included in the totals — we do not have the AWS price for this option yet; it will be added once the price is confirmed.',
];
const BASIS =
  'Compared on 12 of 15 lines; 3 lines are unpriced (in whole or in part) in at least one scenario.';

async function texts(): Promise<{ pdf: string; docx: string }> {
  const settings = buildSettings();
  const pdf = await generateDocument('pdf', estimation, settings, { generatedAt: at });
  const docx = await generateDocument('docx', estimation, settings, { generatedAt: at });
  const buffer = Buffer.from(docx.body);
  return {
    pdf: parsePdf(pdf.body).pages.join(' '),
    docx: norm((await mammoth.extractRawText({ buffer })).value),
  };
}

describe('a proposal with unpriced lines (PDF and Word parsed back)', () => {
  let docs: { pdf: string; docx: string };
  beforeAll(async () => {
    docs = await texts();
  });

  it.each(['pdf', 'docx'] as const)(
    '%s: the executive summary states coverage and lists what is not priced, and why',
    (kind) => {
      const text = docs[kind];
      expect(text).toContain(norm('Lines priced 13 of 15 (86 %)'));
      expect(text).toContain(norm(COVERAGE));
      for (const item of NOT_PRICED) expect(text).toContain(norm(item));
    },
  );

  it.each(['pdf', 'docx'] as const)('%s: recommends no scenario on an incomplete basis', (kind) => {
    const text = docs[kind];
    expect(text).not.toContain('Recommended scenario');
    expect(text).toContain(
      norm(`No scenario is recommended: ${BASIS.charAt(0).toLowerCase()}${BASIS.slice(1)}`),
    );
    expect(text).toContain(norm(BASIS));
  });

  it.each(['pdf', 'docx'] as const)(
    '%s: keeps the technical price query for the appendix',
    (kind) => {
      const text = docs[kind];
      const appendix = text.lastIndexOf('Appendix: technical notes');
      expect(appendix).toBeGreaterThan(text.indexOf('Executive summary'));
      expect(text.indexOf('Price query AmazonEC2')).toBeGreaterThan(appendix);
      expect(text).toContain(
        norm(
          'App server 7 Instance usage (Linux, On-Demand, m7g.large) price not in catalog Price query',
        ),
      );
    },
  );

  it.each(['pdf', 'docx'] as const)(
    '%s: shows an unpriced line as "not priced", never $0.00',
    (kind) => {
      expect(docs[kind]).toMatch(/App server 7 ap-southeast-1 — not fully priced not priced — /);
      expect(docs[kind]).not.toMatch(/App server 7 ap-southeast-1[^$]*\$0\.00/);
    },
  );
});
