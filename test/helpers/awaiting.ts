/**
 * Waiting in tests without a clock of our own. A test that waits for something the stack does in
 * the background (a document job, a catalog refresh, `npm start` printing Ready) waits for the
 * thing itself: jest's timeout of the test or hook is the only bound, so a loaded machine makes
 * the wait longer, never a failure. When that timeout does fire, jest says only "Exceeded
 * timeout"; so every wait started here is registered until it ends, and an `afterEach` /
 * `afterAll` registered by this module fails the test with what was awaited, the last state seen
 * and for how long — then stops the wait, so it does not run on into the next test.
 *
 * Outside jest (the benchmarks run `estate-flow.ts` with tsx) there are no hooks; the waits are
 * the same.
 */
interface Wait {
  readonly what: string;
  readonly startedAt: number;
  /** The last state seen, in words. */
  lastSeen(): string;
  stop(): void;
}

const open = new Set<Wait>();

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Fails the test (or hook) that ended while a wait was still open, naming each such wait. */
function reportOpenWaits(): void {
  if (!open.size) return;
  const now = Date.now();
  const lines = [...open].map(
    (w) => `- ${w.what}: still waiting after ${seconds(now - w.startedAt)}; ${w.lastSeen()}`,
  );
  for (const w of [...open]) w.stop();
  open.clear();
  throw new Error(`The test ended while it was still waiting:\n${lines.join('\n')}`);
}

if (typeof afterEach === 'function' && typeof afterAll === 'function') {
  afterEach(reportOpenWaits);
  afterAll(reportOpenWaits);
}

/** A promise that never settles: what a stopped wait leaves its caller (jest has moved on). */
const never = <T>(): Promise<T> => new Promise<T>(() => undefined);

/**
 * `promise`, registered as `what` until it settles; `lastSeen` describes the state so far (for
 * the failure message when the test's timeout ends the wait).
 */
export async function settled<T>(
  what: string,
  promise: Promise<T>,
  lastSeen: () => string = () => 'no answer yet',
): Promise<T> {
  let stopped = false;
  const wait: Wait = {
    what,
    startedAt: Date.now(),
    lastSeen,
    stop: () => (stopped = true),
  };
  open.add(wait);
  try {
    const value = await promise;
    return stopped ? never<T>() : value;
  } catch (err) {
    if (stopped) return never<T>();
    throw err;
  } finally {
    open.delete(wait);
  }
}

export interface PollOptions<T> {
  /** Pause between reads (not a bound). */
  readonly intervalMs?: number;
  /** A state in words, for the failure message (default: JSON). */
  readonly show?: (state: T) => string;
}

/**
 * Reads `read()` until `done(state)` holds and returns that state. No deadline of its own: the
 * test's timeout bounds it, and the failure then names `what`, the last state seen, how many
 * reads and each change of state with the second it was first seen.
 */
export async function pollUntil<T>(
  what: string,
  read: () => Promise<T>,
  done: (state: T) => boolean,
  options: PollOptions<T> = {},
): Promise<T> {
  const show = options.show ?? ((s: T) => JSON.stringify(s));
  const intervalMs = options.intervalMs ?? 100;
  const startedAt = Date.now();
  let reads = 0;
  let stopped = false;
  /** Each state shown, with the second it was first seen. */
  const changes: { shown: string; at: string }[] = [];
  const wait: Wait = {
    what,
    startedAt,
    lastSeen: () => {
      const last = changes.at(-1);
      if (!last) return 'no read has answered yet';
      const history = changes.map((c) => `${c.shown} at ${c.at}`).join(', ');
      return `last seen ${last.shown} (${reads} reads; first seen: ${history})`;
    },
    stop: () => (stopped = true),
  };
  open.add(wait);
  try {
    for (;;) {
      const state = await read();
      if (stopped) return never<T>();
      reads += 1;
      const shown = show(state);
      if (changes.at(-1)?.shown !== shown)
        changes.push({ shown, at: seconds(Date.now() - startedAt) });
      if (done(state)) return state;
      await new Promise((r) => setTimeout(r, intervalMs));
      if (stopped) return never<T>();
    }
  } catch (err) {
    if (stopped) return never<T>();
    throw err;
  } finally {
    open.delete(wait);
  }
}
