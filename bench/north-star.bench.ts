/**
 * North-star benchmark (issue 13): generated RVTools exports of 1,000 and 10,000 VMs (powered-off
 * VMs and templates, Windows and Linux guests, 1–64 vCPUs, 1–4 disks each) go through the local
 * stack's API the way the add-in drives it — presigned upload → validate → process → cost →
 * compare 3 scenarios (On-Demand, Compute Savings Plan, Graviton) → save with result and
 * comparison → reopen → re-price the saved estimate (stored, downloaded) → PDF and DOCX generated
 * and downloaded (test/helpers/estate-flow.ts).
 *
 * Targets on this 2-core machine: 1,000 VMs ≤ 20 s and 10,000 VMs ≤ 60 s end to end; no API
 * response over Lambda's 6 MB (the local adapter would answer 502). The stack runs in this
 * process (every Lambda handler and the client share one event loop and one heap), so peak RSS
 * is the whole of it; DynamoDB Local and s3rver are child processes, not counted.
 *
 * Run standalone: node --import tsx bench/north-star.bench.ts [vms…]   (default 1000 10000)
 */
import { cpus, loadavg } from 'node:os';
import { LAMBDA_MAX_RESPONSE_BYTES } from '../core';
import type { EstateFlowResult } from '../test/helpers/estate-flow';
import { loadInProcessStack } from './in-process-stack';

const TARGETS_S: Readonly<Record<number, number>> = { 1000: 20, 10000: 60 };
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);

async function main(): Promise<void> {
  const { startTestStack, client } = await loadInProcessStack();
  const { runEstateFlow } = await import('../test/helpers/estate-flow');
  const { rvtoolsEstate } = await import('../scripts/rvtools-estate');
  const sizes = SIZES.length ? SIZES : [1000, 10000];
  const load = [loadavg()];
  const estates = [];
  for (const vms of sizes) {
    const t0 = performance.now();
    const estate = await rvtoolsEstate({ vms, seed: 13 });
    estates.push({ vms, ...estate, generateS: (performance.now() - t0) / 1000 });
  }
  const stack = await startTestStack();
  let ok = true;
  try {
    const user = await client.createTestUser('Sales', 'northstar');
    // Warm-up: the first request of each function loads its handler and the catalog (a cold start).
    const warm = await rvtoolsEstate({ vms: 50, seed: 1 });
    const cold = await runEstateFlow(user, warm.workbook, 'warm-up');
    console.log(
      `\nWarm-up (50 VMs, every function's first request): ${(cold.totalMs / 1000).toFixed(1)} s\n`,
    );
    for (const estate of estates) {
      load.push(loadavg());
      const cpu = process.cpuUsage();
      const flow = await runEstateFlow(user, estate.workbook, `${estate.vms} VMs`);
      const used = process.cpuUsage(cpu);
      load.push(loadavg());
      ok = report(estate, flow, (used.user + used.system) / 1e6) && ok;
    }
  } finally {
    await stack.stop();
  }
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `Peak RSS of this process (local API with every handler + client): ${peak.toFixed(0)} MB. ` +
      `Load average (1 min) at the start and around each run: ${load.map((l) => l[0]?.toFixed(1)).join(' → ')} on ${cpus().length} CPUs — the machine is shared, wall times grow with it.`,
  );
  if (!ok) process.exitCode = 1;
}

function report(
  estate: {
    vms: number;
    workbook: Uint8Array;
    counts: { poweredOn: number; poweredOff: number; templates: number; disks: number };
    generateS: number;
  },
  flow: EstateFlowResult,
  cpuS: number,
): boolean {
  const target = TARGETS_S[estate.vms];
  const totalS = flow.totalMs / 1000;
  const largest = Math.max(...flow.steps.map((s) => s.responseBytes));
  const same = JSON.stringify(flow.reopened.result?.totals) === JSON.stringify(flow.saved.totals);
  const c = estate.counts;
  console.log(
    `\n### ${estate.vms.toLocaleString('en-US')} VMs — ${c.poweredOn.toLocaleString('en-US')} powered on, ${c.poweredOff} off, ${c.templates} templates, ${c.disks.toLocaleString('en-US')} disks; ` +
      `${(estate.workbook.byteLength / 1024).toFixed(0)} KiB workbook (generated in ${estate.generateS.toFixed(1)} s, not timed); ${flow.requirementItems.toLocaleString('en-US')} requirement lines\n`,
  );
  console.log('| step | time | API response | downloaded | note |');
  console.log('|---|---:|---:|---:|---|');
  for (const s of flow.steps)
    console.log(
      `| ${s.step} | ${(s.ms / 1000).toFixed(2)} s | ${size(s.responseBytes)} | ${s.downloadedBytes ? size(s.downloadedBytes) : '—'} | ${s.note} |`,
    );
  const met = target === undefined || totalS <= target;
  console.log(
    `| **end to end** | **${totalS.toFixed(1)} s** | largest ${size(largest)} | | target ${target ? `≤ ${target} s` : 'none'}: ${met ? 'met' : 'MISSED'} |`,
  );
  console.log(
    `\nCPU time of this process during the flow (API handlers, s3rver and client; not DynamoDB Local or cognito-local): ${cpuS.toFixed(1)} s — ` +
      `what a quiet 2-core machine needs at least ${(cpuS / 2).toFixed(1)} s of wall time for, and one core ${cpuS.toFixed(1)} s.`,
  );
  console.log(
    `\nReopened with the same totals: ${same ? 'yes' : 'NO'} (monthly ${flow.saved.totals.monthly} ${flow.saved.currency}). ` +
      `Largest API response ${size(largest)} (limit ${size(LAMBDA_MAX_RESPONSE_BYTES)}): ${largest <= LAMBDA_MAX_RESPONSE_BYTES ? 'ok' : 'OVER'}. ` +
      `PDF ${size(flow.pdf.byteLength)}, DOCX ${size(flow.docx.byteLength)}.`,
  );
  return met && same && largest <= LAMBDA_MAX_RESPONSE_BYTES;
}

function size(bytes: number): string {
  if (bytes >= 1_048_576) return `${(bytes / 1_048_576).toFixed(1)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
