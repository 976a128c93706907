import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { parseCidr } from '../../core';

export interface AdminIpRuleProps {
  readonly envName: string;
  /** The REST API's stage: on the execute-api URL WAF sees `/<stage>/admin/…`. */
  readonly stageName: string;
  /** CIDR ranges (IPv4 and IPv6, validated by the environment config); at least one. */
  readonly ranges: readonly string[];
}

/**
 * The admin IP allow-list as a WAF rule (DECISIONS 75): one IP set per address family and a rule
 * that blocks a request whose path is under `/admin/` (with or without the stage prefix, after URL
 * decoding) unless its source address is in one of the sets. The API checks its own list (a system
 * setting) as well; this rule stops the request before it costs a Lambda invocation.
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

  /** The web ACL rule at `priority`. */
  rule(priority: number): wafv2.CfnWebACL.RuleProperty {
    const inSet = this.ipSets.map((set): wafv2.CfnWebACL.StatementProperty => ({
      ipSetReferenceStatement: { arn: set.attrArn },
    }));
    const allowed = inSet.length === 1 ? inSet[0]! : { orStatement: { statements: inSet } };
    return {
      name: 'admin-ip-allow-list',
      priority,
      action: { block: {} },
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
