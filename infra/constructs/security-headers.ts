import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';

/** Office.js is loaded from Microsoft's CDN; the add-in cannot run without it. */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/**
 * Office hosts that embed the task pane in an iframe (Excel on the web, Teams, the desktop WebView
 * uses the same origins). The add-in cannot send `X-Frame-Options: DENY` as the seed's generic
 * headers say, or Excel on the web could not show it; it restricts framing with CSP instead.
 */
export const OFFICE_FRAME_ANCESTORS = [
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.sharepoint.com',
  'https://*.cloud.microsoft',
];

export interface SecurityHeadersProps {
  readonly envName: string;
  /** Origins the pages call: the API and the Cognito endpoint. */
  readonly connectOrigins: readonly string[];
}

/**
 * Response-headers policies with the seed's security headers (§3.3): one for the admin console
 * (framing denied) and one for the add-in (framing only by Office hosts).
 */
export class SecurityHeaders extends Construct {
  readonly adminConsole: cloudfront.ResponseHeadersPolicy;
  readonly addin: cloudfront.ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: SecurityHeadersProps) {
    super(scope, id);
    const connect = ["'self'", OFFICE_JS_ORIGIN, ...props.connectOrigins].join(' ');
    const csp = (frameAncestors: string) =>
      [
        "default-src 'self'",
        `script-src 'self' ${OFFICE_JS_ORIGIN}`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: https:",
        "font-src 'self' data:",
        `connect-src ${connect}`,
        `frame-ancestors ${frameAncestors}`,
        "object-src 'none'",
        "base-uri 'self'",
      ].join('; ');
    const common = {
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(365),
        includeSubdomains: true,
        override: true,
      },
      contentTypeOptions: { override: true },
      xssProtection: { protection: true, modeBlock: true, override: true },
      referrerPolicy: {
        referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
    };
    this.adminConsole = new cloudfront.ResponseHeadersPolicy(this, 'AdminConsole', {
      responseHeadersPolicyName: `aws-cost-${props.envName}-admin-headers`,
      securityHeadersBehavior: {
        ...common,
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        contentSecurityPolicy: { contentSecurityPolicy: csp("'none'"), override: true },
      },
    });
    this.addin = new cloudfront.ResponseHeadersPolicy(this, 'Addin', {
      responseHeadersPolicyName: `aws-cost-${props.envName}-addin-headers`,
      securityHeadersBehavior: {
        ...common,
        contentSecurityPolicy: {
          contentSecurityPolicy: csp(`'self' ${OFFICE_FRAME_ANCESTORS.join(' ')}`),
          override: true,
        },
      },
    });
  }
}
