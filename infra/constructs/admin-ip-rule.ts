import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { parseCidr } from '../../core';
import { CORS } from './api-routes';

/** Key of the refusal's body among the web ACL's custom response bodies. */
export const ADMIN_IP_REFUSED_BODY_KEY = 'admin-ip-refused';

/**
 * What the rule answers instead of WAF's bare 403: the API's error shape, so the admin console shows
 * the message (it reads `message`; `details.refusedBy` tells this refusal from the API's own). WAF
 * cannot put the caller's address in a static body; the API's check names it.
 */
export const ADMIN_IP_REFUSED_BODY = {
  error: 'Forbidden',
  message:
    "Admin functions are limited to allowed networks, and this request came from an address outside this environment's firewall allow-list. Use an allowed network, or ask the operators to add its range (adminIpRanges of the deployment).",
  details: { refusedBy: 'firewall', reason: 'AdminIpNotAllowed' },
} as const;

/**
 * Headers of the refusal: the CORS headers the API's own answers carry (seed §2.2: every origin,
 * so the console's too) — without them the browser hides the 403 as a network error — and its
 * security headers. WAF sends custom response headers as named (it prefixes `x-amzn-waf-` only to
 * headers it inserts into forwarded requests) and sets Content-Type from the body's type.
 */
export const ADMIN_IP_REFUSED_HEADERS: readonly wafv2.CfnWebACL.CustomHTTPHeaderProperty[] = [
  { name: 'Access-Control-Allow-Origin', value: CORS.allowOrigins.join(',') },
  { name: 'Access-Control-Allow-Headers', value: CORS.allowHeaders.join(',') },
  { name: 'Access-Control-Allow-Methods', value: CORS.allowMethods.join(',') },
  { name: 'Cache-Control', value: 'no-store' },
  { name: 'X-Content-Type-Options', value: 'nosniff' },
];

export interface AdminIpRuleProps {
  readonly envName: string;
  /** The REST API's stage: on the execute-api URL WAF sees `/<stage>/admin/…`. */
  readonly stageName: string;
  /** CIDR ranges (IPv4 and IPv6, validated by the environment config); at least one. */
  readonly ranges: readonly string[];
}

/**
 * The admin IP allow-list as a WAF rule (DECISIONS 75, 83): one IP set per address family and a
 * rule that blocks a request whose path is under `/admin/` (with or without the stage prefix, after
 * URL decoding) unless its source address is in one of the sets, answering 403 with a JSON body and
 * CORS headers. CORS preflights (OPTIONS) pass: API Gateway answers them itself (no Lambda, no
 * data), and a blocked preflight would fail the browser's request before it could read the 403.
 * The API checks its own list (a system setting) as well; this rule stops the request before it
 * costs a Lambda invocation.
 */
export class AdminIpRule extends Construct {
  readonly ipSets: wafv2.CfnIPSet[] = [];
  private readonly stageName: string;

  constructor(scope: Construct, id: string, props: AdminIpRuleProps) {
    super(scope, id);
    if (!/^[A-Za-z0-9_-]+$/.test(props.stageName))
      throw new Error(`Stage name "${props.stageName}" cannot be matched literally in a regex.`);
    this.stageName = props.stageName;
    const byVersion = { IPV4: [] as string[], IPV6: [] as string[] };
    for (const range of props.ranges) {
      const parsed = parseCidr(range);
      if (!('range' in parsed)) throw new Error(`Admin IP range "${range}" ${parsed.problem}.`);
      byVersion[parsed.range.version === 4 ? 'IPV4' : 'IPV6'].push(range.trim());
    }
    for (const [version, addresses] of Object.entries(byVersion)) {
      if (addresses.length === 0) continue;
      this.ipSets.push(
        new wafv2.CfnIPSet(this, version === 'IPV4' ? 'Ipv4' : 'Ipv6', {
          name: `aws-cost-${props.envName}-admin-${version.toLowerCase()}`,
          description: 'Addresses allowed to call /admin/* (adminIpRanges context value)',
          scope: 'REGIONAL',
          ipAddressVersion: version,
          addresses,
        }),
      );
    }
    if (this.ipSets.length === 0) throw new Error('AdminIpRule needs at least one range.');
  }

  /** The web ACL's custom response bodies this rule refers to. */
  responseBodies(): Record<string, wafv2.CfnWebACL.CustomResponseBodyProperty> {
    return {
      [ADMIN_IP_REFUSED_BODY_KEY]: {
        contentType: 'APPLICATION_JSON',
        content: JSON.stringify(ADMIN_IP_REFUSED_BODY),
      },
    };
  }

  /** The web ACL rule at `priority`. */
  rule(priority: number): wafv2.CfnWebACL.RuleProperty {
    const inSet = this.ipSets.map((set): wafv2.CfnWebACL.StatementProperty => ({
      ipSetReferenceStatement: { arn: set.attrArn },
    }));
    const allowed = inSet.length === 1 ? inSet[0]! : { orStatement: { statements: inSet } };
    return {
      name: 'admin-ip-allow-list',
      priority,
      action: {
        block: {
          customResponse: {
            responseCode: 403,
            customResponseBodyKey: ADMIN_IP_REFUSED_BODY_KEY,
            responseHeaders: [...ADMIN_IP_REFUSED_HEADERS],
          },
        },
      },
      statement: {
        andStatement: {
          statements: [
            {
              regexMatchStatement: {
                regexString: `^/(${this.stageName}/)?admin/`,
                fieldToMatch: { uriPath: {} },
                textTransformations: [{ priority: 0, type: 'URL_DECODE' }],
              },
            },
            { notStatement: { statement: PREFLIGHT } },
            { notStatement: { statement: allowed } },
          ],
        },
      },
      visibilityConfig: {
        cloudWatchMetricsEnabled: true,
        sampledRequestsEnabled: true,
        metricName: 'admin-ip-allow-list',
      },
    };
  }
}

/** A CORS preflight: the method is exactly OPTIONS. */
const PREFLIGHT: wafv2.CfnWebACL.StatementProperty = {
  byteMatchStatement: {
    fieldToMatch: { method: {} },
    positionalConstraint: 'EXACTLY',
    searchString: 'OPTIONS',
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
};
