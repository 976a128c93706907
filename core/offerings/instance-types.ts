import {
  DATABASE_ONLY_FAMILIES,
  EC2_INSTANCE_FAMILIES,
  INSTANCE_SIZE,
  isGravitonFamily,
} from './instance-families';

export type InstanceKind = 'ec2' | 'rds' | 'elasticache';

const PREFIX: Readonly<Record<InstanceKind, string>> = {
  ec2: '',
  rds: 'db.',
  elasticache: 'cache.',
};
const EXAMPLE: Readonly<Record<InstanceKind, string>> = {
  ec2: 'm7g.large',
  rds: 'db.m6g.large',
  elasticache: 'cache.r7g.large',
};

export interface ParsedInstanceType {
  readonly family: string;
  readonly size: string;
  readonly graviton: boolean;
}

/**
 * `m7g.large` → family `m7g`, size `large`; RDS for Oracle's `db.r5.2xlarge.tpc2.mem4x` keeps
 * its processor suffix out of the size. Undefined when the text is not shaped like a type.
 */
export function parseInstanceTypeName(
  type: string,
  kind: InstanceKind,
): ParsedInstanceType | undefined {
  const prefix = PREFIX[kind];
  if (!type.startsWith(prefix)) return undefined;
  const parts = type.slice(prefix.length).split('.');
  if (
    kind === 'rds' &&
    parts.length === 4 &&
    /^tpc\d$/.test(parts[2]!) &&
    /^mem\d+x$/.test(parts[3]!)
  )
    parts.length = 2;
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return { family: parts[0], size: parts[1], graviton: isGravitonFamily(parts[0]) };
}

/**
 * Why `type` is not an instance type of this kind, or null when it is one. Decided from the family
 * list and the size rule (core/offerings/instance-families.ts), never from our price catalog.
 */
export function unknownInstanceType(type: string, kind: InstanceKind): string | null {
  const parsed = parseInstanceTypeName(type, kind);
  const what =
    kind === 'ec2'
      ? 'EC2 instance type'
      : kind === 'rds'
        ? 'RDS DB instance class'
        : 'ElastiCache node type';
  if (!parsed)
    return `${JSON.stringify(type)} is not an ${what}: it must look like ${EXAMPLE[kind]}`;
  const known =
    EC2_INSTANCE_FAMILIES.has(parsed.family) ||
    (kind !== 'ec2' && DATABASE_ONLY_FAMILIES.has(parsed.family));
  if (!known)
    return `${JSON.stringify(type)} is not an ${what}: there is no ${PREFIX[kind]}${parsed.family} family`;
  if (!INSTANCE_SIZE.test(parsed.size))
    return `${JSON.stringify(type)} is not an ${what}: "${parsed.size}" is not an instance size (sizes are nano, micro, small, medium, large, xlarge, 2xlarge … 48xlarge, metal)`;
  return null;
}
