/**
 * Facts of whole EC2 instance families, for the records no feed row describes (ec2-specs.ts). Each
 * rule holds for every type it covers in AWS's 2025-04-04 Linux feeds (their vCPU, Memory and
 * Instance Family columns, and which file — current or previous generation — lists the type:
 * test/core/catalog/ec2-specs.test.ts) and in the 2026-05 Price List copy of DECISIONS 84/86
 * (vcpu_count, memory_gib: all 738 sized new types agreed when the rules were written); a family
 * whose sizes follow no one rule (accelerated, HPC, high memory) gets none.
 */

const families = (ratio: number, names: readonly string[]): [string, number][] =>
  names.map((f) => [f, ratio]);

/** GiB of memory per vCPU in families where the ratio is fixed for every size. */
export const MEMORY_PER_VCPU: Readonly<Record<string, number>> = Object.fromEntries([
  ...families(2, ['a1', 'c5', 'c5a', 'c5ad', 'c5d', 'c6a', 'c6g', 'c6gd', 'c6gn', 'c6i', 'c6id']),
  ...families(2, ['c6in', 'c7a', 'c7g', 'c7gd', 'c7gn', 'c7i', 'c7i-flex', 'c8a', 'c8g', 'c8gb']),
  ...families(2, ['c8gd', 'c8gn', 'c8i', 'c8i-flex', 'c8ib', 'c8id', 'c8in', 'c8ine']),
  ...families(4, ['m5', 'm5a', 'm5ad', 'm5d', 'm5dn', 'm5n', 'm5zn', 'm6a', 'm6g', 'm6gd', 'm6i']),
  ...families(4, ['m6id', 'm6idn', 'm6in', 'm7a', 'm7g', 'm7gd', 'm7i', 'm7i-flex', 'm8a']),
  ...families(4, ['m8azn', 'm8g', 'm8gb', 'm8gd', 'm8gn', 'm8i', 'm8i-flex', 'm8ib', 'm8id']),
  ...families(4, ['m8idb', 'm8idn', 'm8in', 'm8ine', 'd3en', 'im4gn']),
  ...families(8, ['r5', 'r5a', 'r5ad', 'r5b', 'r5d', 'r5dn', 'r5n', 'r6a', 'r6g', 'r6gd', 'r6i']),
  ...families(8, ['r6id', 'r6idn', 'r6in', 'r7a', 'r7g', 'r7gd', 'r7i', 'r7iz', 'r8a', 'r8g']),
  ...families(8, ['r8gb', 'r8gd', 'r8gn', 'r8i', 'r8i-flex', 'r8ib', 'r8id', 'r8idb', 'r8idn']),
  ...families(8, ['r8in', 'z1d', 'i3en', 'i4i', 'i4g', 'i7i', 'i7ie', 'i8g', 'i8ge', 'd3']),
  ['is4gen', 6],
  ...families(16, ['x2gd', 'x2idn', 'x8g', 'x8i']),
  ...families(32, ['x2iedn', 'x2iezn', 'x8aedz']),
]);

/**
 * vCPUs of a family's `.metal` size (the whole host: the vCPUs of its largest virtualised size),
 * for families of MEMORY_PER_VCPU. Sizes `metal-24xl`, `metal-48xl`, … have the vCPUs of the
 * `24xlarge`, `48xlarge` size their name gives.
 */
export const METAL_VCPU: Readonly<Record<string, number>> = {
  a1: 16,
  ...Object.fromEntries(['m5zn', 'x2iezn', 'z1d'].map((f): [string, number] => [f, 48])),
  ...Object.fromEntries(
    ['c6g', 'c6gd', 'c6gn', 'c7g', 'c7gd', 'c7gn', 'm6g', 'm6gd', 'm7g', 'm7gd']
      .concat(['r6g', 'r6gd', 'r7g', 'r7gd', 'x2gd'])
      .map((f): [string, number] => [f, 64]),
  ),
  ...Object.fromEntries(
    ['c5', 'c5d', 'i3en', 'm5', 'm5d', 'm5dn', 'm5n', 'r5', 'r5b', 'r5d', 'r5dn', 'r5n'].map(
      (f): [string, number] => [f, 96],
    ),
  ),
  ...Object.fromEntries(
    ['c6i', 'c6id', 'c6in', 'i4i', 'm6i', 'm6id', 'm6idn', 'm6in', 'r6i', 'r6id', 'r6idn']
      .concat(['r6in', 'x2idn', 'x2iedn'])
      .map((f): [string, number] => [f, 128]),
  ),
  ...Object.fromEntries(['c6a', 'm6a', 'r6a'].map((f): [string, number] => [f, 192])),
};

/** Burstable families: [vCPU, GiB] per size, from the EC2 instance type pages. */
export const BURSTABLE: Readonly<
  Record<string, Readonly<Record<string, readonly [number, number]>>>
> = {
  t2: {
    nano: [1, 0.5],
    micro: [1, 1],
    small: [1, 2],
    medium: [2, 4],
    large: [2, 8],
    xlarge: [4, 16],
    '2xlarge': [8, 32],
  },
  t3: {
    nano: [2, 0.5],
    micro: [2, 1],
    small: [2, 2],
    medium: [2, 4],
    large: [2, 8],
    xlarge: [4, 16],
    '2xlarge': [8, 32],
  },
};

const processor = (name: string, names: readonly string[]): [string, string][] =>
  names.map((f) => [f, name]);

export const GRAVITON: Readonly<Record<string, string>> = Object.fromEntries([
  ['a1', 'AWS Graviton Processor'],
  ...processor('AWS Graviton2 Processor', ['c6g', 'c6gd', 'c6gn', 'm6g', 'm6gd', 'r6g', 'r6gd']),
  ...processor('AWS Graviton2 Processor', ['t4g', 'x2gd', 'im4gn', 'is4gen', 'i4g', 'g5g']),
  ...processor('AWS Graviton3 Processor', ['c7g', 'c7gd', 'm7g', 'm7gd', 'r7g', 'r7gd']),
  ...processor('AWS Graviton4 Processor', ['c8g', 'c8gb', 'c8gd', 'c8gn', 'm8g', 'm8gb', 'm8gd']),
  ...processor('AWS Graviton4 Processor', ['m8gn', 'r8g', 'r8gb', 'r8gd', 'r8gn', 'x8g', 'i8g']),
  ...processor('AWS Graviton4 Processor', ['i8ge']),
]);

/**
 * Families AWS lists as previous generation: its 2025-04-04 `previousgen-ondemand` feeds (a1, c1,
 * c3, cr1, d2, g2, i2, m1, m2, m3, r3, t1) and the older ones the Price List still names (cc2, hi1,
 * hs1). Every other family is current generation, as in AWS's current-generation feeds.
 */
export const PREVIOUS_GENERATION: ReadonlySet<string> = new Set([
  'a1',
  'c1',
  'c3',
  'cc2',
  'cr1',
  'd2',
  'g2',
  'hi1',
  'hs1',
  'i2',
  'm1',
  'm2',
  'm3',
  'r3',
  't1',
]);
