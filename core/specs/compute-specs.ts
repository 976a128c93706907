import type { Ec2Item, EksItem, FargateItem, LambdaItem } from '../requirements/requirement-items';
import {
  EC2_OPERATING_SYSTEMS,
  EKS_SUPPORT_TIERS,
  FARGATE_OPERATING_SYSTEMS,
  isInstanceTypeName,
  parseArchitecture,
  parseTenancy,
  wordOf,
} from '../vocabulary/items';
import { parseEc2Os } from '../vocabulary/operating-systems';
import { Decimal } from '../money/decimal';
import type { SpecReader } from './spec-text';
import { SERVICE_LIMITS as L } from './service-limits';

type Base = { readonly id: string; readonly quantity: number };

const HOURS = {
  what: 'hours per month',
  units: ['h', 'hours', 'hrs'],
  ...L.hoursPerMonth,
} as const;

/** `m7g.large [os] [shared|dedicated] [hours=730] [credits=600] [ebs-optimized]` */
export function ec2Spec(r: SpecReader, base: Base): Ec2Item {
  const instanceType = r.required(
    r.take((w) => (isInstanceTypeName(w.toLowerCase()) ? w.toLowerCase() : undefined)),
    'the instance type (e.g. m7g.large)',
  );
  const tenancy = r.take(parseTenancy);
  const hoursPerMonth = r.number(['hours'], HOURS);
  const surplusCpuCredits = r.number(['credits'], { what: 'surplus CPU credits per month' });
  const ebsOptimized = r.take((w) => (/^ebs-?optimi[sz]ed$/i.test(w) ? true : undefined));
  const osText = r.rest();
  const os = osText ? parseEc2Os(osText) : 'Linux';
  if (!os) r.fail(`"${osText}" is not an operating system (${EC2_OPERATING_SYSTEMS.join(', ')})`);
  r.done();
  return {
    ...base,
    service: 'ec2',
    instanceType,
    os,
    tenancy,
    hoursPerMonth,
    ...(surplusCpuCredits !== undefined ? { surplusCpuCredits } : {}),
    ...(ebsOptimized ? { ebsOptimized } : {}),
  };
}

/**
 * `requests=10m duration=200ms memory=512mb [arm|x86] [storage=1024mb] [free-tier]`, or
 * `requests=10m gb-s=400k`: 1,024 MB and the duration that gives those GB-seconds (to 1 µs).
 */
export function lambdaSpec(r: SpecReader, base: Base): LambdaItem {
  const architecture = r.take(parseArchitecture);
  const freeTier = r.take((w) => (/^free-?tier$/i.test(w) ? true : undefined));
  const requestsPerMonth = r.required(
    r.number(['requests'], { what: 'requests per month' }),
    'requests=',
  );
  const gbSeconds = r.number(['gb-s', 'gbs', 'gb-seconds'], { what: 'GB-seconds' });
  let durationMs = r.number(['duration', 'ms'], { what: 'duration', units: ['ms'], min: 1 });
  let memoryMb = r.number(['memory', 'mb'], {
    what: 'memory',
    units: ['mb'],
    ...L.lambdaMemoryMb,
  });
  if (gbSeconds !== undefined) {
    if (durationMs !== undefined || memoryMb !== undefined)
      r.fail('give either gb-s= or duration= and memory=, not both');
    if (requestsPerMonth === 0) r.fail('gb-s= needs requests= above 0');
    memoryMb = 1024;
    durationMs = Decimal.from(gbSeconds)
      .multiply(1000)
      .divide(requestsPerMonth, 6, 'half-even')
      .toNumber();
  }
  const ephemeralStorageMb = r.number(['storage', 'ephemeral'], {
    what: 'ephemeral storage',
    units: ['mb'],
    ...L.lambdaEphemeralStorageMb,
  });
  r.done();
  return {
    ...base,
    service: 'lambda',
    requestsPerMonth,
    durationMs: r.required(durationMs, 'duration= (ms)'),
    memoryMb: r.required(memoryMb, 'memory= (MB)'),
    architecture,
    ephemeralStorageMb,
    freeTier,
  };
}

/** `1vcpu 2gb [arm|x86] [linux|windows] [storage=20gb] [hours=730]` */
export function fargateSpec(r: SpecReader, base: Base): FargateItem {
  const vcpu = r.required(
    r.number(['vcpu'], { what: 'vCPU', ...L.fargateVcpu }) ??
      r.takeMeasure({ what: 'vCPU', units: ['vcpus', 'vcpu'], ...L.fargateVcpu }),
    'vCPU (e.g. 1vcpu)',
  );
  const memoryGb = r.required(
    r.number(['memory'], { what: 'memory', units: ['gb'], ...L.fargateMemoryGb }) ??
      r.takeMeasure({ what: 'memory', units: ['gb'], ...L.fargateMemoryGb }),
    'memory (e.g. 2gb)',
  );
  const architecture = r.take(parseArchitecture);
  const os = r.take((w) => wordOf(FARGATE_OPERATING_SYSTEMS, w));
  const ephemeralStorageGb = r.number(['storage', 'ephemeral'], {
    what: 'ephemeral storage',
    units: ['gb'],
    ...L.fargateEphemeralStorageGb,
  });
  const hoursPerMonth = r.number(['hours'], HOURS);
  r.done();
  return {
    ...base,
    service: 'fargate',
    vcpu,
    memoryGb,
    architecture,
    os,
    ephemeralStorageGb,
    hoursPerMonth,
  };
}

/** `[standard|extended] [hours=730]`: one cluster's control plane. */
export function eksSpec(r: SpecReader, base: Base): EksItem {
  const support = r.take((w) => wordOf(EKS_SUPPORT_TIERS, w));
  const hoursPerMonth = r.number(['hours'], HOURS);
  r.done();
  return { ...base, service: 'eks', support, hoursPerMonth };
}
