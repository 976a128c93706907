import { X509Certificate } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { certDir, DEFAULT_CERT_DIR, ensureDevCertificate } from '../../../backend/local/dev-certs';

/*
 * npm start's https certificate: office-addin-dev-certs' three files, made when absent or unusable
 * and reused otherwise (a CA the developer trusted keeps working until it expires).
 */
describe('ensureDevCertificate', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dev-certs-'));

  it('makes a CA and a localhost certificate signed by it when the folder is empty', async () => {
    const made = await ensureDevCertificate(dir);
    expect(made.generated).toBe(true);
    expect([made.caPath, made.certPath, made.keyPath].map((f) => path.basename(f))).toEqual([
      'ca.crt',
      'localhost.crt',
      'localhost.key',
    ]);
    const cert = new X509Certificate(made.cert);
    expect(cert.checkHost('localhost')).toBe('localhost');
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(cert.verify(new X509Certificate(made.ca).publicKey)).toBe(true);
    expect(made.validTo.getTime()).toBeGreaterThan(Date.now() + 25 * 86_400_000);
  }, 60_000);

  it('reuses a usable set, and makes a new one when the key no longer matches', async () => {
    const first = await ensureDevCertificate(dir);
    const again = await ensureDevCertificate(dir);
    expect(again.generated).toBe(false);
    expect(again.cert).toBe(first.cert);
    writeFileSync(first.keyPath, 'not a key');
    const remade = await ensureDevCertificate(dir);
    expect(remade.generated).toBe(true);
    expect(remade.cert).not.toBe(first.cert);
  }, 60_000);

  it('makes a new set when the certificate expires within a day', async () => {
    const current = await ensureDevCertificate(dir);
    const later = new Date(current.validTo.getTime() - 3_600_000);
    const renewed = await ensureDevCertificate(dir, later);
    expect(renewed.generated).toBe(true);
    expect(renewed.ca).not.toBe(current.ca);
  }, 60_000);

  it('lives in ~/.office-addin-dev-certs unless ADDIN_CERT_DIR says otherwise', () => {
    expect(DEFAULT_CERT_DIR).toBe(path.join(os.homedir(), '.office-addin-dev-certs'));
    expect(certDir({})).toBe(DEFAULT_CERT_DIR);
    expect(certDir({ ADDIN_CERT_DIR: dir })).toBe(dir);
  });
});
