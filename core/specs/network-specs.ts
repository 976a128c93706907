import type {
  CloudFrontItem,
  CloudWatchItem,
  DataTransferItem,
  LoadBalancerItem,
  NatGatewayItem,
  PublicIpv4Item,
  Route53Item,
} from '../requirements/requirement-items';
import { parseRegion } from '../vocabulary/regions';
import {
  CLOUDFRONT_EDGE_LOCATIONS,
  parseEdgeLocation,
  parseLoadBalancerType,
} from '../vocabulary/service-words';
import type { SpecReader } from './spec-text';
import { inMillions } from './spec-text';

type Base = { readonly id: string; readonly quantity: number };

const GB = ['gib', 'gb'] as const;
const HOURS = { what: 'hours per month', units: ['h', 'hours', 'hrs'], max: 744 } as const;

/** `internet=500gb [inter-region=100gb to=us-east-1] [intra-region=200gb] [free]` */
export function dataTransferSpec(r: SpecReader, base: Base): DataTransferItem {
  const freeAllowance = r.take((w) => (/^free(-allowance)?$/i.test(w) ? true : undefined));
  const internetOutGb = r.number(['internet', 'out'], {
    what: 'GB out to the internet',
    units: GB,
  });
  const interRegionOutGb = r.number(['inter-region'], { what: 'GB to another region', units: GB });
  const to = r.text(['to', 'destination']);
  const intraRegionGb = r.number(['intra-region', 'inter-az'], {
    what: 'GB between AZs',
    units: GB,
  });
  r.done();
  const destination = to === undefined ? undefined : parseRegion(to);
  if (to !== undefined && !destination) r.fail(`to=${to} is not a region code`);
  if (internetOutGb === undefined && interRegionOutGb === undefined && intraRegionGb === undefined)
    r.fail('no transfer named');
  return {
    ...base,
    service: 'data-transfer',
    internetOutGb,
    interRegionOutGb,
    destinationRegion: destination?.code,
    intraRegionGb,
    freeAllowance,
  };
}

/** `200gb [hours=730]`: GB processed per gateway per month. */
export function natGatewaySpec(r: SpecReader, base: Base): NatGatewayItem {
  const dataProcessedGb =
    r.number(['processed', 'data'], { what: 'GB processed', units: GB }) ??
    r.takeMeasure({ what: 'GB processed', units: GB }, true) ??
    0;
  const hoursPerMonth = r.number(['hours'], HOURS);
  r.done();
  return { ...base, service: 'nat-gateway', dataProcessedGb, hoursPerMonth };
}

/** `application lcu=2`, `network nlcu=1`, `gateway glcu=1`, `classic processed=500gb` (also alb, nlb, glb, clb) */
export function loadBalancerSpec(r: SpecReader, base: Base): LoadBalancerItem {
  const type = r.required(
    r.take(parseLoadBalancerType),
    'the type (application, network, gateway, classic)',
  );
  const capacityUnits = r.number(['lcu', 'lcus', 'nlcu', 'nlcus', 'glcu', 'glcus', 'capacity'], {
    what: 'capacity units',
  });
  const dataProcessedGb = r.number(['processed', 'data'], { what: 'GB processed', units: GB });
  const hoursPerMonth = r.number(['hours'], HOURS);
  r.done();
  return { ...base, service: 'load-balancer', type, capacityUnits, dataProcessedGb, hoursPerMonth };
}

/** `asia pacific 1000gb [https=10m] [http=1m] [origin-shield=N] [shield-region=R] [invalidations=N] [dedicated-ip=N] [fle=N] [realtime-logs=N]` */
export function cloudFrontSpec(r: SpecReader, base: Base): CloudFrontItem {
  const dataOutGb = r.required(
    r.number(['out', 'data'], { what: 'GB out', units: GB }) ??
      r.takeMeasure({ what: 'GB out', units: GB }),
    'GB out (e.g. 1000gb)',
  );
  const httpsRequests = r.number(['https'], { what: 'HTTPS requests' });
  const httpRequests = r.number(['http'], { what: 'HTTP requests' });
  const features = {
    originShieldRequests: r.number(['origin-shield'], { what: 'Origin Shield requests' }),
    invalidationPaths: r.number(['invalidations'], { what: 'invalidation paths' }),
    dedicatedIpCertificates: r.number(['dedicated-ip'], { what: 'dedicated-IP certificates' }),
    fieldLevelEncryptionRequests: r.number(['fle'], { what: 'field-level encryption requests' }),
    realtimeLogLines: r.number(['realtime-logs'], { what: 'real-time log lines' }),
  };
  const shieldText = r.text(['shield-region']);
  const shieldRegion = shieldText === undefined ? undefined : parseRegion(shieldText);
  if (shieldText !== undefined && !shieldRegion)
    r.fail(`shield-region=${shieldText} is not a region code`);
  const where = r.rest();
  const edgeLocation = where ? parseEdgeLocation(where) : 'United States';
  if (!edgeLocation)
    r.fail(`"${where}" is not an edge location (${CLOUDFRONT_EDGE_LOCATIONS.join(', ')})`);
  r.done();
  return {
    ...base,
    service: 'cloudfront',
    edgeLocation,
    dataOutGb,
    httpsRequests,
    httpRequests,
    ...Object.fromEntries(Object.entries(features).filter(([, v]) => v !== undefined)),
    ...(shieldRegion ? { originShieldRegion: shieldRegion.code } : {}),
  };
}

/** `2 zones [queries=10m] [latency=5m] [geo=1m]` */
export function route53Spec(r: SpecReader, base: Base): Route53Item {
  const hostedZones = r.required(
    r.number(['zones'], { what: 'hosted zones' }) ??
      r.takeMeasure({ what: 'hosted zones', units: ['zones', 'zone'] }, true),
    'hosted zones (e.g. 2 zones)',
  );
  const queries = r.number(['queries'], { what: 'standard queries per month' });
  const latency = r.number(['latency'], { what: 'latency-based queries per month' });
  const geo = r.number(['geo'], { what: 'geo DNS and geoproximity queries per month' });
  r.done();
  return {
    ...base,
    service: 'route53',
    hostedZones,
    standardQueriesMillions: queries === undefined ? undefined : inMillions(queries),
    ...(latency === undefined ? {} : { latencyQueriesMillions: inMillions(latency) }),
    ...(geo === undefined ? {} : { geoQueriesMillions: inMillions(geo) }),
  };
}

/** `[hours=730]`: one address (`quantity` counts them). */
export function publicIpv4Spec(r: SpecReader, base: Base): PublicIpv4Item {
  const hoursPerMonth = r.number(['hours'], HOURS);
  r.done();
  return { ...base, service: 'public-ipv4', hoursPerMonth };
}

/** `metrics=50 alarms=10 dashboards=2 logs=20gb logs-stored=100gb` */
export function cloudWatchSpec(r: SpecReader, base: Base): CloudWatchItem {
  const customMetrics = r.number(['metrics'], { what: 'custom metrics' });
  const alarms = r.number(['alarms'], { what: 'alarms' });
  const dashboards = r.number(['dashboards'], { what: 'dashboards' });
  const logsIngestedGb = r.number(['logs', 'logs-ingested'], { what: 'GB of logs', units: GB });
  const logsStoredGb = r.number(['logs-stored', 'stored'], { what: 'GB of logs', units: GB });
  r.done();
  const item = { customMetrics, alarms, dashboards, logsIngestedGb, logsStoredGb };
  if (Object.values(item).every((v) => v === undefined)) r.fail('no usage named');
  return { ...base, service: 'cloudwatch', ...item };
}
