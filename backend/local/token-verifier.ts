import { JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';

/** Verifies a Cognito ID token and returns its claims as API Gateway passes them (strings). */
export interface TokenVerifier {
  verify(token: string): Promise<Record<string, string>>;
}

/**
 * aws-jwt-verify against cognito-local: `JwtRsaVerifier` with an http JWKS fetcher, because the
 * default fetcher only speaks https and `CognitoJwtVerifier` rejects `local_` pool ids
 * (shared/docs/local-stack.md §3a). Only ID tokens are accepted, as the API Gateway Cognito
 * authorizer with no OAuth scopes does.
 */
export function cognitoLocalVerifier(opts: { issuer: string; clientId: string }): TokenVerifier {
  const verifier = JwtRsaVerifier.create(
    {
      issuer: opts.issuer,
      audience: opts.clientId,
      jwksUri: `${opts.issuer}/.well-known/jwks.json`,
      customJwtCheck: ({ payload }) => {
        if (payload.token_use !== 'id')
          throw new Error('an ID token is required (token_use must be "id")');
      },
    },
    {
      jwksCache: new SimpleJwksCache({
        fetcher: { fetch: async (uri: string) => (await fetch(uri)).arrayBuffer() },
      }),
    },
  );
  return {
    async verify(token) {
      const payload = await verifier.verify(token);
      // API Gateway hands claims to Lambda as strings; arrays and numbers are flattened likewise.
      return Object.fromEntries(
        Object.entries(payload).map(([k, v]) => [
          k,
          typeof v === 'string' ? v : Array.isArray(v) ? v.join(',') : String(v),
        ]),
      );
    },
  };
}
