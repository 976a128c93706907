import { App, Aspects } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EnvConfigError, envConfig } from '../../infra/config/environments';
import { buildSystem } from '../../infra/system';
import { CORS_HEADERS } from '../../backend/http/response';
import { buildForTest, onlyProps, resourcesOf } from './build-system';

type Rule = { Name: string; Priority: number; Statement: Record<string, unknown> };
const rulesOf = (built: ReturnType<typeof buildForTest>) =>
  (onlyProps(built.api, 'AWS::WAFv2::WebACL') as { Rules: Rule[] }).Rules;

describe('admin IP allow-list in the WAF (adminIpRanges context)', () => {
  const prod = buildForTest('prod', {
    'adminIpRanges.prod': '203.0.113.0/24, 198.51.100.7/32,2001:db8:1::/48',
  });

  it('puts each address family in its own IP set', () => {
    const sets = resourcesOf(prod.api, 'AWS::WAFv2::IPSet').map(([, r]) => r.Properties);
    expect(sets).toEqual([
      expect.objectContaining({
        Name: 'aws-cost-prod-admin-ipv4',
        Scope: 'REGIONAL',
        IPAddressVersion: 'IPV4',
        Addresses: ['203.0.113.0/24', '198.51.100.7/32'],
      }),
      expect.objectContaining({
        Name: 'aws-cost-prod-admin-ipv6',
        Scope: 'REGIONAL',
        IPAddressVersion: 'IPV6',
        Addresses: ['2001:db8:1::/48'],
      }),
    ]);
  });

  it('blocks /admin/ paths (with or without the stage, URL-decoded) from outside both sets, first', () => {
    const rules = rulesOf(prod);
    expect(rules.map((r) => [r.Name, r.Priority])).toEqual([
      ['admin-ip-allow-list', 0],
      ['per-user-rate', 1],
      ['per-ip-rate', 2],
      ['aws-common', 3],
      ['aws-known-bad-inputs', 4],
    ]);
    const [v4, v6] = resourcesOf(prod.api, 'AWS::WAFv2::IPSet').map(([id]) => id);
    expect(rules[0]).toMatchObject({
      Action: { Block: { CustomResponse: { ResponseCode: 403 } } },
      Statement: {
        AndStatement: {
          Statements: [
            {
              RegexMatchStatement: {
                RegexString: '^/(prod/)?admin/',
                FieldToMatch: { UriPath: {} },
                TextTransformations: [{ Priority: 0, Type: 'URL_DECODE' }],
              },
            },
            {
              NotStatement: {
                Statement: {
                  ByteMatchStatement: {
                    FieldToMatch: { Method: {} },
                    PositionalConstraint: 'EXACTLY',
                    SearchString: 'OPTIONS',
                    TextTransformations: [{ Priority: 0, Type: 'NONE' }],
                  },
                },
              },
            },
            {
              NotStatement: {
                Statement: {
                  OrStatement: {
                    Statements: [
                      { IPSetReferenceStatement: { Arn: { 'Fn::GetAtt': [v4, 'Arn'] } } },
                      { IPSetReferenceStatement: { Arn: { 'Fn::GetAtt': [v6, 'Arn'] } } },
                    ],
                  },
                },
              },
            },
          ],
        },
      },
    });
    expect(new RegExp('^/(prod/)?admin/').test('/prod/admin/users')).toBe(true);
    expect(new RegExp('^/(prod/)?admin/').test('/prod/estimations/admin/clone')).toBe(false);
  });

  it('no ranges: no IP set and no rule (prod keeps its four rules; dev has no web ACL)', () => {
    const plain = buildForTest('prod');
    plain.api.resourceCountIs('AWS::WAFv2::IPSet', 0);
    expect(rulesOf(plain).map((r) => [r.Name, r.Priority])).toEqual([
      ['per-user-rate', 0],
      ['per-ip-rate', 1],
      ['aws-common', 2],
      ['aws-known-bad-inputs', 3],
    ]);
    buildForTest('dev').api.resourceCountIs('AWS::WAFv2::WebACL', 0);
  });

  it('dev (no WAF otherwise) gets a web ACL with the admin rule alone, one family, on its stage', () => {
    const dev = buildForTest('dev', { adminIpRanges: '192.0.2.0/24' });
    const rules = rulesOf(dev);
    expect(rules.map((r) => r.Name)).toEqual(['admin-ip-allow-list']);
    expect(rules[0]!.Statement).toMatchObject({
      AndStatement: {
        Statements: [
          { RegexMatchStatement: { RegexString: '^/(dev/)?admin/' } },
          { NotStatement: { Statement: { ByteMatchStatement: { SearchString: 'OPTIONS' } } } },
          { NotStatement: { Statement: { IPSetReferenceStatement: { Arn: expect.anything() } } } },
        ],
      },
    });
    dev.api.resourceCountIs('AWS::WAFv2::IPSet', 1);
    dev.api.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
  });
});

