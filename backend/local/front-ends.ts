import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { DevCertificate } from './dev-certs';
import { createStaticServer, securityHeaders } from './static-server';

/** The origin manifest.xml names for the task pane (webpack.config.js's dev URL). */
export const MANIFEST_DEV_ORIGIN = 'https://localhost:3000';

export interface FrontEndOptions {
  /** dist/ as `npm run build` leaves it. */
  readonly dist: string;
  /** manifest.xml at the repository root (its URLs name MANIFEST_DEV_ORIGIN). */
  readonly manifestSource: string;
  /** Where the manifest for this run is written (`<data folder>/manifest.xml`). */
  readonly manifestOut: string;
  readonly ports: { readonly addin: number; readonly admin: number };
  readonly certificate: DevCertificate;
  /** config.json of both pages: where the API and the user pool are. */
  readonly config: Record<string, string>;
  /** Origins the pages may call (API, Cognito, S3). */
  readonly connect: readonly string[];
}

export interface RunningFrontEnds {
  readonly addinOrigin: string;
  readonly adminOrigin: string;
  readonly manifestPath: string;
  readonly servers: readonly Server[];
}

/**
 * Manifest text for a task pane served at `origin`: every URL of the dev origin (source locations,
 * icons, functions, AppDomain) moved to it, so what is sideloaded is what is served.
 */
export function manifestFor(source: string, origin: string): string {
  return source.split(MANIFEST_DEV_ORIGIN).join(origin);
}

/**
 * The task pane and the admin console over https with the local certificate (Office loads add-ins
 * only over https; the console shares the host, and the pages' Strict-Transport-Security header
 * would upgrade an http console on localhost anyway). The task pane also serves `/manifest.xml`
 * with its own URLs, and that manifest is written to `manifestOut` for sideloading.
 */
export async function serveFrontEnds(opts: FrontEndOptions): Promise<RunningFrontEnds> {
  const tls = { cert: opts.certificate.cert, key: opts.certificate.key };
  let manifest = '';
  const addin = createStaticServer({
    root: opts.dist,
    index: 'taskpane.html',
    config: opts.config,
    headers: securityHeaders(opts.connect, true),
    tls,
    manifest: () => manifest,
  });
  // webpack emits the admin console's chunks beside the task pane's, at the root of dist/.
  const admin = createStaticServer({
    root: opts.dist,
    index: 'web-admin/index.html',
    config: opts.config,
    headers: securityHeaders(opts.connect, false),
    tls,
  });
  const servers: Server[] = [];
  try {
    const addinPort = await listen(addin, opts.ports.addin);
    servers.push(addin);
    const adminPort = await listen(admin, opts.ports.admin);
    servers.push(admin);
    const addinOrigin = `https://localhost:${addinPort}`;
    manifest = manifestFor(readFileSync(opts.manifestSource, 'utf8'), addinOrigin);
    writeFileSync(opts.manifestOut, manifest);
    return {
      addinOrigin,
      adminOrigin: `https://localhost:${adminPort}`,
      manifestPath: path.resolve(opts.manifestOut),
      servers,
    };
  } catch (err) {
    await Promise.all(servers.map(closeServer));
    throw err;
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
