/**
 * Instance specs for sizing ("cheapest type with at least N vCPU and M GiB"), from rules that hold
 * for whole families and are certain, or from the RDS reference (a `db.` class has the specs of
 * the EC2 type of the same name). A type no rule covers gets no specs: it stays priceable by name.
 * The family facts are in ec2-families.ts.
 */
import {
  BURSTABLE,
  GRAVITON,
  MEMORY_PER_VCPU,
  METAL_VCPU,
  PREVIOUS_GENERATION,
} from './ec2-families';

export interface InstanceSpecs {
  readonly vcpu?: number;
  readonly memoryGiB?: number;
  readonly specSource?: string;
}

export type DbClassSpecs = Readonly<Record<string, { vcpu: number; memory_gib: string }>>;

/**
 * vCPUs of a size in the families of MEMORY_PER_VCPU: medium 1, large 2, xlarge 4, Nxlarge 4N;
 * `metal-Nxl` as `Nxlarge`, `metal` from METAL_VCPU.
 */
function vcpuOfSize(family: string, size: string): number | undefined {
  if (size === 'medium') return 1;
  if (size === 'large') return 2;
  if (size === 'xlarge') return 4;
  if (size === 'metal') return METAL_VCPU[family];
  const match = /^(?:(\d+)xlarge|metal-(\d+)xl)$/.exec(size);
  return match ? 4 * Number(match[1] ?? match[2]) : undefined;
}

export function specsOf(instanceType: string, dbClasses: DbClassSpecs): InstanceSpecs {
  const [family = '', size = ''] = instanceType.split('.');
  const burstable = BURSTABLE[family === 't3a' || family === 't4g' ? 't3' : family]?.[size];
  if (burstable)
    return { vcpu: burstable[0], memoryGiB: burstable[1], specSource: 'burstable size table' };
  const ratio = MEMORY_PER_VCPU[family];
  const vcpu = ratio === undefined ? undefined : vcpuOfSize(family, size);
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

/** The Price List's `instanceFamily` of a family, as AWS's feeds name it. */
function instanceFamilyName(family: string): string | undefined {
  if (family === 't1') return 'Micro instances';
  if (family === 'm2') return 'Memory optimized';
  if (/^(t\d|m\d|a1|mac)/.test(family)) return 'General purpose';
  if (/^(c\d|hpc\d)/.test(family)) return 'Compute optimized';
  if (/^(r\d|x\d|z1d|u-|u7|cr1)/.test(family)) return 'Memory optimized';
  if (/^(i\d|d\d|h1|im4gn|is4gen)/.test(family)) return 'Storage optimized';
  if (/^(p\d|g\d|gr\d)/.test(family)) return 'GPU instance';
  if (/^f\d/.test(family)) return 'FPGA Instances';
  if (/^(inf|trn|dl)\d/.test(family)) return 'Machine Learning ASIC Instances';
  if (/^vt\d/.test(family)) return 'Media Accelerator Instances';
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
  attributes.currentGeneration = PREVIOUS_GENERATION.has(family) ? 'No' : 'Yes';
  return attributes;
}
