import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureDevCertificate } from '../../backend/local/dev-certs';
import type { FencedBlock, RunnableStep } from '../helpers/readme-blocks';
import { ROOT, markdownFiles, readmeBlocks, runnableSteps } from '../helpers/readme-blocks';
import { normaliseOutput, outputMismatch } from '../helpers/readme-output';
import { runReadmeBlocks } from '../helpers/readme-runner';

/*
 * Every `bash runnable` block of every Markdown file, run as written: per file one bash session,
 * from the repository root, against this run's local stack. The READMEs name `npm start`'s
 * default ports; they are pointed at the test stack (API 3001, Cognito 9229, and the task pane's
 * /config.json on 3000, served here over https with the stack's values and a certificate made in a
 * temporary folder, which stands for `~/.office-addin-dev-certs` in the blocks). A block followed by a `text output`
 * block must print exactly that (test/helpers/readme-output.ts). UPDATE_README_OUTPUT=1 (never in
 * CI) rewrites the output blocks with what the commands printed.
 */
const files = markdownFiles()
  .map((file) => ({ file, steps: runnableSteps(readmeBlocks(file)) }))
  .filter((f) => f.steps.length > 0);

const port = (url: string): string => new URL(url).port;
const inCi = process.env.CI === 'true' || process.env.CI === '1';

let configServer: https.Server;
let configPort = '';
let certDir = '';

beforeAll(async () => {
  const config = {
    apiUrl: process.env.API_URL,
    region: 'us-east-1',
    userPoolId: process.env.USER_POOL_ID,
    userPoolClientId: process.env.USER_POOL_CLIENT_ID,
    cognitoEndpoint: process.env.COGNITO_ENDPOINT,
  };
  certDir = mkdtempSync(path.join(os.tmpdir(), 'readme-certs-'));
  const certificate = await ensureDevCertificate(certDir);
  const tls = { cert: certificate.cert, key: certificate.key };
  configServer = https.createServer(tls, (req, res) => {
    if (req.url !== '/config.json') return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(config));
  });
  await new Promise<void>((r) => configServer.listen(0, '127.0.0.1', r));
  configPort = String((configServer.address() as AddressInfo).port);
});

afterAll(async () => {
  await new Promise<void>((r) => configServer?.close(() => r()));
});

/** `npm start`'s default ports and certificate folder in a block → this run's stack. */
function toTestStack(text: string): string {
  const ports: Record<string, string> = {
    '3000': configPort,
    '3001': port(process.env.API_URL!),
    '9229': port(process.env.COGNITO_ENDPOINT!),
  };
  return text
    .replace(
      /\b(127\.0\.0\.1|localhost):(3000|3001|9229)\b/g,
      (_m, host: string, p: string) => `${host}:${ports[p]}`,
    )
    .replace(/~\/\.office-addin-dev-certs\b/g, certDir);
}

/** Replace each output block's content with what was printed (in place, bottom-up). */
function rewriteOutputs(file: string, updates: { block: FencedBlock; text: string }[]): void {
  const full = path.join(ROOT, file);
  const lines = readFileSync(full, 'utf8').split('\n');
  for (const { block, text } of [...updates].sort((a, b) => b.block.line - a.block.line)) {
    const [first, last] = block.contentLines;
    lines.splice(first - 1, last - first + 1, ...text.split('\n'));
  }
  writeFileSync(full, lines.join('\n'));
}

function problems(steps: readonly RunnableStep[], outputs: Map<FencedBlock, string>): string[] {
  const found: string[] = [];
  for (const { block, output } of steps) {
    const printed = outputs.get(block);
    if (!output || printed === undefined) continue;
    const diff = outputMismatch(output.text, printed);
    if (diff)
      found.push(
        `${block.file}:${output.line}: the output block differs from what ${block.file}:${block.line} printed, ` +
          `at line ${diff.line}\n  README: ${diff.expected}\n  actual: ${diff.actual}`,
      );
  }
  return found;
}

describe('commands in the READMEs run as written (against the local stack)', () => {
  it('finds runnable blocks', () => {
    expect(files.map((f) => f.file)).toContain('README.md');
  });

  it.each(files.map((f) => [f.file, f.steps] as const))(
    '%s',
    async (file, steps) => {
      const result = await runReadmeBlocks(
        steps.map((s) => s.block),
        // npm's update notice ("npm notice New … version") is not the command's output.
        {
          rewrite: toTestStack,
          env: { ...process.env, npm_config_update_notifier: 'false' },
          timeoutMs: 8 * 60_000,
        },
      );
      const outputs = new Map(result.runs.map((r) => [r.block, r.output]));
      if (result.failed) {
        const { block, exitCode, killedAfterMs } = result.failed;
        const how = killedAfterMs
          ? `was still running after ${killedAfterMs / 60_000} min and was killed`
          : `exited with ${exitCode}`;
        throw new Error(
          `${file}:${block.line}: the block ${how}; it printed:\n${normaliseOutput(outputs.get(block) ?? '')}`,
        );
      }
      if (process.env.UPDATE_README_OUTPUT === '1' && !inCi) {
        // Only blocks that differ are rewritten, so a matching block keeps its `…` wildcards.
        rewriteOutputs(
          file,
          steps
            .filter((s) => s.output && outputMismatch(s.output.text, outputs.get(s.block) ?? ''))
            .map((s) => ({ block: s.output!, text: normaliseOutput(outputs.get(s.block) ?? '') })),
        );
        return;
      }
      expect(problems(steps, outputs)).toEqual([]);
    },
    10 * 60_000,
  );
});
