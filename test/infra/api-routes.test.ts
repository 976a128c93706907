import { Match } from 'aws-cdk-lib/assertions';
import { ROUTES } from '../../core';
import { CORS_HEADERS } from '../../backend/http/response';
import { CORS, ROUTES_WITHOUT_JSON_BODY, routeKey } from '../../infra/constructs/api-routes';
import { pascal } from '../../infra/constructs/data-tables';
import { buildForTest, onlyProps, resourcesOf } from './build-system';
import type { CfnResource } from './build-system';

const prod = buildForTest('prod');
const dev = buildForTest('dev');

/** logicalId of each API resource -> its full path, rebuilt from PathPart/ParentId. */
function resourcePaths(resources: [string, CfnResource][]): Map<string, string> {
  const byId = new Map(resources);
  const paths = new Map<string, string>();
  const pathOf = (id: string): string => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const props = byId.get(id)?.Properties as { PathPart: string; ParentId: { Ref?: string } };
    const parent = props.ParentId.Ref ? pathOf(props.ParentId.Ref) : '';
    const full = `${parent}/${props.PathPart}`;
    paths.set(id, full);
    return full;
  };
  for (const id of byId.keys()) pathOf(id);
  return paths;
}

type MethodProps = {
  HttpMethod: string;
  ResourceId: { Ref?: string; 'Fn::GetAtt'?: string[] };
  AuthorizationType: string;
  AuthorizerId?: { Ref: string };
  RequestValidatorId?: { Ref: string };
  RequestModels?: Record<string, { Ref: string }>;
  RequestParameters?: Record<string, boolean>;
  Integration: { Type: string; Uri?: unknown; CacheKeyParameters?: string[] };
};

function methodsByRoute(template: typeof prod.api): Map<string, MethodProps> {
  const paths = resourcePaths(resourcesOf(template, 'AWS::ApiGateway::Resource'));
  const methods = new Map<string, MethodProps>();
  for (const [, method] of resourcesOf(template, 'AWS::ApiGateway::Method')) {
    const props = method.Properties as MethodProps;
    const path = props.ResourceId.Ref ? paths.get(props.ResourceId.Ref) : '/';
    methods.set(`${props.HttpMethod} ${path}`, props);
  }
  return methods;
}

const methods = methodsByRoute(prod.api);
const authorizerId = Object.keys(prod.api.findResources('AWS::ApiGateway::Authorizer'))[0];

describe('API: every route of ROUTES, wired to its function', () => {
  it('has exactly one method per route, plus OPTIONS preflights and nothing else', () => {
    const nonOptions = [...methods.keys()].filter((k) => !k.startsWith('OPTIONS '));
    expect(nonOptions.sort()).toEqual(ROUTES.map(routeKey).sort());
  });

  it.each(ROUTES.map((r) => [routeKey(r), r] as const))(
    '%s -> its fn alias, right authorizer',
    (key, route) => {
      const method = methods.get(key)!;
      expect(method.Integration.Type).toBe('AWS_PROXY');
      // The integration targets the fn's `live` alias (CodeDeploy shifts it), not $LATEST.
      expect(JSON.stringify(method.Integration.Uri)).toMatch(
        new RegExp(`"${pascal(route.fn)}FnLive[0-9A-F]{8}"`),
      );
      if (route.auth === 'cognito') {
        expect(method.AuthorizationType).toBe('COGNITO_USER_POOLS');
        expect(method.AuthorizerId).toEqual({ Ref: authorizerId });
      } else {
        expect(method.AuthorizationType).toBe('NONE');
        expect(method.AuthorizerId).toBeUndefined();
      }
    },
  );

  it('only GET /excel/template is public among the routes', () => {
    const publicRoutes = [...methods.entries()].filter(
      ([k, m]) => !k.startsWith('OPTIONS ') && m.AuthorizationType === 'NONE',
    );
    expect(publicRoutes.map(([k]) => k)).toEqual(['GET /excel/template']);
  });

  it('OPTIONS preflights need no token and answer with the seed CORS headers', () => {
    const options = [...methods.entries()].filter(([k]) => k.startsWith('OPTIONS '));
    expect(options.length).toBeGreaterThan(10);
    for (const [, m] of options) {
      expect(m.AuthorizationType).toBe('NONE');
      expect(m.Integration.Type).toBe('MOCK');
    }
    const sample = JSON.stringify(options[0]![1].Integration);
    expect(sample).toContain(`'${CORS.allowHeaders.join(',')}'`);
    expect(sample).toContain("'GET,POST,PUT,DELETE,OPTIONS'");
    expect(sample).toContain("'*'");
  });

  it('the preflight headers match the ones the backend sends (backend/http/response.ts)', () => {
    expect([...CORS.allowHeaders].join(',')).toBe(CORS_HEADERS['Access-Control-Allow-Headers']);
    expect([...CORS.allowMethods].join(',')).toBe(CORS_HEADERS['Access-Control-Allow-Methods']);
  });

  it('the Cognito authorizer reads the Authorization header of the stateful user pool', () => {
    const props = onlyProps(prod.api, 'AWS::ApiGateway::Authorizer');
    expect(props.Type).toBe('COGNITO_USER_POOLS');
    expect(props.IdentitySource).toBe('method.request.header.Authorization');
    expect(JSON.stringify(props.ProviderARNs)).toContain('UsersUserPool');
  });
});