describe("the admin IP rule's refusal is readable by the console (DECISIONS 83)", () => {
  const built = buildForTest('prod', { 'adminIpRanges.prod': '203.0.113.0/24' });
  const acl = onlyProps(built.api, 'AWS::WAFv2::WebACL') as {
    Rules: (Rule & { Action: { Block: { CustomResponse: Record<string, unknown> } } })[];
    CustomResponseBodies?: Record<string, { ContentType: string; Content: string }>;
  };
  const refusal = acl.Rules[0]!.Action.Block.CustomResponse as {
    ResponseCode: number;
    CustomResponseBodyKey: string;
    ResponseHeaders: { Name: string; Value: string }[];
  };

  it('answers 403 with a JSON body in the API error shape, naming the reason', () => {
    expect(refusal.ResponseCode).toBe(403);
    const body = acl.CustomResponseBodies?.[refusal.CustomResponseBodyKey];
    expect(body?.ContentType).toBe('APPLICATION_JSON');
    const parsed = JSON.parse(body!.Content) as Record<string, unknown>;
    expect(parsed).toEqual({
      error: 'Forbidden',
      message: expect.stringMatching(
        /^Admin functions are limited to allowed networks, and this request came from an address outside this environment's firewall allow-list\./,
      ),
      details: { refusedBy: 'firewall', reason: 'AdminIpNotAllowed' },
    });
    // WAF's limits (CustomResponseBody, CustomHTTPHeader in the WAFV2 API reference): a body of
    // at most 4 KB, header values of at most 255 characters, names other than Content-Type.
    expect(Buffer.byteLength(body!.Content)).toBeLessThanOrEqual(4096);
  });

  it("carries the API's CORS headers (every origin, the console's too) and its security headers", () => {
    const headers = Object.fromEntries(refusal.ResponseHeaders.map((h) => [h.Name, h.Value]));
    expect(headers).toEqual({
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': CORS_HEADERS['Access-Control-Allow-Headers'],
      'Access-Control-Allow-Methods': CORS_HEADERS['Access-Control-Allow-Methods'],
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    expect(headers['Access-Control-Allow-Origin']).toBe(
      CORS_HEADERS['Access-Control-Allow-Origin'],
    );
    for (const { Name, Value } of refusal.ResponseHeaders) {
      expect(Name).toMatch(/^[a-zA-Z0-9._$-]+$/);
      expect(Name.toLowerCase()).not.toBe('content-type');
      expect(Value.length).toBeLessThanOrEqual(255);
    }
  });

  it('without ranges the web ACL has no custom response bodies', () => {
    const plain = onlyProps(buildForTest('prod').api, 'AWS::WAFv2::WebACL');
    expect(plain).not.toHaveProperty('CustomResponseBodies');
  });
});

describe('adminIpRanges context values', () => {
  const ctx = (values: Record<string, unknown>) => (key: string) => values[key];

  it('takes the environment’s own key first, then a shared list or an object by environment', () => {
    expect(envConfig('prod', ctx({})).adminIpRanges).toEqual([]);
    expect(
      envConfig('prod', ctx({ adminIpRanges: '10.0.0.0/8', 'adminIpRanges.prod': '10.1.0.0/16' }))
        .adminIpRanges,
    ).toEqual(['10.1.0.0/16']);
    expect(envConfig('staging', ctx({ adminIpRanges: ['10.0.0.0/8'] })).adminIpRanges).toEqual([
      '10.0.0.0/8',
    ]);
    const byEnv = { adminIpRanges: { prod: ['2001:db8::/32'] } };
    expect(envConfig('prod', ctx(byEnv)).adminIpRanges).toEqual(['2001:db8::/32']);
    expect(envConfig('dev', ctx(byEnv)).adminIpRanges).toEqual([]);
  });

  it('refuses an entry that is not a CIDR range, naming the key, the entry and its position', () => {
    const bad = () => envConfig('prod', ctx({ 'adminIpRanges.prod': '10.0.0.0/8,10.0.0.1' }));
    expect(bad).toThrow(EnvConfigError);
    expect(bad).toThrow(
      `Context 'adminIpRanges.prod': Allowed range 2 "10.0.0.1" needs a prefix length: 10.0.0.1/32 for this one address.`,
    );
    expect(() => envConfig('dev', ctx({ adminIpRanges: 42 }))).toThrow(
      /Context 'adminIpRanges' must be CIDR ranges separated by commas/,
    );
  });
});

describe('cdk-nag with the admin IP rule', () => {
  it('dev and prod with both address families have no unsuppressed AwsSolutions error', () => {
    const app = new App({
      builtinCloudFormationValidation: false,
      context: { 'aws:cdk:bundling-stacks': [] },
    });
    const ranges = { adminIpRanges: '192.0.2.0/24,2001:db8::/32' } as Record<string, unknown>;
    for (const env of ['dev', 'prod'] as const)
      buildSystem(
        app,
        envConfig(env, (k) => ranges[k]),
      );
    Aspects.of(app).add(new AwsSolutionsChecks());
    const stacks = app.synth().stacks;
    expect(stacks.map((s) => s.stackName)).toContain('AwsCost-dev-Api');
    for (const artifact of stacks) {
      const errors = artifact.messages
        .filter((m) => m.level === 'error' && String(m.entry.data).startsWith('AwsSolutions-'))
        .map((m) => String(m.entry.data).split('\n')[0]);
      expect([artifact.stackName, errors]).toEqual([artifact.stackName, []]);
    }
  });
});
