/* `npm run validate [manifest.xml]`: the add-in manifest checked by Microsoft's validation service
 * (office-addin-manifest, as Office's own templates do), or — when that service cannot be reached —
 * offline against the Office manifest XSD (xmllint with ../shared/office-manifest-xsd). Exits 1
 * on an invalid manifest, 2 when neither check could run. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { validateManifest } from 'office-addin-manifest';

const root = path.resolve(__dirname, '../..');
const XSD = path.resolve(root, '../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd');

async function online(manifest: string): Promise<boolean | null> {
  try {
    const result = await validateManifest(manifest);
    for (const issue of result.report?.errors ?? [])
      console.error(
        `error: ${issue.title ?? ''} ${issue.content ?? ''} (line ${issue.line ?? '?'})`,
      );
    for (const issue of result.report?.warnings ?? [])
      console.warn(`warning: ${issue.title ?? ''} ${issue.content ?? ''}`);
    if (!result.isValid && result.status !== undefined && result.status >= 500) return null;
    return result.isValid;
  } catch (error) {
    console.warn(
      `Validation service not reachable (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
    );
    return null;
  }
}

function offline(manifest: string): boolean | null {
  if (!existsSync(XSD)) {
    console.error(`Offline check not possible: ${XSD} is missing.`);
    return null;
  }
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', XSD, manifest], {
      stdio: 'inherit',
    });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(
        'Offline check not possible: xmllint is not installed (apt-get install libxml2-utils).',
      );
      return null;
    }
    return false;
  }
}

async function main(): Promise<void> {
  const manifest = path.resolve(process.argv[2] ?? path.join(root, 'manifest.xml'));
  let valid = await online(manifest);
  let how = 'the Office validation service';
  if (valid === null) {
    valid = offline(manifest);
    how = 'the offline XSD (OfficeAppManifestV1_1.xsd)';
  }
  if (valid === null) process.exit(2);
  console.log(
    `${path.relative(process.cwd(), manifest)} is ${valid ? 'valid' : 'NOT valid'} (${how}).`,
  );
  process.exit(valid ? 0 : 1);
}

void main();
