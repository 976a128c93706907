import type { RequirementItem, ServiceKind } from '../requirements/requirement-items';
import { auroraSpec, dynamodbSpec, elasticacheSpec, rdsSpec } from './database-specs';
import { ec2Spec, eksSpec, fargateSpec, lambdaSpec } from './compute-specs';
import {
  cloudFrontSpec,
  cloudWatchSpec,
  dataTransferSpec,
  loadBalancerSpec,
  natGatewaySpec,
  publicIpv4Spec,
  route53Spec,
} from './network-specs';
import { ebsSpec, efsSpec, s3Spec } from './storage-specs';
import { SpecError, SpecReader } from './spec-text';
import { parseServiceKind } from '../vocabulary/service-words';

type Parser = (r: SpecReader, base: { id: string; quantity: number }) => RequirementItem;

/** One service's spec grammar: what `=AWS.COST(service, spec)` and the reference page show. */
export interface ServiceSpecGrammar {
  readonly service: ServiceKind;
  /** The words, in the order usually written; `[…]` optional, `a|b` one of. */
  readonly grammar: string;
  /** An example spec (read by the tests; priced wherever the catalog has the service's prices). */
  readonly example: string;
}

const PARSERS: Readonly<Record<ServiceKind, readonly [Parser, string, string]>> = {
  ec2: [
    ec2Spec,
    '<instance type> [os] [shared|dedicated] [hours=730] [credits=N] [ebs-optimized]',
    'm7g.large linux',
  ],
  ebs: [
    ebsSpec,
    '<gp3|gp2|io2|io1|st1|sc1|standard> <GB>gb [iops=] [throughput=] [snapshot=GB] [fsr=N]',
    'gp3 500gb iops=6000',
  ],
  s3: [
    s3Spec,
    '[storage class] <GB>gb [put=] [get=] [retrieval=GB] [tier=expedited|standard|bulk] [restores=N] [transitions=N] [ia=GB] [archive-instant=GB] [objects=N] [select-scanned=GB] [select-returned=GB]',
    'standard 1000gb put=1m get=10m',
  ],
  efs: [
    efsSpec,
    '[standard|infrequent-access|one-zone|one-zone-ia] <GB>gb [elastic|bursting|provisioned] [throughput=] [read=GB] [write=GB] [ia-read=GB] [ia-write=GB]',
    'standard 100gb',
  ],
  rds: [
    rdsSpec,
    '<db class> <engine> [single-az|multi-az|multi-az-cluster] <GB>gb [gp3|gp2|io1|io2|magnetic] [byol] [iops=] [backup=GB] [io=N] [pi=months] [es=version es-year=1|2|3] [credits=N] [hours=]',
    'db.t3.small postgresql multi-az 100gb gp2',
  ],
  aurora: [
    auroraSpec,
    '<aurora-mysql|aurora-postgresql> <db class | acu=N> <GB>gb [standard|io-optimized] [io=N] [backup=GB]',
    'aurora-postgresql acu=4 100gb io=20m',
  ],
  dynamodb: [
    dynamodbSpec,
    '[on-demand|provisioned] [standard|standard-ia] <GB>gb [reads=N writes=N | rcu=N wcu=N] [backup=GB] [pitr=GB] [restore=GB] [stream-reads=N] [replicated-writes=N | rwcu=N]',
    'on-demand 50gb reads=100m writes=10m',
  ],
  elasticache: [
    elasticacheSpec,
    '<node type> <redis|valkey|memcached> [N nodes] [hours=]',
    'cache.t4g.medium redis 2 nodes',
  ],
  lambda: [
    lambdaSpec,
    'requests=N (duration=ms memory=MB | gb-s=N) [arm|x86] [storage=MB] [free-tier]',
    'requests=10m duration=200ms memory=512mb',
  ],
  fargate: [
    fargateSpec,
    '<vCPU>vcpu <GB>gb [arm|x86] [linux|windows] [storage=GB] [hours=]',
    '1vcpu 2gb',
  ],
  eks: [eksSpec, '[standard|extended] [hours=]', 'standard'],
  'data-transfer': [
    dataTransferSpec,
    'internet=GB [inter-region=GB to=<region>] [intra-region=GB] [free]',
    'internet=500gb intra-region=100gb',
  ],
  'nat-gateway': [natGatewaySpec, '<GB processed>gb [hours=]', '200gb'],
  'load-balancer': [
    loadBalancerSpec,
    '<application|network|gateway|classic> [lcu=N] [processed=GB] [hours=]',
    'application lcu=2',
  ],
  cloudfront: [
    cloudFrontSpec,
    '[edge location] <GB out>gb [https=N] [http=N] [origin-shield=N] [shield-region=R] [invalidations=N] [dedicated-ip=N] [fle=N] [realtime-logs=N]',
    'asia pacific 1000gb https=10m',
  ],
  route53: [route53Spec, '<N> zones [queries=N] [latency=N] [geo=N]', '2 zones queries=10m'],
  'public-ipv4': [publicIpv4Spec, '[hours=]', ''],
  cloudwatch: [
    cloudWatchSpec,
    '[metrics=N] [alarms=N] [dashboards=N] [logs=GB] [logs-stored=GB]',
    'metrics=50 alarms=10 logs=20gb',
  ],
};

/** Every service's grammar and a working example, in the engine's service order. */
export const SERVICE_SPECS: readonly ServiceSpecGrammar[] = (
  Object.keys(PARSERS) as ServiceKind[]
).map((service) => ({ service, grammar: PARSERS[service][1], example: PARSERS[service][2] }));

/** The AWS Support spec of `=AWS.COST("support", …)`. */
export const SUPPORT_SPEC = {
  grammar: '<plan> <monthly AWS charges in USD>',
  example: 'business-plus 2500',
} as const;

export interface SpecOptions {
  /** Requirement id of the item (default `spec`). */
  readonly id?: string;
  readonly quantity?: number;
}

/**
 * A service and its spec text (`"rds"`, `"db.r6g.large mysql multi-az 100gb gp3"`) → one
 * requirement item, read with the vocabulary's parsers (the words sheets and the API accept).
 * Throws `SpecError` naming the service, the word not understood and the grammar.
 */
export function parseServiceSpec(
  service: string,
  spec: string,
  options: SpecOptions = {},
): RequirementItem {
  const kind = parseServiceKind(service);
  if (!kind || kind === 'support') {
    throw new SpecError(
      `service "${service}" is not one of ${[...Object.keys(PARSERS), 'support'].join(', ')}`,
    );
  }
  const [parse, grammar] = PARSERS[kind];
  const reader = new SpecReader(kind, spec, `"${grammar}"`);
  return parse(reader, { id: options.id ?? 'spec', quantity: options.quantity ?? 1 });
}
