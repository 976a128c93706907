import { createServer, request } from 'node:http';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ApiFirewall } from '../../../infra/constructs/api-firewall';
import type { StaticServer } from './static-server';
import { listenEphemeral } from '../../helpers/listen';

/** The answer a WAF rule gives a request it blocks, and whether it lets CORS preflights through. */
export interface BlockResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly passesPreflight: boolean;
}

/** WAF's default block: a bare 403 (no CORS headers); preflights pass as with the rule. */
export const WAF_DEFAULT_BLOCK: BlockResponse = {
  status: 403,
  headers: {},
  body: '',
  passesPreflight: true,
};

type AclProps = {
  Rules: {
    Name: string;
    Action: { Block?: { CustomResponse?: Record<string, unknown> } };
    Statement: unknown;
  }[];
  CustomResponseBodies?: Record<string, { ContentType: string; Content: string }>;
};

/**
 * The admin IP rule's block response as the CDK app synthesises it (infra/constructs/api-firewall.ts
 * with an allow-list): status, headers and body from the CloudFormation template, and whether its
 * statement leaves OPTIONS requests alone.
 */
export function synthesisedAdminRefusal(): BlockResponse {
  const stack = new Stack(new App(), 'FirewallOnly');
  new ApiFirewall(stack, 'Firewall', {
    envName: 'e2e',
    stageArn: 'arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod',
    stageName: 'prod',
    managedRules: false,
    adminIpRanges: ['192.0.2.0/24'],
  });
  const acl = Object.values(Template.fromStack(stack).findResources('AWS::WAFv2::WebACL'))[0]!
    .Properties as AclProps;
  const rule = acl.Rules.find((r) => r.Name === 'admin-ip-allow-list');
  const custom = rule?.Action.Block?.CustomResponse as
    | {
        ResponseCode: number;
        CustomResponseBodyKey: string;
        ResponseHeaders: { Name: string; Value: string }[];
      }
    | undefined;
  if (!custom) throw new Error('the admin IP rule has no custom block response');
  const body = acl.CustomResponseBodies?.[custom.CustomResponseBodyKey];
  if (!body) throw new Error(`no custom response body "${custom.CustomResponseBodyKey}"`);
  const contentType = {
    APPLICATION_JSON: 'application/json',
    TEXT_PLAIN: 'text/plain',
    TEXT_HTML: 'text/html',
  };
  return {
    status: custom.ResponseCode,
    headers: {
      ...Object.fromEntries(custom.ResponseHeaders.map((h) => [h.Name, h.Value])),
      'Content-Type': contentType[body.ContentType as keyof typeof contentType],
    },
    body: body.Content,
    passesPreflight: JSON.stringify(rule?.Statement).includes(
      '{"NotStatement":{"Statement":{"ByteMatchStatement":{"FieldToMatch":{"Method":{}},"PositionalConstraint":"EXACTLY","SearchString":"OPTIONS"',
    ),
  };
}

/**
 * A stand-in for the WAF in front of the API, from a network outside the allow-list: every
 * `/admin/` request gets `block` (a CORS preflight only when the rule does not let it pass);
 * everything else goes on to the API.
 */
export async function firewallFront(apiUrl: string, block: BlockResponse): Promise<StaticServer> {
  const api = new URL(apiUrl);
  const server = createServer((req, res) => {
    const preflight = req.method === 'OPTIONS';
    if (req.url?.startsWith('/admin/') && !(preflight && block.passesPreflight)) {
      req.resume();
      res.writeHead(block.status, { ...block.headers });
      res.end(block.body);
      return;
    }
    const forward = request(
      {
        host: api.hostname,
        port: api.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  return listenEphemeral(server);
}
