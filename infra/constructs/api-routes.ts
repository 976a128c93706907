import { Duration, RemovalPolicy, Size } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ROUTES } from '../../core';
import type { FunctionName, RouteSpec } from '../../core';
import type { EnvConfig } from '../config/environments';

/** CORS of seed §2.2, plus the headers the backend adds (If-None-Match for pricing-data ETags). */
export const CORS = {
  allowOrigins: apigw.Cors.ALL_ORIGINS,
  allowHeaders: [
    'Content-Type',
    'Authorization',
    'X-User-Id',
    'X-User-Email',
    'X-User-Role',
    'If-None-Match',
  ],
  allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
} as const;

/** Workbooks and documents travel as binary (base64 to Lambda); everything else is JSON. */
export const BINARY_MEDIA_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/pdf',
  'application/octet-stream',
  'multipart/form-data',
];

/** POST/PUT routes that carry no JSON object body, so the gateway does not validate one. */
export const ROUTES_WITHOUT_JSON_BODY: ReadonlySet<string> = new Set([
  'POST /estimations/{id}/clone', // no body: clones the stored estimation
  'POST /excel/upload', // the workbook itself (binary or multipart)
]);

/**
 * The one cached route (seed §4.1: 5 minutes for pricing data), keyed by the region and the term
 * part asked for (`terms=commitments` is another body, DECISIONS 95).
 */
export const CACHED_ROUTE = {
  key: 'GET /calculations/pricing-data',
  ttl: Duration.minutes(5),
} as const;
export const CACHE_KEY_PARAMETERS = [
  'method.request.querystring.region',
  'method.request.querystring.terms',
];

/** The REST API's name: also the ApiName dimension of its CloudWatch metrics (the admin error rate). */
export function restApiName(envName: string): string {
  return `aws-cost-${envName}-api`;
}

