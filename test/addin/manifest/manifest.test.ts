import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeIf, needs, sharedPath } from '../../helpers/needs';

const root = path.resolve(__dirname, '../../..');
const manifestPath = path.join(root, 'manifest.xml');
const xsd = sharedPath('office-manifest-xsd/OfficeAppManifestV1_1.xsd');
const manifest = readFileSync(manifestPath, 'utf8');
const schemaCheck = needs.all(
  needs.shared('office-manifest-xsd/OfficeAppManifestV1_1.xsd'),
  needs.tool('xmllint', 'apt-get install -y libxml2-utils'),
);

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describeIf(schemaCheck, 'manifest.xml against the Office XSD (offline)', () => {
  it('validates with xmllint --schema OfficeAppManifestV1_1.xsd', () => {
    const out = execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, manifestPath], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
  });

  it('rejects a manifest with elements out of order (the check can fail)', () => {
    const swapped = manifest.replace(
      /<Version>1\.0\.0\.0<\/Version>\s*<ProviderName>([^<]*)<\/ProviderName>/,
      '<ProviderName>$1</ProviderName><Version>1.0.0.0</Version>',
    );
    expect(swapped).not.toBe(manifest);
    expect(() =>
      execFileSync('xmllint', ['--noout', '--nonet', '--schema', xsd, '-'], {
        input: swapped,
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    ).toThrow();
  });
});

describe('manifest.xml: what the schema cannot see', () => {
  const doc = parse(manifest);
  const all = Array.from(doc.getElementsByTagName('*'));
  const defined = new Set(
    all
      .filter((e) => e.namespaceURI?.endsWith('officeappbasictypes/1.0') && e.getAttribute('id'))
      .map((e) => e.getAttribute('id')),
  );

  it('defines every resid it uses, each at most 32 characters', () => {
    const used = all.map((e) => e.getAttribute('resid')).filter((r): r is string => r !== null);
    expect(used.length).toBeGreaterThan(10);
    for (const resid of used) {
      expect(defined.has(resid) ? resid : `missing resource ${resid}`).toBe(resid);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  it('uses one resid for Runtime, the functions Page, FunctionFile and the ShowTaskpane action', () => {
    const runtime = all.find((e) => e.localName === 'Runtime')?.getAttribute('resid');
    const page = all
      .find((e) => e.localName === 'Page')
      ?.getElementsByTagName('SourceLocation')[0]
      ?.getAttribute('resid');
    const functionFile = all.find((e) => e.localName === 'FunctionFile')?.getAttribute('resid');
    const action = all
      .find((e) => e.localName === 'Action')
      ?.getElementsByTagName('SourceLocation')[0]
      ?.getAttribute('resid');
    expect(runtime).toBe('Taskpane.Url');
    expect([page, functionFile, action]).toEqual([runtime, runtime, runtime]);
    expect(all.find((e) => e.localName === 'Runtime')?.getAttribute('lifetime')).toBe('long');
  });

  it('names the custom functions namespace AWS, a valid namespace', () => {
    const resid = all.find((e) => e.localName === 'Namespace')?.getAttribute('resid');
    const value = all
      .find((e) => e.localName === 'String' && e.getAttribute('id') === resid)
      ?.getAttribute('DefaultValue');
    expect(value).toBe('AWS');
    expect(value).toMatch(/^[A-Za-z][A-Za-z0-9._]{0,31}$/);
  });

  it('declares the shared runtime and custom functions requirement sets', () => {
    const sets = all.filter((e) => e.localName === 'Set').map((e) => e.getAttribute('Name'));
    expect(sets).toEqual(expect.arrayContaining(['SharedRuntime', 'CustomFunctionsRuntime']));
  });

  it('the production build rewrites every dev URL to ADDIN_PUBLIC_URL, all https', async () => {
    const previous = process.env.ADDIN_PUBLIC_URL;
    process.env.ADDIN_PUBLIC_URL = 'https://addin.example.com/estimator';
    try {
      jest.resetModules();
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
      const makeConfig = require(path.join(root, 'webpack.config.js')) as (
        env: object,
        argv: { mode: string },
      ) => { plugins: object[] };
      const config = makeConfig({}, { mode: 'production' });
      const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin') as {
        patterns: { to: string; transform?: (c: Buffer) => string }[];
      };
      const pattern = copy.patterns.find((p) => p.to === 'manifest.xml');
      const production = String(pattern?.transform?.(Buffer.from(manifest)));
      expect(production).not.toContain('localhost');
      const urls = [...production.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
      expect(urls.length).toBeGreaterThan(8);
      for (const url of urls) expect(url).toMatch(/^https:\/\/addin\.example\.com\/estimator\//);
      const domains = [...production.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
      expect(domains).toEqual(['https://addin.example.com']);
    } finally {
      if (previous === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = previous;
    }
  });

  it('refuses a non-https public URL', () => {
    process.env.ADDIN_PUBLIC_URL = 'http://addin.example.com/';
    try {
      jest.resetModules();
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS
      const makeConfig = require(path.join(root, 'webpack.config.js')) as (
        env: object,
        argv: { mode: string },
      ) => unknown;
      expect(() => makeConfig({}, { mode: 'production' })).toThrow(/must be an https:\/\/ URL/);
    } finally {
      delete process.env.ADDIN_PUBLIC_URL;
    }
  });
});
