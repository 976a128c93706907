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
  const server = createStaticServer({
    root: dist,
    index: 'taskpane.html',
    config: {
      apiUrl: stack.apiUrl,
      region: 'us-east-1',
      userPoolId: stack.userPoolId,
      userPoolClientId: stack.userPoolClientId,
      cognitoEndpoint: stack.cognitoEndpoint,
    },
    headers: securityHeaders([stack.apiUrl, stack.cognitoEndpoint, stack.s3Url], true),
  });
  return listenEphemeral(server, 'localhost');
}

/** Serve the built admin console as `npm start` does: dist/ with web-admin/index.html, not frameable. */
export async function serveAdmin(
  dist: string,
  stack: StackEndpoints = stackEndpoints(),
): Promise<StaticServer> {
  const server = createStaticServer({
    root: dist,
    index: 'web-admin/index.html',
    config: {
      apiUrl: stack.apiUrl,
      region: 'us-east-1',
      userPoolId: stack.userPoolId,
      userPoolClientId: stack.userPoolClientId,
      cognitoEndpoint: stack.cognitoEndpoint,
    },
    headers: securityHeaders([stack.apiUrl, stack.cognitoEndpoint, stack.s3Url], false),
  });
  return listenEphemeral(server, 'localhost');
}
