import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** A call Cognito would refuse: answered as Cognito answers (HTTP 400, `__type` + message). */
export class CognitoRefusal extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'CognitoRefusal';
  }

  toJson(): { __type: string; message: string } {
    return { __type: this.type, message: this.message };
  }
}

interface Decision {
  /** Answer without calling cognito-local. */
  readonly answer?: unknown;
  /** Call cognito-local with this body (and target) instead of the original. */
  readonly forward?: { body: Buffer; target?: string };
}

type Json = Record<string, unknown>;

/**
 * The Cognito behaviour cognito-local lacks, read from the pool and client settings it stores
 * (the ones the bootstrap gives it from core's USER_POOL_SETTINGS, as the CDK app gives Cognito).
 */
export class CognitoRules {
  /** `<poolId>/<username>` -> epoch seconds of the last global sign-out. */
  private readonly signedOut: Map<string, number>;

  constructor(
    private readonly inner: string,
    private readonly stateFile?: string,
  ) {
    this.signedOut = new Map(
      stateFile && existsSync(stateFile)
        ? (Object.entries(JSON.parse(readFileSync(stateFile, 'utf8'))) as [string, number][])
        : [],
    );
  }

  async check(action: string, raw: Buffer): Promise<Decision> {
    const input = parse(raw);
    switch (action) {
      case 'SignUp':
        return this.signUp(input);
      case 'UpdateUserAttributes':
        await this.writeAttributes(input);
        return {};
      case 'AdminUserGlobalSignOut': {
        // The tokens carry the stored username, which an alias (the email) may stand for.
        const pool = String(input.UserPoolId ?? '');
        const user = await this.call('AdminGetUser', {
          UserPoolId: pool,
          Username: input.Username,
        });
        if (!user) throw new CognitoRefusal('UserNotFoundException', 'User does not exist.');
        this.signOut(pool, String(user.Username ?? input.Username ?? ''));
        return { answer: {} };
      }
      case 'GlobalSignOut': {
        const claims = this.accessToken(input);
        this.signOut(poolOf(claims), String(claims.username ?? ''));
        return { answer: {} };
      }
      case 'GetTokensFromRefreshToken':
        this.refreshToken(input.RefreshToken);
        return {
          forward: {
            target: 'AWSCognitoIdentityProviderService.InitiateAuth',
            body: Buffer.from(
              JSON.stringify({
                AuthFlow: 'REFRESH_TOKEN_AUTH',
                ClientId: input.ClientId,
                AuthParameters: { REFRESH_TOKEN: input.RefreshToken },
              }),
            ),
          },
        };
      case 'InitiateAuth':
        if (/^REFRESH_TOKEN(_AUTH)?$/.test(String(input.AuthFlow))) {
          this.refreshToken((input.AuthParameters as Json | undefined)?.REFRESH_TOKEN);
        }
        return {};
      default:
        if (typeof input.AccessToken === 'string') this.accessToken(input);
        return {};
    }
  }

  private async signUp(input: Json): Promise<Decision> {
    const pool = await this.poolOfClient(String(input.ClientId ?? ''));
    const config = pool ? await this.call('DescribeUserPool', { UserPoolId: pool }) : null;
    const adminOnly = (config?.UserPool as Json | undefined)?.AdminCreateUserConfig as
      Json | undefined;
    if (adminOnly?.AllowAdminCreateUserOnly === true) {
      throw new CognitoRefusal(
        'NotAuthorizedException',
        'SignUp is not permitted for this user pool',
      );
    }
    return {};
  }

  private async writeAttributes(input: Json): Promise<void> {
    const claims = this.accessToken(input);
    const client = await this.call('DescribeUserPoolClient', {
      UserPoolId: poolOf(claims),
      ClientId: claims.client_id,
    });
    const allowed = (client?.UserPoolClient as Json | undefined)?.WriteAttributes;
    if (!Array.isArray(allowed)) return;
    const names = Array.isArray(input.UserAttributes)
      ? input.UserAttributes.map((a) => String((a as Json).Name))
      : [];
    const refused = names.filter((n) => !allowed.includes(n));
    if (refused.length) {
      throw new CognitoRefusal(
        'NotAuthorizedException',
        `A client attempted to write unauthorized attribute: ${refused.join(', ')}`,
      );
    }
  }

  private signOut(pool: string, username: string): void {
    if (!pool || !username) {
      throw new CognitoRefusal('InvalidParameterException', 'UserPoolId and Username are required');
    }
    this.signedOut.set(`${pool}/${username.toLowerCase()}`, Math.floor(Date.now() / 1000));
    if (this.stateFile)
      writeFileSync(this.stateFile, JSON.stringify(Object.fromEntries(this.signedOut)));
  }

  /** Claims of the request's access token; refused when a global sign-out came after it. */
  private accessToken(input: Json): Json {
    const claims = jwtClaims(input.AccessToken);
    if (!claims) throw new CognitoRefusal('NotAuthorizedException', 'Invalid Access Token');
    if (this.revoked(poolOf(claims), claims.username, claims.iat)) {
      throw new CognitoRefusal('NotAuthorizedException', 'Access Token has been revoked');
    }
    return claims;
  }

  private refreshToken(token: unknown): void {
    const claims = jwtClaims(token);
    if (!claims) throw new CognitoRefusal('NotAuthorizedException', 'Invalid Refresh Token');
    if (this.revoked(poolOf(claims), claims['cognito:username'], claims.iat)) {
      throw new CognitoRefusal('NotAuthorizedException', 'Refresh Token has been revoked');
    }
  }

  private revoked(pool: string, username: unknown, iat: unknown): boolean {
    const at = this.signedOut.get(`${pool}/${String(username ?? '').toLowerCase()}`);
    return at !== undefined && typeof iat === 'number' && iat <= at;
  }

  private async poolOfClient(clientId: string): Promise<string | null> {
    const pools = await this.call('ListUserPools', { MaxResults: 60 });
    for (const pool of (pools?.UserPools as Json[] | undefined) ?? []) {
      const clients = await this.call('ListUserPoolClients', {
        UserPoolId: pool.Id,
        MaxResults: 60,
      });
      const found = ((clients?.UserPoolClients as Json[] | undefined) ?? []).some(
        (c) => c.ClientId === clientId,
      );
      if (found) return String(pool.Id);
    }
    return null;
  }

  /** A call to cognito-local itself (it checks no signature). */
  private async call(action: string, input: Json): Promise<Json | null> {
    const res = await fetch(this.inner, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.1',
        'X-Amz-Target': `AWSCognitoIdentityProviderService.${action}`,
      },
      body: JSON.stringify(input),
    });
    return res.ok ? ((await res.json()) as Json) : null;
  }
}

function parse(raw: Buffer): Json {
  if (raw.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new CognitoRefusal('SerializationException', 'The request body is not valid JSON.');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new CognitoRefusal('SerializationException', 'The request body must be a JSON object.');
  }
  return value as Json;
}

/** The payload of a JWT (signature not checked: cognito-local checks it when the call goes on). */
function jwtClaims(token: unknown): Json | null {
  if (typeof token !== 'string') return null;
  try {
    const payload: unknown = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    );
    return payload && typeof payload === 'object' ? (payload as Json) : null;
  } catch {
    return null;
  }
}

/** `http://127.0.0.1:9230/local_abc` -> `local_abc`. */
function poolOf(claims: Json): string {
  return (
    String(claims.iss ?? '')
      .split('/')
      .pop() ?? ''
  );
}
