import type { ServiceKind } from '../requirements/requirement-items';
import { LINE_SERVICE_KINDS } from '../requirements/requirement-items';
import { LOAD_BALANCER_TYPES, wordOf } from './items';

/** CloudFront's edge pricing regions, as the Price List names them (`fromLocation`). */
export const CLOUDFRONT_EDGE_LOCATIONS = [
  'United States',
  'Canada',
  'Europe',
  'Asia Pacific',
  'Japan',
  'Australia',
  'India',
  'South America',
  'Middle East',
  'South Africa',
] as const;

/** `asia pacific`, `United-States` → the edge location; undefined otherwise. */
export function parseEdgeLocation(
  text: string,
): (typeof CLOUDFRONT_EDGE_LOCATIONS)[number] | undefined {
  return wordOf(CLOUDFRONT_EDGE_LOCATIONS, text);
}

/** `application` (also `alb`), `network` (`nlb`), `gateway` (`glb`, `gwlb`), `classic` (`clb`, `elb`). */
export function parseLoadBalancerType(
  text: string,
): (typeof LOAD_BALANCER_TYPES)[number] | undefined {
  const t = text.trim().toLowerCase();
  const short: Record<string, (typeof LOAD_BALANCER_TYPES)[number]> = {
    alb: 'application',
    nlb: 'network',
    glb: 'gateway',
    gwlb: 'gateway',
    clb: 'classic',
    elb: 'classic',
  };
  return short[t] ?? wordOf(LOAD_BALANCER_TYPES, t);
}

const SERVICE_ALIASES: Readonly<Record<string, ServiceKind | 'support'>> = {
  nat: 'nat-gateway',
  'nat-gateways': 'nat-gateway',
  alb: 'load-balancer',
  nlb: 'load-balancer',
  elb: 'load-balancer',
  lb: 'load-balancer',
  'data-transfer-out': 'data-transfer',
  'route-53': 'route53',
  ipv4: 'public-ipv4',
  'elastic-ip': 'public-ipv4',
  redis: 'elasticache',
  memcached: 'elasticache',
  valkey: 'elasticache',
  'aws-support': 'support',
};

/** A service as typed in a formula or a sheet: `rds`, `Data Transfer`, `NAT`, `Route 53` … */
export function parseServiceKind(text: string): ServiceKind | 'support' | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '-');
  return wordOf(LINE_SERVICE_KINDS, t) ?? SERVICE_ALIASES[t];
}
