import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { AdminIpRule } from './admin-ip-rule';

export interface ApiFirewallProps {
  readonly envName: string;
  /** ARN of the API Gateway stage to protect. */
  readonly stageArn: string;
  readonly stageName: string;
  /** The rate rules and AWS managed rules (`waf` of the environment). */
  readonly managedRules: boolean;
  /** The admin IP allow-list (`adminIpRanges`); empty = no rule. */
  readonly adminIpRanges: readonly string[];
}

/** Seed §2.2/§3.3: 1,000 requests per minute per user. */
export const PER_USER_REQUESTS_PER_MINUTE = 1000;

/**
 * WAF in front of the REST API. The rate-based rule counts requests per Authorization header
 * (one Cognito session) over 60 s — the closest a gateway can get to "per user" without reading
 * the token; the exact per-`sub` limit is the API middleware's counter in the rate-limits table.
 * A per-IP rule caps anonymous floods; AWS managed rules drop known bad input. With an admin IP
 * allow-list, its rule comes first; an environment without `waf` gets a web ACL with that rule only.
 */
export class ApiFirewall extends Construct {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiFirewallProps) {
    super(scope, id);
    const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName,
    });
    const adminRule =
      props.adminIpRanges.length > 0
        ? new AdminIpRule(this, 'AdminIp', {
            envName: props.envName,
            stageName: props.stageName,
            ranges: props.adminIpRanges,
          })
        : undefined;
    // The admin rule first (a cheap check that ends the request), then rate and managed rules.
    const managed: Omit<wafv2.CfnWebACL.RuleProperty, 'priority'>[] = props.managedRules
      ? [
          {
            name: 'per-user-rate',
            action: { block: {} },
            statement: {
              rateBasedStatement: {
                limit: PER_USER_REQUESTS_PER_MINUTE,
                evaluationWindowSec: 60,
                aggregateKeyType: 'CUSTOM_KEYS',
                customKeys: [
                  {
                    header: {
                      name: 'authorization',
                      textTransformations: [{ priority: 0, type: 'NONE' }],
                    },
                  },
                ],
              },
            },
            visibilityConfig: visibility('per-user-rate'),
          },
          {
            name: 'per-ip-rate',
            action: { block: {} },
            statement: {
              rateBasedStatement: {
                limit: 3 * PER_USER_REQUESTS_PER_MINUTE,
                evaluationWindowSec: 60,
                aggregateKeyType: 'IP',
              },
            },
            visibilityConfig: visibility('per-ip-rate'),
          },
          {
            name: 'aws-common',
            overrideAction: { none: {} },
            statement: {
              managedRuleGroupStatement: {
                vendorName: 'AWS',
                name: 'AWSManagedRulesCommonRuleSet',
                // Its 8 KB body limit would block estimations and workbook uploads (10 MB allowed).
                ruleActionOverrides: [
                  { name: 'SizeRestrictions_BODY', actionToUse: { count: {} } },
                ],
              },
            },
            visibilityConfig: visibility('aws-common'),
          },
          {
            name: 'aws-known-bad-inputs',
            overrideAction: { none: {} },
            statement: {
              managedRuleGroupStatement: {
                vendorName: 'AWS',
                name: 'AWSManagedRulesKnownBadInputsRuleSet',
              },
            },
            visibilityConfig: visibility('aws-known-bad-inputs'),
          },
        ]
      : [];
    const rules: wafv2.CfnWebACL.RuleProperty[] = [
      ...(adminRule ? [adminRule.rule(0)] : []),
      ...managed.map((rule, i) => ({ ...rule, priority: i + (adminRule ? 1 : 0) })),
    ];
    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      name: `aws-cost-${props.envName}-api`,
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`aws-cost-${props.envName}-api`),
      rules,
      ...(adminRule ? { customResponseBodies: adminRule.responseBodies() } : {}),
    });
    new wafv2.CfnWebACLAssociation(this, 'Association', {
      resourceArn: props.stageArn,
      webAclArn: this.webAcl.attrArn,
    });
  }
}
