/**
 * API load test (issue 6): 50 signed-in users for LOAD_DURATION_S seconds (default 60) mixing
 * reads, writes and calculations against a local stack this script starts and stops itself
 * (loopback only; bounded by the deadline and by a request cap). Then an isolated phase: 200
 * sequential /calculations/cost requests with a 100-line estimate, for the p99 ≤ 100 ms target.
 * Run standalone: node --import tsx bench/load.bench.ts   (LOAD_USERS, LOAD_DURATION_S to change)
 *
 * Checks: 0 server errors, 0 lost updates (every user's final version = 1 + the writes that were
 * acknowledged; concurrent writes with the same version: exactly one wins).
 */
import type { Estimation } from '../core';
import { loadInProcessStack } from './in-process-stack';

const USERS = Number(process.env.LOAD_USERS ?? 50);
const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 60);
const MAX_REQUESTS = 200_000;
const COST_P99_TARGET_MS = 100;

type Kind = 'read' | 'list' | 'write' | 'cost' | 'dashboard';
const samples: Record<Kind, number[]> = { read: [], list: [], write: [], cost: [], dashboard: [] };
let serverErrors = 0;
let otherErrors = 0;
let conflicts = 0;
let requests = 0;

function pct(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const { startTestStack, client } = await loadInProcessStack();
  const { sampleRequirements } = await import('../test/contracts/fixtures');
  const t0 = performance.now();
  const stack = await startTestStack();
  const startupS = (performance.now() - t0) / 1000;
  try {
    const call = async <T>(
      kind: Kind | null,
      path: string,
      opts: Parameters<typeof client.api>[1],
    ) => {
      requests++;
      const started = performance.now();
      const res = await client.api<T>(path, opts);
      if (kind) samples[kind].push(performance.now() - started);
      if (res.status >= 500) serverErrors++;
      else if (res.status === 409) conflicts++;
      else if (res.status >= 400) otherErrors++;
      return res;
    };
    const big = sampleRequirements(100);
    const users = await Promise.all(
      Array.from({ length: USERS }, (_, i) => client.createTestUser('Sales', `load${i}`)),
    );
    const deadline = Date.now() + DURATION_S * 1000;
    const results = await Promise.all(
      users.map(async (user, u) => {
        const created = await call<Estimation>(null, '/estimations', {
          method: 'POST',
          token: user.idToken,
          body: { name: `load ${u}`, requirements: sampleRequirements(4) },
        });
        const id = created.body.estimationId;
        let version = created.body.version;
        let acknowledged = 0;
        let lastReference = '';
        for (let n = 0; Date.now() < deadline && requests < MAX_REQUESTS; n++) {
          const pick = n % 10;
          if (pick < 3) {
            const r = await call<Estimation>('read', `/estimations/${id}`, { token: user.idToken });
            if (r.status === 200) version = r.body.version;
          } else if (pick === 3) {
            await call('list', '/estimations?limit=20', { token: user.idToken });
          } else if (pick === 4) {
            await call('dashboard', '/dashboard/metrics', { token: user.idToken });
          } else if (pick < 7) {
            // Two writers with the same version: exactly one may win.
            const refs = [`u${u}-n${n}-a`, `u${u}-n${n}-b`];
            const outs = await Promise.all(
              refs.map((reference) =>
                call<Estimation>('write', `/estimations/${id}`, {
                  method: 'PUT',
                  token: user.idToken,
                  body: { version, reference },
                }),
              ),
            );
            const won = outs.filter((o) => o.status === 200);
            if (won.length !== 1)
              throw new Error(`user ${u}: ${won.length} of 2 concurrent writes won`);
            acknowledged++;
            lastReference = won[0]?.body.reference ?? '';
            version = won[0]?.body.version ?? version;
          } else {
            await call('cost', '/calculations/cost', {
              method: 'POST',
              token: user.idToken,
              body: { requirements: big },
            });
          }
        }
        const final = await client.api<Estimation>(`/estimations/${id}`, { token: user.idToken });
        const lost =
          final.body.version !== 1 + acknowledged ||
          (acknowledged > 0 && final.body.reference !== lastReference);
        return { lost, acknowledged };
      }),
    );
    const lostUpdates = results.filter((r) => r.lost).length;
    const writes = results.reduce((s, r) => s + r.acknowledged, 0);
    const mixed = { ...samples };
    // Isolated phase: one user, sequential, warm.
    const solo = users[0];
    const isolated: number[] = [];
    for (let i = 0; i < 220 && solo; i++) {
      const started = performance.now();
      const res = await client.api('/calculations/cost', {
        method: 'POST',
        token: solo.idToken,
        body: { requirements: big },
      });
      if (res.status !== 200)
        throw new Error(`isolated cost: ${res.status} ${res.text.slice(0, 200)}`);
      if (i >= 20) isolated.push(performance.now() - started);
    }
    report({ startupS, mixed, isolated, lostUpdates, writes });
    const ok = serverErrors === 0 && lostUpdates === 0 && pct(isolated, 99) <= COST_P99_TARGET_MS;
    if (!ok) process.exitCode = 1;
  } finally {
    await stack.stop();
  }
}

function report(r: {
  startupS: number;
  mixed: Record<Kind, number[]>;
  isolated: number[];
  lostUpdates: number;
  writes: number;
}): void {
  const total = Object.values(r.mixed).reduce((s, v) => s + v.length, 0);
  console.log(
    `\nLoad test: ${USERS} users × ${DURATION_S} s on the local stack (started in ${r.startupS.toFixed(1)} s), ${total} timed requests, ${(total / DURATION_S).toFixed(0)} req/s\n`,
  );
  console.log('| requests | count | p50 | p99 | target | result |');
  console.log('|---|---|---|---|---|---|');
  for (const [kind, v] of Object.entries(r.mixed)) {
    console.log(
      `| ${kind} (under load) | ${v.length} | ${pct(v, 50).toFixed(1)} ms | ${pct(v, 99).toFixed(1)} ms | recorded | — |`,
    );
  }
  const p99 = pct(r.isolated, 99);
  console.log(
    `| cost, 100 lines (isolated, sequential) | ${r.isolated.length} | ${pct(r.isolated, 50).toFixed(1)} ms | ${p99.toFixed(1)} ms | p99 ≤ ${COST_P99_TARGET_MS} ms | ${p99 <= COST_P99_TARGET_MS ? 'ok' : 'MISSED'} |`,
  );
  console.log(
    `| server errors (5xx) | ${serverErrors} | | | 0 | ${serverErrors === 0 ? 'ok' : 'MISSED'} |`,
  );
  console.log(
    `| lost updates (${r.writes} acknowledged writes, ${conflicts} expected 409s) | ${r.lostUpdates} | | | 0 | ${r.lostUpdates === 0 ? 'ok' : 'MISSED'} |`,
  );
  console.log(`| other 4xx | ${otherErrors} | | | 0 | ${otherErrors === 0 ? 'ok' : 'check'} |`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
