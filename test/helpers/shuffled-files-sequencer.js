// Runs the test files in an order shuffled by jest's seed, to find files that depend on another
// file's leftovers (`--randomize` shuffles the tests inside each file only). The seed jest prints
// with `--randomize` or takes from `--seed N` picks the order, so a failing order can be replayed:
//   npx jest --selectProjects integration security --randomize \
//     --testSequencer ./test/helpers/shuffled-files-sequencer.js [--seed N]
// Not used by `npm test` (CI keeps jest's own order).
const path = require('node:path');
const { default: Sequencer } = require('@jest/test-sequencer');

/** mulberry32: a small seeded generator, enough to shuffle a list reproducibly. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class ShuffledFilesSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.seed = options.globalConfig.seed;
  }

  sort(tests) {
    const random = generator(this.seed);
    const out = [...tests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    console.log(`Test files in the order of seed ${this.seed}:`);
    for (const t of out) console.log(`  ${path.relative(process.cwd(), t.path)}`);
    return out;
  }
}

module.exports = ShuffledFilesSequencer;
