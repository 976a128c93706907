import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { plan } from '../../../backend/local/desktop';
import { describeIf } from '../../helpers/needs';

/*
 * npm run start:desktop / npm run stop: office-addin-debugging with npm start as its dev server on
 * Windows and macOS; on any other machine (this one: no Excel) a short message, exit 1 for start and
 * 0 for stop, never a stack trace.
 */
const root = path.resolve(__dirname, '../../..');
const manifest = '/data/manifest.xml';

describe('plan', () => {
  it('on Windows and macOS runs office-addin-debugging with npm start on ADDIN_PORT', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      expect(plan('start', platform, { ADDIN_PORT: '41010' }, manifest)).toEqual({
        exitCode: 0,
        args: [
          'start',
          manifest,
          'desktop',
          '--app',
          'excel',
          '--dev-server',
          'npm start',
          '--dev-server-port',
          '41010',
        ],
      });
      expect(plan('start', platform, {}, manifest).args).toContain('3000');
      expect(plan('stop', platform, {}, manifest)).toEqual({
        exitCode: 0,
        args: ['stop', manifest],
      });
    }
  });

  it('elsewhere: start refuses with the reason and the way that works, stop has nothing to do', () => {
    const start = plan('start', 'linux', {}, manifest);
    expect(start.exitCode).toBe(1);
    expect(start.args).toBeUndefined();
    expect(start.message).toMatch(/Windows and macOS; this machine is linux/);
    expect(start.message).toContain(`sideload ${manifest} into Excel on the web`);
    const stop = plan('stop', 'linux', {}, manifest);
    expect(stop).toEqual({ exitCode: 0, message: expect.stringMatching(/nothing to stop/) });
  });
});

// On Windows or macOS these commands would really sideload into Excel: checked by hand there.
const noDesktopExcel = {
  met: process.platform !== 'win32' && process.platform !== 'darwin',
  reason: `on ${process.platform} npm run start:desktop really sideloads into Excel`,
};

describeIf(noDesktopExcel, 'the npm scripts on this machine (no desktop Excel)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'desktop-'));
  const run = (script: string) =>
    spawnSync('npm', ['run', '--silent', script], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, LOCAL_DATA_DIR: dataDir, ADDIN_PORT: '41011' },
      timeout: 60_000,
    });

  it('npm run start:desktop fails with one clear line, no stack trace', () => {
    const result = run('start:desktop');
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm run start:desktop sideloads the add-in into desktop Excel/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // the manifest it points at exists and names the port the task pane would be served on
    const written = path.join(dataDir, 'manifest.xml');
    expect(lines[0]).toContain(written);
    expect(readFileSync(written, 'utf8')).toContain('https://localhost:41011/taskpane.html');
    expect(readFileSync(written, 'utf8')).not.toContain('localhost:3000');
  });

  it('npm run stop exits 0 and says there is nothing to stop', () => {
    const result = run('stop');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^npm run stop: nothing to stop/);
    expect(result.stderr).toBe('');
    expect(existsSync(path.join(dataDir, 'manifest.xml'))).toBe(true);
  });
});
