// A jest reporter (next to the default one) that lists, after the run, every skipped test grouped
// by the reason in its title ("… [skipped: needs …]", put there by test/helpers/needs.ts).
// A test skipped without a reason (a bare `.skip`) fails the run: skips must say why.
const REASON = /\[skipped: (.*)\]$/;

class SkipReporter {
  constructor() {
    this.error = undefined;
  }

  onRunComplete(_contexts, results) {
    const byReason = new Map();
    const unexplained = [];
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (test.status !== 'pending' && test.status !== 'skipped') continue;
        const reason = [...test.ancestorTitles, test.title]
          .map((t) => REASON.exec(t)?.[1])
          .find(Boolean);
        if (!reason) {
          unexplained.push(`${file.testFilePath}: ${test.fullName}`);
          continue;
        }
        byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
      }
    }
    const total = [...byReason.values()].reduce((a, b) => a + b, 0) + unexplained.length;
    if (total === 0) return;
    const lines = [`\nSkipped tests: ${total}`];
    for (const [reason, count] of [...byReason].sort((a, b) => b[1] - a[1]))
      lines.push(`  ${String(count).padStart(4)}  ${reason}`);
    for (const name of unexplained) lines.push(`  skipped without a reason: ${name}`);
    process.stderr.write(`${lines.join('\n')}\n`);
    if (unexplained.length)
      this.error = new Error(
        `${unexplained.length} test(s) skipped without a reason: use describeIf/itIf from test/helpers/needs.ts`,
      );
  }

  getLastError() {
    return this.error;
  }
}

module.exports = SkipReporter;
