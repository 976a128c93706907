import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Fenced code blocks of the repository's Markdown files, for the README-commands tests
 * (test/README.md, "Commands in READMEs"). Markers are words of the info string:
 *
 *   ```bash runnable     executed by test/integration/readme-commands.test.ts
 *   ```text output       right after a runnable block: what it prints (compared)
 *
 * Any other shell block (bash, sh, shell, console, zsh) must be in readme-allow-list.ts.
 */
export const ROOT = path.resolve(__dirname, '../..');

export const SHELL_LANGUAGES = ['bash', 'sh', 'shell', 'console', 'zsh'] as const;

export interface FencedBlock {
  /** Markdown file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly language: string;
  /** Info-string words after the language, e.g. ['runnable']. */
  readonly flags: readonly string[];
  /** The block's text, the fence's indentation removed, ending without a newline. */
  readonly text: string;
  /** 1-based lines of the first and last content line (first > last when empty). */
  readonly contentLines: readonly [number, number];
}

const OPEN = /^( {0,3})(`{3,}|~{3,})\s*([^`]*)$/;

/** The fenced blocks of one Markdown text, in order. An unclosed fence is an error. */
export function parseFencedBlocks(file: string, markdown: string): FencedBlock[] {
  const lines = markdown.split('\n');
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open as unknown as [string, string, string, string];
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j]!)) j++;
    if (j >= lines.length) throw new Error(`${file}:${i + 1}: code fence is never closed`);
    const [language = '', ...flags] = info.trim().split(/\s+/).filter(Boolean);
    const body = lines
      .slice(i + 1, j)
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
    blocks.push({
      file,
      line: i + 1,
      language: language.toLowerCase(),
      flags,
      text: body.join('\n'),
      contentLines: [i + 2, j],
    });
    i = j;
  }
  return blocks;
}

/** Markdown files of the repository (tracked or new, not ignored), relative paths, sorted. */
export function markdownFiles(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.md'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return [...new Set(out.split('\n').filter(Boolean))].sort();
}

export function readmeBlocks(file: string): FencedBlock[] {
  return parseFencedBlocks(file, readFileSync(path.join(ROOT, file), 'utf8'));
}

export const isShell = (b: FencedBlock): boolean =>
  (SHELL_LANGUAGES as readonly string[]).includes(b.language);
export const isRunnable = (b: FencedBlock): boolean => isShell(b) && b.flags.includes('runnable');
export const isOutput = (b: FencedBlock): boolean => b.flags.includes('output');

/** A runnable block and, when the next block is its `output`, that block. */
export interface RunnableStep {
  readonly block: FencedBlock;
  readonly output?: FencedBlock;
}

export function runnableSteps(blocks: readonly FencedBlock[]): RunnableStep[] {
  const steps: RunnableStep[] = [];
  blocks.forEach((b, i) => {
    if (!isRunnable(b)) return;
    const next = blocks[i + 1];
    steps.push(next && isOutput(next) ? { block: b, output: next } : { block: b });
  });
  return steps;
}
