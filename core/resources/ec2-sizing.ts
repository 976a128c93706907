import { shardPartRecords } from '../catalog/term-parts';
import type { PriceCatalog } from '../catalog/price-catalog';
import type { PriceRecord } from '../catalog/price-record';
import { Decimal } from '../money/decimal';
import type { Architecture, InstanceSizing } from '../requirements/requirement-items';
import type { ResolvedSizingPolicy, SizingPolicy } from '../requirements/sizing-policy';
import { resolveSizingPolicy, sizingPolicyWords } from '../requirements/sizing-policy';
import { constraintWords, gapWords, policyWords } from './ec2-sizing-words';
import type { ProcessorVendor } from './processor-vendor';
import { processorVendorOf } from './processor-vendor';

/** The rule the sizer applies, quoted in the line's explanation. */
export const EC2_SIZING_RULE =
  'cheapest current-generation instance type (On-Demand price, this OS and tenancy; HPC and accelerated families only when named) with at least the vCPU and memory asked for';

/**
 * Families that are not a lift-and-shift target, left out of sizing unless `sizing.families` names
 * them (DECISIONS.md, "Sizing leaves out HPC and accelerated families"). HPC (hpc6a, hpc6id,
 * hpc7a, hpc7g) is for tightly coupled jobs, one size per family, in one Availability Zone, priced
 * below general types of the same vCPU and memory; accelerated families (GPU p/g/gr, FPGA f,
 * Inferentia inf, Trainium trn, Gaudi dl, video vt) bill for accelerators a sized VM does not use.
 * A named instance type of these families is priced as named.
 */
const NOT_LIFT_AND_SHIFT = /^(?:hpc|p|g|gr|f|inf|trn|dl|vt)\d/;

/** True for a family automatic sizing may pick without being told to (see NOT_LIFT_AND_SHIFT). */
export function isLiftAndShiftFamily(family: string): boolean {
  return !NOT_LIFT_AND_SHIFT.test(family);
}

/** Burstable performance families (t2, t3, t3a, t4g): what "no burstable" leaves out. */
export function isBurstableFamily(family: string): boolean {
  return /^t\d/.test(family);
}

export interface SizingChoice {
  readonly instanceType: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly price: string;
  /** The rule in words, with the constraints and the sizing policy that applied. */
  readonly rule: string;
  /** Families a vendor policy left out because their processor vendor is unknown. */
  readonly unknownVendor?: readonly string[];
}

/** What the sizer did: a choice, or none with the reason in words (naming the policy). */
export type SizingOutcome =
  | { readonly choice: SizingChoice; readonly gap?: undefined }
  | {
      readonly choice?: undefined;
      /** `no current-generation Intel type with ≥ 96 vCPU and ≥ 2,048 GiB in ap-southeast-3`. */
      readonly gap: string;
      /** `; sizing policy: …` and what the policy could not judge. */
      readonly policyNote: string;
    };

interface Candidate {
  readonly instanceType: string;
  readonly family: string;
  readonly liftAndShift: boolean;
  readonly generation: number;
  readonly architecture: Architecture;
  readonly vendor: ProcessorVendor | undefined;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly price: Decimal;
}

const candidateCache = new WeakMap<PriceCatalog, Map<string, Candidate[]>>();
/** The catalog is immutable, so a choice for the same request and catalog never changes. */
const outcomeCache = new WeakMap<PriceCatalog, Map<string, SizingOutcome>>();

/**
 * Pick the cheapest current-generation EC2 type that fits `sizing` under the sizing `policy`, from
 * the catalog's On-Demand records with these attributes (OS, tenancy). Ties go to the smaller
 * type, then by name, so the choice is stable. Returns undefined when nothing fits
 * (`sizeInstance` says why).
 */
export function chooseInstanceType(
  catalog: PriceCatalog,
  region: string,
  attributes: Readonly<Record<string, string>>,
  sizing: InstanceSizing,
  policy?: SizingPolicy,
): SizingChoice | undefined {
  return sizeInstance(catalog, region, attributes, sizing, policy).choice;
}

/** `chooseInstanceType`, or the reason nothing fits in words that name the policy. */
export function sizeInstance(
  catalog: PriceCatalog,
  region: string,
  attributes: Readonly<Record<string, string>>,
  sizing: InstanceSizing,
  policy?: SizingPolicy,
): SizingOutcome {
  const resolved = resolveSizingPolicy(policy);
  const key = `${region}|${Object.values(attributes).join('|')}|${sizing.vcpu}|${sizing.memoryGib}|${sizing.architecture ?? ''}|${(sizing.families ?? []).join(',')}|${sizing.minGeneration ?? ''}|${sizingPolicyWords(resolved)}`;
  let outcomes = outcomeCache.get(catalog);
  if (!outcomes) {
    outcomes = new Map();
    outcomeCache.set(catalog, outcomes);
  }
  const cached = outcomes.get(key);
  if (cached) return cached;
  const outcome = choose(catalog, region, attributes, sizing, resolved);
  outcomes.set(key, outcome);
  return outcome;
}

