import type { PriceCatalog } from '../catalog/price-catalog';
import type { PriceRecord } from '../catalog/price-record';
import { Decimal } from '../money/decimal';
import type { Architecture, InstanceSizing } from '../requirements/requirement-items';

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

export interface SizingChoice {
  readonly instanceType: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly price: string;
  /** The rule in words, with the constraints that applied. */
  readonly rule: string;
}

interface Candidate {
  readonly instanceType: string;
  readonly family: string;
  readonly liftAndShift: boolean;
  readonly generation: number;
  readonly architecture: Architecture;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly price: Decimal;
}

const candidateCache = new WeakMap<PriceCatalog, Map<string, Candidate[]>>();
/** The catalog is immutable, so a choice for the same request and catalog never changes. */
const choiceCache = new WeakMap<PriceCatalog, Map<string, SizingChoice | undefined>>();

/**
 * Pick the cheapest current-generation EC2 type that fits `sizing`, from the catalog's On-Demand
 * records with these attributes (OS, tenancy). Ties go to the smaller type, then by name, so the
 * choice is stable. Returns undefined when nothing fits.
 */
export function chooseInstanceType(
  catalog: PriceCatalog,
  region: string,
  attributes: Readonly<Record<string, string>>,
  sizing: InstanceSizing,
): SizingChoice | undefined {
  const key = `${region}|${Object.values(attributes).join('|')}|${sizing.vcpu}|${sizing.memoryGib}|${sizing.architecture ?? ''}|${(sizing.families ?? []).join(',')}|${sizing.minGeneration ?? ''}`;
  let choices = choiceCache.get(catalog);
  if (!choices) {
    choices = new Map();
    choiceCache.set(catalog, choices);
  }
  if (choices.has(key)) return choices.get(key);
  const choice = choose(catalog, region, attributes, sizing);
  choices.set(key, choice);
  return choice;
}

function choose(
  catalog: PriceCatalog,
  region: string,
  attributes: Readonly<Record<string, string>>,
  sizing: InstanceSizing,
): SizingChoice | undefined {
  const named = sizing.families && sizing.families.length > 0 ? sizing.families : undefined;
  const fits = candidates(catalog, region, attributes).filter(
    (c) =>
      c.vcpu >= sizing.vcpu &&
      c.memoryGib >= sizing.memoryGib &&
      (sizing.architecture === undefined || c.architecture === sizing.architecture) &&
      (named ? named.includes(c.family) : c.liftAndShift) &&
      (sizing.minGeneration === undefined || c.generation >= sizing.minGeneration),
  );
  let best: Candidate | undefined;
  for (const c of fits) {
    if (!best) best = c;
    else {
      const order =
        c.price.compare(best.price) || c.vcpu - best.vcpu || c.memoryGib - best.memoryGib;
      if (order < 0 || (order === 0 && c.instanceType < best.instanceType)) best = c;
    }
  }
  if (!best) return undefined;
  return {
    instanceType: best.instanceType,
    vcpu: best.vcpu,
    memoryGib: best.memoryGib,
    price: best.price.toString(),
    rule: `${EC2_SIZING_RULE}: ≥ ${sizing.vcpu} vCPU, ≥ ${sizing.memoryGib} GiB${constraintWords(sizing)}`,
  };
}

function constraintWords(sizing: InstanceSizing): string {
  const parts: string[] = [];
  if (sizing.architecture) parts.push(`architecture ${sizing.architecture}`);
  if (sizing.families && sizing.families.length > 0)
    parts.push(`families ${sizing.families.join('/')}`);
  if (sizing.minGeneration !== undefined) parts.push(`generation ≥ ${sizing.minGeneration}`);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
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
  for (const record of catalog.shard('AmazonEC2', region)?.records ?? []) {
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
