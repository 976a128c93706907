import { z } from 'zod';

/**
 * Documented upper bounds of every numeric input (DECISIONS.md, "Input bounds"). They sit far
 * above any real estate — the largest customer estates are ~10,000 VMs and petabytes of storage —
 * and keep every total a number of at most ~20 digits: `quantity: 1e308` used to produce a
 * 309-digit total.
 */
export const BOUNDS = {
  /** Instances, volumes, nodes, zones… of one requirement line. */
  quantity: 1_000_000,
  /** Any per-month amount: GB, requests, millions of requests, capacity units, ms, credits. */
  amount: 1_000_000_000_000,
  /** Sizing of one instance (the largest EC2 instances have 896 vCPU and 32 TiB). */
  vcpu: 4_096,
  memoryGib: 65_536,
  /** Characters of a decimal string in a posted estimate (`"119.14"`). */
  decimalChars: 60,
} as const;

const n = (v: number) => v.toLocaleString('en-US');

/** A non-negative finite amount (GB, requests…), at most BOUNDS.amount. */
export const amount = z
  .number()
  .finite()
  .nonnegative()
  .max(BOUNDS.amount, `must be at most ${n(BOUNDS.amount)}`);

/** A whole count (instances, nodes, alarms…), at most BOUNDS.quantity. */
export const wholeCount = z
  .number()
  .int()
  .nonnegative()
  .max(BOUNDS.quantity, `must be at most ${n(BOUNDS.quantity)}`);

/** How many of a requirement line: non-negative, at most BOUNDS.quantity. */
export const quantity = z
  .number()
  .finite()
  .nonnegative()
  .max(BOUNDS.quantity, `must be at most ${n(BOUNDS.quantity)}`);

export const vcpu = z
  .number()
  .positive()
  .max(BOUNDS.vcpu, `must be at most ${n(BOUNDS.vcpu)}`);
export const memoryGib = z
  .number()
  .positive()
  .max(BOUNDS.memoryGib, `must be at most ${n(BOUNDS.memoryGib)}`);
