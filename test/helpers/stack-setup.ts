import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { register } from 'tsx/cjs/api';
import { startStack } from '../../backend/local/stack';
import type { RunningStack } from '../../backend/local/stack';
import { freePort } from '../../backend/local/ports';
import { needs } from './needs';
import { refusingRefreshEnv } from './price-list-mirror';

/**
 * jest globalSetup for the integration and e2e projects: one emulator set per run, on ephemeral
 * ports, data in a temp folder, the same handlers as in AWS behind the local API adapter. The
 * environment it exports (API_URL, DYNAMODB_ENDPOINT, S3_ENDPOINT, COGNITO_ENDPOINT, USER_POOL_ID,
 * USER_POOL_CLIENT_ID, ENV_NAME=test, AWS_*) is inherited by the test workers.
 */
export async function startTestStack(): Promise<RunningStack> {
  const scratchDir = mkdtempSync(path.join(os.tmpdir(), 'aws-cost-test-'));
  return startStack({
    envName: 'test',
    scratchDir,
    ports: {
      dynamodb: await freePort(),
      s3: 0,
      cognito: 0,
      cognitoInternal: await freePort(),
      api: 0,
    },
  });
}

interface SharedStack {
  stack: RunningStack;
  users: number;
}

/** One stack per jest run, shared by every project that declares this globalSetup (integration, e2e). */
export default async function globalSetup(): Promise<void> {
  const shared = globalThis as { __STACK__?: SharedStack };
  if (shared.__STACK__) {
    shared.__STACK__.users++;
    return;
  }
  // Without java there is no DynamoDB Local: the tests are registered and skipped with the reason
  // (test/helpers/stack-needs.ts), not failed and not silently dropped.
  const java = needs.tool(
    'java',
    'Java 17 for DynamoDB Local: apt-get install -y openjdk-17-jre-headless',
    ['-version'],
  );
  if (!java.met) {
    process.env.TEST_STACK_UNAVAILABLE = `the local stack ${java.reason}`;
    return;
  }
  // globalSetup runs outside jest's module registry: the API adapter imports the Lambda handlers
  // at request time, so let Node load TypeScript the way `npm start` does (tsx).
  register();
  // ERROR, not SILENT: an unexpected 500 in any test run prints its cause in the CI log.
  process.env.LOG_LEVEL ??= 'ERROR';
  process.env.RATE_LIMIT_PER_MINUTE ??= '1000';
  // "Refresh now" runs the real refresh job, offline: against a fixture mirror it refuses.
  for (const [key, value] of Object.entries(refusingRefreshEnv())) process.env[key] ??= value;
  const stack = await startTestStack();
  shared.__STACK__ = { stack, users: 1 };
  process.on('exit', () => stack.killNow());
  // Workers read the environment; a file too, for tools outside jest (e.g. debugging a failed run).
  writeFileSync(
    path.join(os.tmpdir(), 'aws-cost-test-stack.json'),
    JSON.stringify(stack.env, null, 2),
  );
}