function choose(
  catalog: PriceCatalog,
  region: string,
  attributes: Readonly<Record<string, string>>,
  sizing: InstanceSizing,
  policy: ResolvedSizingPolicy,
): SizingOutcome {
  const named = sizing.families && sizing.families.length > 0 ? sizing.families : undefined;
  const minGeneration = Math.max(sizing.minGeneration ?? 0, policy.minGeneration ?? 0);
  // A vendor is an x86 choice: Arm sizing (an Arm guest, the Graviton scenario) is Graviton.
  const vendor = !named && sizing.architecture !== 'arm64' ? vendorWanted(policy) : undefined;
  const fits = candidates(catalog, region, attributes).filter(
    (c) =>
      c.vcpu >= sizing.vcpu &&
      c.memoryGib >= sizing.memoryGib &&
      (sizing.architecture === undefined || c.architecture === sizing.architecture) &&
      (named ? named.includes(c.family) : c.liftAndShift) &&
      (named || policy.burstable || !isBurstableFamily(c.family)) &&
      c.generation >= minGeneration,
  );
  const unknownVendor = vendor
    ? [...new Set(fits.filter((c) => c.vendor === undefined).map((c) => c.family))].sort()
    : [];
  const best = cheapest(vendor ? fits.filter((c) => c.vendor === vendor) : fits);
  const arm = sizing.architecture === 'arm64';
  const policyNote = policyWords(policy, named !== undefined, arm, unknownVendor);
  if (!best) return { gap: gapWords(sizing, policy, region, named), policyNote };
  return {
    choice: {
      instanceType: best.instanceType,
      vcpu: best.vcpu,
      memoryGib: best.memoryGib,
      price: best.price.toString(),
      rule: `${EC2_SIZING_RULE}: ≥ ${sizing.vcpu} vCPU, ≥ ${sizing.memoryGib} GiB${constraintWords(sizing)}${policyNote}`,
      ...(unknownVendor.length > 0 ? { unknownVendor } : {}),
    },
  };
}

function vendorWanted(policy: ResolvedSizingPolicy): ProcessorVendor | undefined {
  return policy.processor === 'any' ? undefined : policy.processor;
}

function cheapest(fits: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of fits) {
    if (!best) best = c;
    else {
      const order =
        c.price.compare(best.price) || c.vcpu - best.vcpu || c.memoryGib - best.memoryGib;
      if (order < 0 || (order === 0 && c.instanceType < best.instanceType)) best = c;
    }
  }
  return best;
}

function candidates(
  catalog: PriceCatalog,
  region: string,
  attributes: Readonly<Record<string, string>>,
): Candidate[] {
  let byKey = candidateCache.get(catalog);
  if (!byKey) {
    byKey = new Map();
    candidateCache.set(catalog, byKey);
  }
  const names = Object.keys(attributes).filter((n) => n !== 'instanceType');
  const key = `${region}|${names.map((n) => `${n}=${attributes[n]}`).join('|')}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const list: Candidate[] = [];
  const shard = catalog.shard('AmazonEC2', region);
  for (const record of shard ? shardPartRecords(shard, 'on-demand') : []) {
    if (
      record.productFamily !== 'Compute Instance' ||
      record.term.type !== 'OnDemand' ||
      record.unit !== 'Hrs'
    )
      continue;
    if (names.some((n) => record.attributes[n] !== attributes[n])) continue;
    if (record.attributes.currentGeneration !== 'Yes') continue;
    const candidate = toCandidate(record);
    if (candidate) list.push(candidate);
  }
  byKey.set(key, list);
  return list;
}

function toCandidate(record: PriceRecord): Candidate | undefined {
  const a = record.attributes;
  const instanceType = a.instanceType;
  const vcpu = Number(a.vcpu);
  const memoryGib = parseMemoryGib(a.memory);
  if (!instanceType || !Number.isFinite(vcpu) || memoryGib === undefined) return undefined;
  const family = instanceType.split('.')[0] ?? instanceType;
  const generation = Number(/\d+/.exec(family)?.[0] ?? '0');
  return {
    instanceType,
    family,
    liftAndShift: isLiftAndShiftFamily(family),
    generation,
    architecture: architectureOf(record),
    vendor: processorVendorOf(instanceType, a.physicalProcessor),
    vcpu,
    memoryGib,
    price: Decimal.from(record.price),
  };
}

/** `"8 GiB"`, `"0.5 GiB"`, `"1,024 GiB"` → GiB. */
export function parseMemoryGib(memory: string | undefined): number | undefined {
  const match = /^([\d,.]+)\s*GiB$/i.exec((memory ?? '').trim());
  if (!match) return undefined;
  const value = Number(match[1]!.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Graviton (arm64) when the processor says so, else by AWS's naming (a `g` after the generation:
 * m7g, c6gn, t4g, x2gd; and a1). The Price List's `processorArchitecture` reads `64-bit` for both.
 */
export function architectureOf(record: PriceRecord): Architecture {
  const a = record.attributes;
  if (/arm/i.test(a.processorArchitecture ?? '') || /graviton/i.test(a.physicalProcessor ?? ''))
    return 'arm64';
  const family = (a.instanceType ?? '').replace(/^(db|cache)\./, '').split('.')[0] ?? '';
  return /^a1$|^[a-z]+\d+g/.test(family) ? 'arm64' : 'x86_64';
}