export function routeKey(route: Pick<RouteSpec, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

export interface ApiRoutesProps {
  readonly config: EnvConfig;
  readonly userPool: cognito.IUserPool;
  /** The live alias per route-table function; undefined while its handler file is missing. */
  readonly targets: ReadonlyMap<FunctionName, lambda.IFunction | undefined>;
  readonly accessLogs: logs.ILogGroup;
}

/**
 * The REST API: one method per entry of ROUTES, wired to its function's live alias, with the
 * Cognito authorizer on every route the table marks `cognito` (all but GET /excel/template) and
 * CORS preflight (OPTIONS, no auth) on every resource.
 */
export class ApiRoutes extends Construct {
  readonly api: apigw.RestApi;
  readonly authorizer: apigw.CognitoUserPoolsAuthorizer;

  constructor(scope: Construct, id: string, props: ApiRoutesProps) {
    super(scope, id);
    const { config } = props;
    this.api = new apigw.RestApi(this, 'Api', {
      restApiName: restApiName(config.name),
      description: `AWS Cost Estimation API (${config.name})`,
      endpointTypes: [apigw.EndpointType.REGIONAL],
      binaryMediaTypes: BINARY_MEDIA_TYPES,
      // Answers are at most INLINE_JSON_BYTES of JSON (larger ones are stored and downloaded);
      // the gateway gzips them for clients that accept it, after Lambda's 6 MB limit applies.
      minCompressionSize: Size.kibibytes(16),
      defaultCorsPreflightOptions: {
        allowOrigins: [...CORS.allowOrigins],
        allowHeaders: [...CORS.allowHeaders],
        allowMethods: [...CORS.allowMethods],
      },
      // Execution logs need the account-wide API Gateway role; kept when a stack goes away
      // because other APIs in the account may rely on it.
      cloudWatchRole: true,
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      deployOptions: {
        stageName: config.name,
        tracingEnabled: true,
        metricsEnabled: true,
        loggingLevel: apigw.MethodLoggingLevel.INFO,
        dataTraceEnabled: false,
        accessLogDestination: new apigw.LogGroupLogDestination(props.accessLogs),
        accessLogFormat: apigw.AccessLogFormat.jsonWithStandardFields(),
        throttlingRateLimit: config.throttle.rateLimit,
        throttlingBurstLimit: config.throttle.burstLimit,
        cacheClusterEnabled: config.apiCache,
        cacheClusterSize: config.apiCache ? '0.5' : undefined,
        methodOptions: config.apiCache
          ? {
              '/calculations/pricing-data/GET': {
                cachingEnabled: true,
                cacheTtl: CACHED_ROUTE.ttl,
                cacheDataEncrypted: true,
              },
            }
          : undefined,
      },
    });
    this.authorizer = new apigw.CognitoUserPoolsAuthorizer(this, 'Authorizer', {
      authorizerName: 'CognitoUserPoolAuthorizer',
      cognitoUserPools: [props.userPool],
      identitySource: apigw.IdentitySource.header('Authorization'),
      resultsCacheTtl: Duration.minutes(5),
    });
    this.addCorsToGatewayErrors();

    const paramsOnly = this.api.addRequestValidator('ParamsValidator', {
      requestValidatorName: 'params-only',
      validateRequestParameters: true,
    });
    const bodyAndParams = this.api.addRequestValidator('BodyValidator', {
      requestValidatorName: 'body-and-params',
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    // The gateway only checks the shape (a JSON object); each route's zod schema does the rest.
    const jsonObject = this.api.addModel('JsonObject', {
      contentType: 'application/json',
      modelName: 'JsonObject',
      schema: {
        schema: apigw.JsonSchemaVersion.DRAFT4,
        title: 'JsonObject',
        type: apigw.JsonSchemaType.OBJECT,
      },
    });

    for (const route of ROUTES) {
      const hasJsonBody =
        (route.method === 'POST' || route.method === 'PUT') &&
        !ROUTES_WITHOUT_JSON_BODY.has(routeKey(route));
      const cached = config.apiCache && routeKey(route) === CACHED_ROUTE.key;
      const target = props.targets.get(route.fn);
      this.api.root
        .resourceForPath(route.path)
        .addMethod(route.method, integrationFor(route, target, cached), {
          operationName: `${route.fn}:${routeKey(route)}`,
          ...(route.auth === 'cognito'
            ? { authorizer: this.authorizer, authorizationType: apigw.AuthorizationType.COGNITO }
            : { authorizationType: apigw.AuthorizationType.NONE }),
          requestValidator: hasJsonBody ? bodyAndParams : paramsOnly,
          requestModels: hasJsonBody ? { 'application/json': jsonObject } : undefined,
          requestParameters: {
            ...pathParameters(route.path),
            ...(cached ? Object.fromEntries(CACHE_KEY_PARAMETERS.map((p) => [p, false])) : {}),
          },
          methodResponses: target ? undefined : [{ statusCode: '503' }],
        });
    }
  }

  /**
   * 401/403/429 from the gateway itself must carry CORS headers or browsers hide them, and the
   * security headers the Lambda responses carry (backend/http/response.ts).
   */
  private addCorsToGatewayErrors(): void {
    const headers = {
      'Access-Control-Allow-Origin': "'*'",
      'Access-Control-Allow-Headers': `'${CORS.allowHeaders.join(',')}'`,
      'X-Content-Type-Options': "'nosniff'",
      'Cache-Control': "'no-store'",
      'Strict-Transport-Security': "'max-age=31536000; includeSubDomains'",
    };
    this.api.addGatewayResponse('Default4xx', {
      type: apigw.ResponseType.DEFAULT_4XX,
      responseHeaders: headers,
    });
    this.api.addGatewayResponse('Default5xx', {
      type: apigw.ResponseType.DEFAULT_5XX,
      responseHeaders: headers,
    });
  }
}

/** `method.request.path.<name>: true` for every `{name}` of a route path. */
export function pathParameters(path: string): Record<string, boolean> {
  const params: Record<string, boolean> = {};
  for (const match of path.matchAll(/\{([^}]+)\}/g))
    params[`method.request.path.${match[1]}`] = true;
  return params;
}

function integrationFor(
  route: RouteSpec,
  target: lambda.IFunction | undefined,
  cached: boolean,
): apigw.Integration {
  if (target) {
    return new apigw.LambdaIntegration(target, {
      proxy: true,
      allowTestInvoke: false,
      cacheKeyParameters: cached ? CACHE_KEY_PARAMETERS : undefined,
    });
  }
  // The handler file had not landed when this was synthesised (see AppFunction.create).
  const body = JSON.stringify({
    error: 'NotDeployed',
    message: `backend/handlers/${route.fn}.ts was missing when this API was synthesised; redeploy once it exists.`,
    details: null,
    requestId: '$context.requestId',
  });
  return new apigw.MockIntegration({
    requestTemplates: { 'application/json': '{"statusCode": 503}' },
    integrationResponses: [{ statusCode: '503', responseTemplates: { 'application/json': body } }],
  });
}
