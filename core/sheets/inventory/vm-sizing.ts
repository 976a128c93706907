import type {
  EbsItem,
  Ec2Item,
  Ec2OperatingSystem,
  SourceRef,
} from '../../requirements/requirement-items';
import { isWindowsOs } from '../../offerings/offering-rules';
import type { SizingPolicy } from '../../requirements/sizing-policy';
import { sizingPolicyWords } from '../../requirements/sizing-policy';

/**
 * The sizing rule every inventory reader states in its warning, so the user sees how VMs were
 * priced, with the sizing policy in force (Settings: burstable, processor, minimum generation).
 */
export function sizingRule(policy?: SizingPolicy): string {
  return (
    'each server is priced like for like as the cheapest current-generation x86_64 EC2 instance type ' +
    '(arm64 only where the source says the guest runs on Arm; HPC and accelerated families left out) ' +
    'with at least its vCPUs and memory ' +
    `(memory MiB / 1024 = GiB) under the sizing policy (${sizingPolicyWords(policy)}), ` +
    'always on, under the Settings pricing model; its disks as gp3 ' +
    'volumes of the provisioned size (MiB / 1024, rounded up to whole GB). A Graviton scenario moves ' +
    'eligible Linux servers to Arm'
  );
}

export interface ServerSpec {
  readonly id: string;
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly os: Ec2OperatingSystem;
  /** The source says the guest runs on Arm (sized as arm64 unless it is Windows, which has no Arm offering). */
  readonly arm?: boolean;
  readonly storageGb?: number;
  readonly group?: readonly string[];
  readonly region?: string;
  readonly source: SourceRef;
}

/** One server -> an EC2 item with `sizing` (the engine picks the type) plus a gp3 EBS item. */
export function serverToItems(spec: ServerSpec): (Ec2Item | EbsItem)[] {
  const common = {
    description: spec.name,
    group: spec.group,
    region: spec.region,
    quantity: 1,
    source: spec.source,
  };
  const ec2: Ec2Item = {
    ...common,
    id: spec.id,
    service: 'ec2',
    // Like for like: an x86 server stays x86 (Graviton is a scenario, not the baseline).
    sizing: {
      vcpu: spec.vcpu,
      memoryGib: spec.memoryGib,
      architecture: spec.arm && !isWindowsOs(spec.os) ? 'arm64' : 'x86_64',
    },
    os: spec.os,
    tenancy: 'shared',
  };
  if (spec.storageGb === undefined || spec.storageGb <= 0) return [ec2];
  const ebs: EbsItem = {
    ...common,
    id: `${spec.id}-ebs`,
    service: 'ebs',
    volumeType: 'gp3',
    storageGb: spec.storageGb,
  };
  return [ec2, ebs];
}

/** MiB -> GiB, exact to 1/1024 (a float quantity, not money). */
export function mibToGib(mib: number): number {
  return mib / 1024;
}

/** Disk MiB -> whole GB (EBS bills per GB-month; a partial GB is a whole one). */
export function mibToWholeGb(mib: number): number {
  return Math.ceil(mib / 1024);
}
