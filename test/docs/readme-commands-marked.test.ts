import { NOT_RUN } from '../helpers/readme-allow-list';
import type { FencedBlock } from '../helpers/readme-blocks';
import {
  isOutput,
  isRunnable,
  isShell,
  markdownFiles,
  parseFencedBlocks,
  readmeBlocks,
  runnableSteps,
} from '../helpers/readme-blocks';
import { normaliseOutput, outputMismatch } from '../helpers/readme-output';

const where = (b: FencedBlock): string => `${b.file}:${b.line}`;

describe('fenced blocks', () => {
  it('reads language, flags, text and line numbers; keeps indented and tilde fences', () => {
    const md = [
      '# T', // 1
      '```bash runnable', // 2
      'echo one', // 3
      '```', // 4
      '```text output', // 5
      'one', // 6
      '```', // 7
      '- item', // 8
      '  ~~~sh', // 9
      '  ls', // 10
      '  ~~~', // 11
      '````', // 12
      '```', // 13
      '````', // 14
    ].join('\n');
    const blocks = parseFencedBlocks('x.md', md);
    expect(blocks.map((b) => [b.line, b.language, b.flags, b.text, b.contentLines])).toEqual([
      [2, 'bash', ['runnable'], 'echo one', [3, 3]],
      [5, 'text', ['output'], 'one', [6, 6]],
      [9, 'sh', [], 'ls', [10, 10]],
      [12, '', [], '```', [13, 13]],
    ]);
    expect(runnableSteps(blocks).map((s) => [s.block.line, s.output?.line])).toEqual([[2, 5]]);
  });

  it('refuses an unclosed fence, naming the file and line', () => {
    expect(() => parseFencedBlocks('y.md', 'a\n```bash\necho')).toThrow(
      'y.md:2: code fence is never closed',
    );
  });
});

describe('output comparison', () => {
  it("drops npm's banner and trailing spaces; `…` matches any text", () => {
    const printed = '\n> pkg@1.0.0 estimate\n> node x.ts a.json\n\nTotal: $5.00   \nid 8f3a\n\n';
    expect(normaliseOutput(printed)).toBe('Total: $5.00\nid 8f3a');
    expect(outputMismatch('Total: $5.00\nid …', printed)).toBeNull();
    expect(outputMismatch('Total: $6.00\nid …', printed)).toEqual({
      line: 1,
      expected: 'Total: $6.00',
      actual: 'Total: $5.00',
    });
    expect(outputMismatch('Total: $5.00', printed)).toEqual({
      line: 2,
      expected: '(end of output)',
      actual: 'id 8f3a',
    });
  });
});

describe('commands in the Markdown files', () => {
  const files = markdownFiles();
  const blocks = files.flatMap(readmeBlocks);
  const shell = blocks.filter(isShell);

  it('finds the READMEs', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'test/README.md']));
  });

  it('marks every shell block `runnable`, or lists it in test/helpers/readme-allow-list.ts with a reason', () => {
    const unmarked = shell
      .filter((b) => !isRunnable(b))
      .filter((b) => !NOT_RUN.some((n) => n.file === b.file && b.text.includes(n.contains)))
      .map(where);
    expect(unmarked).toEqual([]);
  });

  it('has no allow-list entry that matches no block, or more than one, or a runnable one', () => {
    const bad = NOT_RUN.filter((n) => {
      const matches = shell.filter((b) => b.file === n.file && b.text.includes(n.contains));
      return matches.length !== 1 || matches.some(isRunnable) || n.reason.trim() === '';
    }).map((n) => `${n.file}: ${n.contains}`);
    expect(bad).toEqual([]);
  });

  it('puts every `output` block right after a runnable block', () => {
    const stray = blocks
      .filter(
        (b, i) =>
          isOutput(b) && !(i > 0 && isRunnable(blocks[i - 1]!) && blocks[i - 1]!.file === b.file),
      )
      .map(where);
    expect(stray).toEqual([]);
  });

  it('has runnable commands to run (the quick start among them)', () => {
    expect(shell.filter((b) => b.file === 'README.md' && isRunnable(b)).length).toBeGreaterThan(0);
  });
});
