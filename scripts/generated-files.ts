/**
 * Where generators (the workbook corpus, the examples) put what they make. Tracked files change
 * only when asked: with `--record` the files go to their tracked folder; without it they go to a
 * git-ignored folder under test-artifacts/ and the run says which tracked files they differ from.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

export interface GeneratedTarget {
  /** The tracked folder, e.g. test/fixtures/workbooks (relative to the repository root). */
  readonly tracked: string;
  /** The git-ignored folder a run without --record writes to, e.g. test-artifacts/workbooks. */
  readonly scratch: string;
  /** Tracked files in the folder that the generator does not make (left alone, not "stale"). */
  readonly keep?: readonly string[];
}

export interface GeneratedReport {
  readonly outDir: string;
  readonly changed: readonly string[];
  readonly stale: readonly string[];
}

/** Writes `files` to the tracked folder (`record`) or the scratch folder, and compares. */
export function writeGenerated(
  files: Readonly<Record<string, Buffer>>,
  target: GeneratedTarget,
  record: boolean,
): GeneratedReport {
  const tracked = path.join(ROOT, target.tracked);
  const outDir = path.join(ROOT, record ? target.tracked : target.scratch);
  if (!record) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const changed = Object.keys(files).filter((name) => {
    const committed = path.join(tracked, name);
    return !existsSync(committed) || !readFileSync(committed).equals(files[name]!);
  });
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
    writeFileSync(path.join(outDir, name), data);
  }
  const keep = new Set([...(target.keep ?? []), ...Object.keys(files)]);
  const stale = existsSync(tracked) ? readdirSync(tracked).filter((f) => !keep.has(f)) : [];
  return { outDir: path.relative(ROOT, outDir), changed, stale };
}

/** The lines a generator prints about its run. */
export function describeRun(
  report: GeneratedReport,
  target: GeneratedTarget,
  record: boolean,
  count: number,
): string[] {
  const lines = [`wrote ${count} files to ${report.outDir}`];
  if (record)
    lines.push(
      report.changed.length
        ? `recorded: ${report.changed.length} changed (${report.changed.join(', ')})`
        : 'recorded: no file changed',
    );
  else if (report.changed.length)
    lines.push(
      `${report.changed.length} differ from ${target.tracked} (${report.changed.join(', ')}): ` +
        'run again with --record to update the tracked files',
    );
  else lines.push(`identical to ${target.tracked}; nothing to record`);
  if (report.stale.length)
    lines.push(`in ${target.tracked} but not generated: ${report.stale.join(', ')}`);
  return lines;
}

/** A generator's command line: `--record` writes the tracked folder; a failure sets exit code 1. */
export function runGenerator(
  target: GeneratedTarget,
  generate: () => Promise<Record<string, Buffer>>,
  args: readonly string[],
): void {
  const run = async (): Promise<void> => {
    const record = args.includes('--record');
    const files = await generate();
    const report = writeGenerated(files, target, record);
    for (const line of describeRun(report, target, record, Object.keys(files).length))
      console.log(line);
  };
  run().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
