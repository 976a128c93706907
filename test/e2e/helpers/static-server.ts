import { existsSync } from 'node:fs';
import path from 'node:path';
import { createStaticServer, securityHeaders } from '../../../backend/local/static-server';
import { listenEphemeral } from '../../helpers/listen';

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Where the local stack the test run started is (exported by test/helpers/stack-setup.ts). */
export interface StackEndpoints {
  readonly apiUrl: string;
  readonly cognitoEndpoint: string;
  readonly s3Url: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
}

export function stackEndpoints(): StackEndpoints {
  const env = (name: string): string => {
    const value = process.env[name];
    if (!value)
      throw new Error(
        `${name} is not set: run with test/e2e/jest.e2e.config.js (its globalSetup starts the stack).`,
      );
    return value;
  };
  return {
    apiUrl: env('API_URL'),
    cognitoEndpoint: env('COGNITO_ENDPOINT'),
    s3Url: env('S3_ENDPOINT'),
    userPoolId: env('USER_POOL_ID'),
    userPoolClientId: env('USER_POOL_CLIENT_ID'),
  };
}

/** The built pages (`npm run build` writes them). */
export const DIST = path.resolve(__dirname, '../../../dist');

/** The path of a built file under dist/; a clear error when the build has not run. */
export function requireBuilt(relative: string): string {
  const file = path.join(DIST, relative);
  if (!existsSync(file))
    throw new Error(`dist/${relative} is missing: run \`npm run build\` before the e2e tests.`);
  return file;
}

/**
 * Serve the built task pane exactly as `npm start` does (backend/local/static-server.ts): the same
 * security headers, and `/config.json` saying where the API and the user pool are. The page reads
 * that file itself, as a user's browser does; nothing is injected into the page. Without `stack`,
 * the one this test run started.
 */
export async function servePane(
  dist: string,
  stack: StackEndpoints = stackEndpoints(),
): Promise<StaticServer> {
  return serveBuilt(dist, 'taskpane.html', stack, true);
}

/** Serve the built admin console as `npm start` does: dist/ with web-admin/index.html, not frameable. */
export async function serveAdmin(
  dist: string,
  stack: StackEndpoints = stackEndpoints(),
): Promise<StaticServer> {
  return serveBuilt(dist, 'web-admin/index.html', stack, false);
}

/** dist/ with `index` at `/`, npm start's headers, and a config.json pointing at `stack`. */
async function serveBuilt(
  dist: string,
  index: string,
  stack: StackEndpoints,
  frameable: boolean,
): Promise<StaticServer> {
  const server = createStaticServer({
    root: dist,
    index,
    config: {
      apiUrl: stack.apiUrl,
      region: 'us-east-1',
      userPoolId: stack.userPoolId,
      userPoolClientId: stack.userPoolClientId,
      cognitoEndpoint: stack.cognitoEndpoint,
    },
    headers: securityHeaders([stack.apiUrl, stack.cognitoEndpoint, stack.s3Url], frameable),
  });
  return listenEphemeral(server, 'localhost');
}
