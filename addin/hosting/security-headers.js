// HTTP headers for every page the add-in (and the admin console) is served with: the seed's
// CloudFront security headers (seed/system-architecture.md §3.3), adapted to an Office add-in.
// Kept as the reference policy the security tests compare (test/security/csp.test.ts); npm start and
// the e2e host send backend/local/static-server.ts's headers, the hosting stack the CDK's.
//
// Two deliberate changes from the seed:
// - No `X-Frame-Options: DENY`: Excel on the web shows the task pane in an iframe, which DENY would
//   block. `frame-ancestors` in the CSP names the Office hosts that may frame it instead.
// - `script-src` admits office.js from Microsoft's CDN (Marketplace requires loading it from there).

/** @param {{ apiUrl?: string, cognitoEndpoint?: string }} [origins] extra origins the pages call */
function contentSecurityPolicy(origins = {}) {
  const connect = [
    "'self'",
    'https://cognito-idp.*.amazonaws.com',
    'https://*.execute-api.*.amazonaws.com',
  ];
  for (const url of [origins.apiUrl, origins.cognitoEndpoint]) {
    if (url) connect.push(new URL(url).origin);
  }
  return [
    "default-src 'self'",
    "script-src 'self' https://appsforoffice.microsoft.com",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://appsforoffice.microsoft.com",
    `connect-src ${connect.join(' ')}`,
    "frame-src 'self' https://appsforoffice.microsoft.com",
    "frame-ancestors 'self' https://*.office.com https://*.officeapps.live.com https://*.office365.com https://*.cloud.microsoft https://*.sharepoint.com",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** @param {{ apiUrl?: string, cognitoEndpoint?: string }} [origins] */
function securityHeaders(origins = {}) {
  return {
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'Content-Security-Policy': contentSecurityPolicy(origins),
    'X-Content-Type-Options': 'nosniff',
    'X-XSS-Protection': '1; mode=block',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

module.exports = { securityHeaders, contentSecurityPolicy };
