import { execFile, execFileSync } from 'node:child_process';
import { existsSync, statSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { ENV_NAMES } from '../../infra/config/environments';
import { ALL_FUNCTION_SPECS } from '../../infra/config/function-specs';
import { REPO_ROOT, handlerExists } from '../../infra/handler-files';
import { EMBEDDED_CATALOG_SOURCE, PDF_FONTS } from '../../infra/constructs/app-function';
import type { Ec2Item } from '../../core';
import {
  EMBEDDED_CATALOG_BUNDLE_FOLDER,
  EMBEDDED_COMMITMENTS_SUFFIX,
  EMBEDDED_INDEX_FILE,
  embeddedIndexFiles,
  PriceCatalog,
  monthlyCost,
  parseEmbeddedIndex,
} from '../../core';
import {
  embeddedCatalogDir,
  readEmbeddedSnapshot,
} from '../../backend/adapters/embedded-catalog-files';
import { PDF_FONT_FILES } from '../../backend/documents/pdf-fonts';

const run = promisify(execFile);

/** `unshare -n` runs the synth with no network at all, when the kernel lets us (root / userns). */
function offlinePrefix(): string[] {
  try {
    execFileSync('unshare', ['-n', 'true'], { stdio: 'ignore' });
    return ['unshare', '-n'];
  } catch {
    return [];
  }
}

describe('cdk synth (the real CLI, esbuild bundling, cdk-nag, CloudFormation validation)', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'cdk-synth-'));
  let result: { stdout: string; stderr: string };

  beforeAll(async () => {
    const prefix = offlinePrefix();
    if (prefix.length === 0)
      console.log('unshare -n is not available here: synthesising without a network namespace.');
    const cdk = path.join(REPO_ROOT, 'node_modules', '.bin', 'cdk');
    const args = [cdk, 'synth', '--quiet', '-c', `env=${ENV_NAMES.join(',')}`, '-o', outdir];
    const [command, ...rest] = [...prefix, ...args] as [string, ...string[]];
    result = await run(command, rest, {
      cwd: REPO_ROOT,
      env: { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 240_000,
    });
  }, 250_000);

  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('writes the four templates of every environment', () => {
    const templates = readdirSync(outdir).filter((f) => f.endsWith('.template.json'));
    expect(templates.sort()).toEqual(
      ENV_NAMES.flatMap((env) =>
        ['Api', 'Hosting', 'Observability', 'Stateful'].map(
          (p) => `AwsCost-${env}-${p}.template.json`,
        ),
      ).sort(),
    );
  });

  it('bundles every handler that exists and warns about each one that does not', () => {
    const api = JSON.parse(
      readFileSync(path.join(outdir, 'AwsCost-prod-Api.template.json'), 'utf8'),
    ) as {
      Resources: Record<
        string,
        {
          Type: string;
          Properties: { FunctionName?: string; Code?: { S3Key?: unknown; ZipFile?: string } };
        }
      >;
    };
    const functions = Object.values(api.Resources).filter(
      (r) => r.Type === 'AWS::Lambda::Function',
    );
    for (const spec of ALL_FUNCTION_SPECS) {
      const fn = functions.find((f) => f.Properties.FunctionName === `aws-cost-prod-${spec.name}`);
      if (handlerExists(spec.name)) {
        expect([spec.name, typeof fn?.Properties.Code?.S3Key]).toEqual([spec.name, 'string']);
        expect(fn?.Properties.Code?.ZipFile).toBeUndefined();
      } else {
        expect([spec.name, fn]).toEqual([spec.name, undefined]);
        expect(result.stdout + result.stderr).toContain(
          `backend/handlers/${spec.name}.ts does not exist yet`,
        );
      }
    }
    const bundles = readdirSync(outdir).filter((f) => f.startsWith('asset.'));
    expect(bundles.length).toBeGreaterThanOrEqual(
      ALL_FUNCTION_SPECS.filter((s) => handlerExists(s.name)).length,
    );
  });

  it('the document worker bundle carries pdfkit font metrics beside it', () => {
    if (!handlerExists('document-worker')) {
      console.log('backend/handlers/document-worker.ts has not landed yet: nothing to inspect.');
      return;
    }
    const withData = readdirSync(outdir).filter(
      (f) => f.startsWith('asset.') && existsSync(path.join(outdir, f, 'data', 'Helvetica.afm')),
    );
    expect(withData.length).toBeGreaterThanOrEqual(1);
  });

  it('the document worker bundle carries the PDF fonts the backend embeds', () => {
    expect([...PDF_FONTS].sort((a, b) => a.file.localeCompare(b.file))).toEqual(
      [...PDF_FONT_FILES].sort((a, b) => a.file.localeCompare(b.file)),
    );
    if (!handlerExists('document-worker')) return;
    const withFonts = readdirSync(outdir).filter(
      (f) =>
        f.startsWith('asset.') &&
        PDF_FONTS.every((font) => existsSync(path.join(outdir, f, 'fonts', font.file))),
    );
    expect(withFonts.length).toBeGreaterThanOrEqual(1);
    // The size the fonts add to the worker bundle (recorded in DECISIONS.md).
    const bytes = PDF_FONTS.reduce(
      (sum, font) =>
        sum + statSync(path.join(outdir, withFonts[0] as string, 'fonts', font.file)).size,
      0,
    );
    console.log(`PDF fonts in the document worker bundle: ${(bytes / 1_048_576).toFixed(1)} MiB`);
    expect(bytes).toBeLessThan(20 * 1_048_576);
  });

  it('the bundles that read the embedded catalog carry its files beside them, and no other does', () => {
    const repoData = path.join(REPO_ROOT, EMBEDDED_CATALOG_SOURCE);
    const index = parseEmbeddedIndex(
      JSON.parse(readFileSync(path.join(repoData, EMBEDDED_INDEX_FILE), 'utf8')),
    );
    // Every file the index names: each region's file and its commitments file (DECISIONS 95).
    const files = [EMBEDDED_INDEX_FILE, ...embeddedIndexFiles(index)];
    expect(files.filter((f) => f.endsWith(EMBEDDED_COMMITMENTS_SUFFIX)).length).toBeGreaterThan(30);
    const withCatalog: string[] = [];
    for (const asset of readdirSync(outdir).filter((f) => f.startsWith('asset.'))) {
      const main = ['index.mjs', 'index.js']
        .map((f) => path.join(outdir, asset, f))
        .find((f) => existsSync(f));
      if (!main) continue;
      // A message only backend/adapters/embedded-catalog-files.ts has: the bundle holds the loader.
      const readsCatalog = readFileSync(main, 'utf8').includes(
        'The embedded catalog cannot be located',
      );
      const folder = path.join(outdir, asset, EMBEDDED_CATALOG_BUNDLE_FOLDER);
      expect([asset, readsCatalog]).toEqual([asset, existsSync(folder)]);
      if (!readsCatalog) continue;
      withCatalog.push(asset);
      for (const file of files)
        expect([file, statSync(path.join(folder, file)).size]).toEqual([
          file,
          statSync(path.join(repoData, file)).size,
        ]);
      // The prices are read from the files, not bundled into the code (41 MB before DECISIONS 87).
      const bytes = statSync(main).size;
      console.log(
        `${asset}: bundle ${(bytes / 1_048_576).toFixed(2)} MiB beside the catalog files`,
      );
      expect(bytes).toBeLessThan(2 * 1_048_576);
      // The loader finds them where the function runs ($LAMBDA_TASK_ROOT) and prices from them.
      const dir = embeddedCatalogDir({ LAMBDA_TASK_ROOT: path.join(outdir, asset) });
      const catalog = new PriceCatalog(readEmbeddedSnapshot(dir));
      const cell: Ec2Item = {
        id: 'c',
        service: 'ec2',
        quantity: 1,
        instanceType: 'm5.large',
        os: 'Linux',
      };
      expect(monthlyCost(catalog, cell, { region: 'eu-west-1' }).monthly).not.toBeNull();
      const reserved: Ec2Item = {
        ...cell,
        pricingModel: {
          kind: 'reserved',
          term: '1yr',
          offeringClass: 'standard',
          purchaseOption: 'No Upfront',
        },
      };
      expect(monthlyCost(catalog, reserved, { region: 'eu-west-1' }).monthly).not.toBeNull();
    }
    expect(withCatalog).toHaveLength(
      ALL_FUNCTION_SPECS.filter((s) => s.embeddedCatalog && handlerExists(s.name)).length,
    );
  });

  it('passes the CloudFormation validator and cdk-nag (an error annotation would have failed the synth)', () => {
    const report = JSON.parse(
      readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'),
    ) as {
      pluginReports: { pluginName?: string; summary?: { status?: string } }[];
    };
    for (const plugin of report.pluginReports)
      expect([plugin.pluginName, plugin.summary?.status]).toEqual([plugin.pluginName, 'success']);
    const nagReports = readdirSync(outdir).filter(
      (f) => f.startsWith('AwsSolutions-') && f.endsWith('NagReport.csv'),
    );
    expect(nagReports).toHaveLength(ENV_NAMES.length * 4);
    for (const file of nagReports) {
      const rows = readFileSync(path.join(outdir, file), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean);
      const unsuppressedErrors = rows.filter(
        (row) => row.includes('Non-Compliant') && row.includes(',"Error",'),
      );
      expect([file, unsuppressedErrors]).toEqual([file, []]);
    }
  });
});