describe('API: request validation', () => {
  const validators = new Map(
    resourcesOf(prod.api, 'AWS::ApiGateway::RequestValidator').map(([id, v]) => [
      id,
      v.Properties as Record<string, unknown>,
    ]),
  );

  it.each(ROUTES.map((r) => [routeKey(r), r] as const))('%s is validated', (key, route) => {
    const method = methods.get(key)!;
    const validator = validators.get(method.RequestValidatorId!.Ref)!;
    expect(validator.ValidateRequestParameters).toBe(true);
    const jsonBody =
      (route.method === 'POST' || route.method === 'PUT') && !ROUTES_WITHOUT_JSON_BODY.has(key);
    expect(validator.ValidateRequestBody ?? false).toBe(jsonBody);
    if (jsonBody) expect(Object.keys(method.RequestModels ?? {})).toEqual(['application/json']);
    for (const param of route.path.match(/\{[^}]+\}/g) ?? []) {
      expect(method.RequestParameters?.[`method.request.path.${param.slice(1, -1)}`]).toBe(true);
    }
  });

  it('the routes exempt from body validation exist in ROUTES', () => {
    for (const key of ROUTES_WITHOUT_JSON_BODY) expect(ROUTES.map(routeKey)).toContain(key);
  });
});

describe('API: stage settings', () => {
  it('binary media types let xlsx, docx and pdf through (10 MB is the API Gateway limit)', () => {
    const api = onlyProps(prod.api, 'AWS::ApiGateway::RestApi');
    expect(api.BinaryMediaTypes).toEqual(
      expect.arrayContaining([
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/pdf',
      ]),
    );
  });

  it('prod: throttling, X-Ray, access logs kept a year, and a 5-minute cache on pricing data only', () => {
    const stage = onlyProps(prod.api, 'AWS::ApiGateway::Stage') as {
      TracingEnabled: boolean;
      CacheClusterEnabled: boolean;
      MethodSettings: Record<string, unknown>[];
      AccessLogSetting: { DestinationArn: unknown };
    };
    expect(stage.TracingEnabled).toBe(true);
    expect(stage.CacheClusterEnabled).toBe(true);
    expect(stage.MethodSettings).toContainEqual(
      expect.objectContaining({
        HttpMethod: '*',
        ResourcePath: '/*',
        ThrottlingRateLimit: 100,
        ThrottlingBurstLimit: 200,
      }),
    );
    const cached = stage.MethodSettings.filter((s) => s.CachingEnabled === true);
    expect(cached).toEqual([
      expect.objectContaining({
        HttpMethod: 'GET',
        ResourcePath: '/~1calculations~1pricing-data',
        CacheTtlInSeconds: 300,
      }),
    ]);
    // The region and the term part (terms=commitments, DECISIONS 95) each key their own body.
    expect(methods.get('GET /calculations/pricing-data')!.Integration.CacheKeyParameters).toEqual([
      'method.request.querystring.region',
      'method.request.querystring.terms',
    ]);
    prod.api.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: '/aws/apigateway/aws-cost-prod-api/access',
      RetentionInDays: 365,
    });
  });

  it('dev: no cache cluster (budget), lower throttling', () => {
    const stage = onlyProps(dev.api, 'AWS::ApiGateway::Stage') as {
      CacheClusterEnabled?: boolean;
      MethodSettings: Record<string, unknown>[];
    };
    expect(stage.CacheClusterEnabled ?? false).toBe(false);
    expect(stage.MethodSettings).toContainEqual(
      expect.objectContaining({ ThrottlingRateLimit: 20, ThrottlingBurstLimit: 50 }),
    );
  });

  it('gateway 4xx/5xx responses carry CORS headers so browsers can read 401 and 429', () => {
    for (const type of ['DEFAULT_4XX', 'DEFAULT_5XX']) {
      prod.api.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
        ResponseType: type,
        ResponseParameters: Match.objectLike({
          'gatewayresponse.header.Access-Control-Allow-Origin': "'*'",
          'gatewayresponse.header.X-Content-Type-Options': "'nosniff'",
          'gatewayresponse.header.Cache-Control': "'no-store'",
          'gatewayresponse.header.Strict-Transport-Security':
            "'max-age=31536000; includeSubDomains'",
        }),
      });
    }
  });

  it('prod has a WAF with a 1,000 requests/minute rate rule keyed by the Authorization header', () => {
    const acl = onlyProps(prod.api, 'AWS::WAFv2::WebACL') as {
      Scope: string;
      Rules: { Name: string; Statement: Record<string, unknown> }[];
    };
    expect(acl.Scope).toBe('REGIONAL');
    const perUser = acl.Rules.find((r) => r.Name === 'per-user-rate')!;
    expect(perUser.Statement).toEqual({
      RateBasedStatement: expect.objectContaining({
        Limit: 1000,
        EvaluationWindowSec: 60,
        AggregateKeyType: 'CUSTOM_KEYS',
        CustomKeys: [
          {
            Header: { Name: 'authorization', TextTransformations: [{ Priority: 0, Type: 'NONE' }] },
          },
        ],
      }),
    });
    prod.api.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    dev.api.resourceCountIs('AWS::WAFv2::WebACL', 0);
  });
});
