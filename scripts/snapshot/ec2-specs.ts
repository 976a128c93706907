/**
 * Instance specs for sizing ("cheapest type with at least N vCPU and M GiB"), from rules that hold
 * for whole families and are certain, or from the RDS reference (a `db.` class has the specs of
 * the EC2 type of the same name). A type no rule covers gets no specs: it stays priceable by name.
 */

/** GiB of memory per vCPU in families where the ratio is fixed for every size. */
const MEMORY_PER_VCPU: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    [
      'c5',
      'c5a',
      'c5ad',
      'c5d',
      'c6a',
      'c6g',
      'c6gd',
      'c6gn',
      'c6i',
      'c6id',
      'c6in',
      'c7a',
      'c7g',
      'c7gd',
    ]
      .concat(['c7gn', 'c7i', 'c7i-flex', 'c8g', 'c8gd', 'c8gn', 'c8a', 'c8i', 'c8i-flex', 'a1'])
      .map((f) => [f, 2]),
  ),
  ...Object.fromEntries(
    [
      'm5',
      'm5a',
      'm5ad',
      'm5d',
      'm5dn',
      'm5n',
      'm5zn',
      'm6a',
      'm6g',
      'm6gd',
      'm6i',
      'm6id',
      'm6idn',
      'm6in',
    ]
      .concat([
        'm7a',
        'm7g',
        'm7gd',
        'm7i',
        'm7i-flex',
        'm8g',
        'm8gd',
        'm8a',
        'm8i',
        'm8i-flex',
        'd3en',
        'im4gn',
      ])
      .map((f) => [f, 4]),
  ),
  ...Object.fromEntries(
    [
      'r5',
      'r5a',
      'r5ad',
      'r5b',
      'r5d',
      'r5dn',
      'r5n',
      'r6a',
      'r6g',
      'r6gd',
      'r6i',
      'r6id',
      'r6idn',
      'r6in',
    ]
      .concat(['r7a', 'r7g', 'r7gd', 'r7i', 'r7iz', 'r8g', 'r8gd', 'r8a', 'r8i', 'r8i-flex', 'z1d'])
      .concat(['i3en', 'i4i', 'i4g', 'd3'])
      .map((f) => [f, 8]),
  ),
  is4gen: 6,
  x2gd: 16,
  x2idn: 16,
  x8g: 16,
  x2iedn: 32,
  x2iezn: 32,
};

/** Burstable families: [vCPU, GiB] per size, from the EC2 instance type pages. */
const BURSTABLE: Readonly<Record<string, Readonly<Record<string, readonly [number, number]>>>> = {
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

const GRAVITON: Readonly<Record<string, string>> = {
  a1: 'AWS Graviton Processor',
  ...Object.fromEntries(
    ['c6g', 'c6gd', 'c6gn', 'm6g', 'm6gd', 'r6g', 'r6gd', 't4g', 'x2gd'].map((f) => [
      f,
      'AWS Graviton2 Processor',
    ]),
  ),
  ...Object.fromEntries(
    ['c7g', 'c7gd', 'm7g', 'm7gd', 'r7g', 'r7gd'].map((f) => [f, 'AWS Graviton3 Processor']),
  ),
  ...Object.fromEntries(
    ['c8g', 'c8gd', 'c8gn', 'm8g', 'm8gd', 'r8g', 'r8gd', 'x8g', 'i8g'].map((f) => [
      f,
      'AWS Graviton4 Processor',
    ]),
  ),
  ...Object.fromEntries(
    ['im4gn', 'is4gen', 'i4g', 'g5g'].map((f) => [f, 'AWS Graviton2 Processor']),
  ),
};

/** Families the Price List marks `currentGeneration: No` (EC2 previous-generation page). */
const PREVIOUS_GENERATION = new Set([
  'm1',
  'm2',
  'm3',
  'c1',
  'c3',
  'cc2',
  'cr1',
  'g2',
  'hi1',
  'hs1',
  'i2',
  'r3',
  't1',
]);

export interface InstanceSpecs {
  readonly vcpu?: number;
  readonly memoryGiB?: number;
  readonly specSource?: string;
}

export type DbClassSpecs = Readonly<Record<string, { vcpu: number; memory_gib: string }>>;

/** vCPUs of a size in the families of MEMORY_PER_VCPU: medium 1, large 2, xlarge 4, Nxlarge 4N. */
function vcpuOfSize(size: string): number | undefined {
  if (size === 'medium') return 1;
  if (size === 'large') return 2;
  if (size === 'xlarge') return 4;
  const match = /^(\d+)xlarge$/.exec(size);
  return match ? 4 * Number(match[1]) : undefined;
}

export function specsOf(instanceType: string, dbClasses: DbClassSpecs): InstanceSpecs {
  const [family = '', size = ''] = instanceType.split('.');
  const burstable = BURSTABLE[family === 't3a' || family === 't4g' ? 't3' : family]?.[size];
  if (burstable)
    return { vcpu: burstable[0], memoryGiB: burstable[1], specSource: 'burstable size table' };
  const ratio = MEMORY_PER_VCPU[family];
  const vcpu = ratio === undefined ? undefined : vcpuOfSize(size);
  if (ratio !== undefined && vcpu !== undefined) {
    return { vcpu, memoryGiB: vcpu * ratio, specSource: `family rule: ${ratio} GiB per vCPU` };
  }
  const db = dbClasses[`db.${instanceType}`];
  if (db && /^\d+(\.\d+)?$/.test(db.memory_gib)) {
    return {
      vcpu: db.vcpu,
      memoryGiB: Number(db.memory_gib),
      specSource: `RDS class db.${instanceType}`,
    };
  }
  return {};
}

function instanceFamilyName(family: string): string | undefined {
  if (/^(t\d|m\d|a1|mac)/.test(family)) return 'General purpose';
  if (/^c\d/.test(family)) return 'Compute optimized';
  if (/^(r\d|x\d|z1d|u-|u7)/.test(family)) return 'Memory optimized';
  if (/^(i\d|d\d|h1|im4gn|is4gen)/.test(family)) return 'Storage optimized';
  if (/^(p\d|g\d)/.test(family)) return 'GPU instance';
  return undefined;
}

/** Price List attributes describing the instance itself (not its OS or tenancy). */
export function instanceAttributes(
  instanceType: string,
  dbClasses: DbClassSpecs,
): Record<string, string> {
  const family = instanceType.split('.')[0] ?? '';
  const specs = specsOf(instanceType, dbClasses);
  const attributes: Record<string, string> = { instanceType, processorArchitecture: '64-bit' };
  if (specs.vcpu !== undefined) attributes.vcpu = String(specs.vcpu);
  if (specs.memoryGiB !== undefined) attributes.memory = `${specs.memoryGiB} GiB`;
  const familyName = instanceFamilyName(family);
  if (familyName) attributes.instanceFamily = familyName;
  const processor = GRAVITON[family];
  if (processor) attributes.physicalProcessor = processor;
  if (PREVIOUS_GENERATION.has(family)) attributes.currentGeneration = 'No';
  else if (/^[a-z]+[5-9]/.test(family) || ['t3', 't3a', 't4g', 'a1'].includes(family))
    attributes.currentGeneration = 'Yes';
  return attributes;
}
