import { X509Certificate, createPrivateKey } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';

/**
 * The task pane's https certificate for `npm start`, made the way Office's own tooling makes it:
 * office-addin-dev-certs' files in `~/.office-addin-dev-certs` (ca.crt, localhost.crt,
 * localhost.key; ADDIN_CERT_DIR overrides the folder). Generated when absent, expired or not for
 * localhost; never installed into a trust store here (that is `npx office-addin-dev-certs install`,
 * once, by the developer — see addin/README.md).
 */
export const DEFAULT_CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const FILES = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' } as const;
/** office-addin-dev-certs' own defaults: valid 30 days, for localhost and 127.0.0.1. */
const DAYS_VALID = 30;
const DOMAINS = ['127.0.0.1', 'localhost'];
const DAY_MS = 86_400_000;

export interface DevCertificate {
  readonly dir: string;
  readonly caPath: string;
  readonly certPath: string;
  readonly keyPath: string;
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
  readonly validTo: Date;
  /** True when this call made new files (a CA installed before no longer matches them). */
  readonly generated: boolean;
}

export function certDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ADDIN_CERT_DIR ? path.resolve(env.ADDIN_CERT_DIR) : DEFAULT_CERT_DIR;
}

/** The certificate in `dir`, generated first when it is missing or unusable. */
export async function ensureDevCertificate(
  dir: string = certDir(),
  now: Date = new Date(),
): Promise<DevCertificate> {
  const paths = {
    caPath: path.join(dir, FILES.ca),
    certPath: path.join(dir, FILES.cert),
    keyPath: path.join(dir, FILES.key),
  };
  if (usable(paths, now)) return read(dir, paths, false);
  // generateCertificates writes nothing when ca.crt exists: clear the set (only these three files).
  for (const file of Object.values(paths)) rmSync(file, { force: true });
  try {
    await generateCertificates(paths.caPath, paths.certPath, paths.keyPath, DAYS_VALID, DOMAINS);
  } catch (err) {
    throw new Error(
      `Could not create the task pane's https certificate in ${dir}: ${err instanceof Error ? err.message : String(err)}. ` +
        'Check that the folder is writable, or point ADDIN_CERT_DIR at another one.',
    );
  }
  return read(dir, paths, true);
}

interface CertPaths {
  readonly caPath: string;
  readonly certPath: string;
  readonly keyPath: string;
}

/** All three files present, the certificate for localhost, signed by the CA, matching the key, valid one more day. */
function usable(p: CertPaths, now: Date): boolean {
  if (![p.caPath, p.certPath, p.keyPath].every((f) => existsSync(f))) return false;
  try {
    const ca = new X509Certificate(readFileSync(p.caPath));
    const cert = new X509Certificate(readFileSync(p.certPath));
    const key = createPrivateKey(readFileSync(p.keyPath));
    return (
      cert.checkHost('localhost') !== undefined &&
      cert.verify(ca.publicKey) &&
      cert.checkPrivateKey(key) &&
      new Date(cert.validTo).getTime() > now.getTime() + DAY_MS &&
      new Date(ca.validTo).getTime() > now.getTime() + DAY_MS
    );
  } catch {
    return false; // unreadable or not PEM: made again
  }
}

function read(dir: string, p: CertPaths, generated: boolean): DevCertificate {
  const cert = readFileSync(p.certPath, 'utf8');
  return {
    dir,
    ...p,
    ca: readFileSync(p.caPath, 'utf8'),
    cert,
    key: readFileSync(p.keyPath, 'utf8'),
    validTo: new Date(new X509Certificate(cert).validTo),
    generated,
  };
}
