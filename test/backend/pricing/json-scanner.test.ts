import fc from 'fast-check';
import { PriceListFormatError } from '../../../backend/pricing/errors';
import type { PathItem } from '../../../backend/pricing/json-scanner';
import { JsonScanner } from '../../../backend/pricing/json-scanner';

/** Scan `text` in chunks of `size`, capturing every value at depth 2 and the top-level scalars. */
function scan(text: string, size: number): [string, unknown][] {
  const seen: [string, unknown][] = [];
  const scanner = new JsonScanner('doc.json', {
    decide: (path, kind) => (path.length < 2 && kind !== 'scalar' ? 'descend' : 'capture'),
    value: (path: readonly PathItem[], value) => seen.push([path.join('.'), value]),
  });
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) scanner.write(bytes.subarray(i, i + size));
  scanner.end();
  return seen;
}

function expected(doc: Record<string, unknown>): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [k, v] of Object.entries(doc)) {
    if (typeof v === 'object' && v !== null) {
      for (const [k2, v2] of Object.entries(v))
        out.push([`${k}.${Array.isArray(v) ? Number(k2) : k2}`, v2]);
    } else out.push([k, v]);
  }
  return out;
}

describe('JsonScanner', () => {
  const tricky = {
    formatVersion: 'v1.0',
    count: -12.5e3,
    flag: true,
    nothing: null,
    products: {
      'SKU "quoted" \\ key': {
        a: 'brace { inside ] string',
        b: ['x', { c: 'escaped \\" quote \\\\' }],
        d: '\u00e9\u65e5\ud83d\ude00',
      },
      EMPTY: {},
      NUM: 0.0001,
    },
    list: [1, 'two', { three: [3] }, []],
  };

  it.each([1, 2, 3, 7, 64, 4096])(
    'captures the same values as JSON.parse with %d-byte chunks',
    (size) => {
      const text = JSON.stringify(tricky, null, 2).replace(/": /g, '" : ');
      expect(scan(text, size)).toEqual(expected(tricky));
    },
  );

  it('agrees with JSON.parse on generated documents split at random chunk sizes (property)', () => {
    const leaf = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.oneof(
      leaf,
      fc.array(leaf, { maxLength: 4 }),
      fc.dictionary(fc.string({ maxLength: 6 }), leaf, { maxKeys: 4 }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ maxLength: 8 }),
          fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 4 }),
          { maxKeys: 4 },
        ),
        fc.integer({ min: 1, max: 50 }),
        (doc, size) => {
          const parsed = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
          expect(scan(JSON.stringify(doc), size)).toEqual(expected(parsed));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports a truncated document with the file, the byte offset and where it stopped', () => {
    const text = JSON.stringify(tricky);
    const cut = text.slice(0, text.indexOf('EMPTY') + 3);
    expect(() => scan(cut, 16)).toThrow(PriceListFormatError);
    expect(() => scan(cut, 16)).toThrow(
      `doc.json: byte ${Buffer.byteLength(cut)}: the file ends inside products before the JSON document is complete (truncated download?)`,
    );
  });

  it.each([
    ['{"a" 1}', "expected ':' after property name, found '1'"],
    ['{"a":1,}', "expected a property name, found '}'"],
    ['{"a":1]', "expected ',' or '}', found ']'"],
    ['{"a":@}', "expected a value, found '@'"],
    ['{"a":{"b":1}} x', "unexpected 'x' after the end of the document"],
    ['{"products":{"S":{"x":tru}}}', 'invalid JSON in products.S'],
  ])('refuses malformed JSON %s with a clear message', (text, message) => {
    expect(() => scan(text, 4)).toThrow(message);
  });
});

describe('JsonScanner input quirks', () => {
  it('skips a UTF-8 byte order mark before the document', () => {
    const seen: unknown[] = [];
    const scanner = new JsonScanner('bom.json', {
      decide: (path) => (path.length === 0 ? 'descend' : 'capture'),
      value: (_path, value) => seen.push(value),
    });
    scanner.write(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"offerCode" : "AmazonEC2"}')]),
    );
    scanner.end();
    expect(seen).toEqual(['AmazonEC2']);
  });
});
