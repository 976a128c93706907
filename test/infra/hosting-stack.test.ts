import { Match } from 'aws-cdk-lib/assertions';
import { OFFICE_JS_ORIGIN } from '../../infra/constructs/security-headers';
import { buildForTest, onlyProps, resourcesOf } from './build-system';

const prod = buildForTest('prod');

type HeadersConfig = {
  Name: string;
  SecurityHeadersConfig: {
    StrictTransportSecurity: { AccessControlMaxAgeSec: number; IncludeSubdomains: boolean };
    ContentTypeOptions: unknown;
    FrameOptions?: { FrameOption: string };
    XSSProtection: { Protection: boolean; ModeBlock: boolean };
    ReferrerPolicy: { ReferrerPolicy: string };
    ContentSecurityPolicy: { ContentSecurityPolicy: unknown };
  };
};

const policies = new Map(
  resourcesOf(prod.hosting, 'AWS::CloudFront::ResponseHeadersPolicy').map(([id, p]) => {
    const config = (p.Properties as { ResponseHeadersPolicyConfig: HeadersConfig })
      .ResponseHeadersPolicyConfig;
    return [config.Name, { id, config }];
  }),
);
const csp = (name: string) =>
  JSON.stringify(policies.get(name)!.config.SecurityHeadersConfig.ContentSecurityPolicy);

describe('hosting: private bucket behind CloudFront with an origin access control', () => {
  it('the site bucket is private, encrypted, TLS-only and readable only by the distribution', () => {
    prod.hosting.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: 'aws-cost-prod-site',
      PublicAccessBlockConfiguration: Match.objectLike({
        BlockPublicAcls: true,
        RestrictPublicBuckets: true,
      }),
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
    });
    prod.hosting.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    const policy = JSON.stringify(
      resourcesOf(prod.hosting, 'AWS::S3::BucketPolicy').map(
        ([, p]) => p.Properties?.PolicyDocument,
      ),
    );
    expect(policy).toContain('cloudfront.amazonaws.com');
    expect(policy).toContain('AWS:SourceArn');
    expect(policy).toContain('aws:SecureTransport');
  });

  it('redirects to HTTPS everywhere and logs requests', () => {
    const dist = onlyProps(prod.hosting, 'AWS::CloudFront::Distribution') as {
      DistributionConfig: {
        DefaultCacheBehavior: { ViewerProtocolPolicy: string };
        CacheBehaviors: { ViewerProtocolPolicy: string }[];
        Logging: unknown;
      };
    };
    const behaviors = [
      dist.DistributionConfig.DefaultCacheBehavior,
      ...dist.DistributionConfig.CacheBehaviors,
    ];
    for (const b of behaviors) expect(b.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(dist.DistributionConfig.Logging).toBeDefined();
  });
});

describe('hosting: seed §3.3 security headers', () => {
  it.each(['aws-cost-prod-admin-headers', 'aws-cost-prod-addin-headers'])(
    '%s: HSTS 1 year, nosniff, XSS block, referrer policy',
    (name) => {
      const headers = policies.get(name)!.config.SecurityHeadersConfig;
      expect(headers.StrictTransportSecurity).toEqual(
        expect.objectContaining({ AccessControlMaxAgeSec: 31536000, IncludeSubdomains: true }),
      );
      expect(headers.ContentTypeOptions).toBeDefined();
      expect(headers.XSSProtection).toEqual(
        expect.objectContaining({ Protection: true, ModeBlock: true }),
      );
      expect(headers.ReferrerPolicy.ReferrerPolicy).toBe('strict-origin-when-cross-origin');
    },
  );

  it('the CSP admits office.js, the API and Cognito, and no inline script', () => {
    for (const name of ['aws-cost-prod-admin-headers', 'aws-cost-prod-addin-headers']) {
      const scriptSrc = csp(name)
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src'));
      expect(scriptSrc).toBe(`script-src 'self' ${OFFICE_JS_ORIGIN}`);
      expect(csp(name)).toContain('.execute-api.');
      expect(csp(name)).toContain('https://cognito-idp.');
      expect(csp(name)).toContain("default-src 'self'");
    }
  });

  it('the admin console denies framing; the add-in may only be framed by Office hosts', () => {
    expect(
      policies.get('aws-cost-prod-admin-headers')!.config.SecurityHeadersConfig.FrameOptions,
    ).toEqual(expect.objectContaining({ FrameOption: 'DENY' }));
    expect(csp('aws-cost-prod-admin-headers')).toContain("frame-ancestors 'none'");
    expect(
      policies.get('aws-cost-prod-addin-headers')!.config.SecurityHeadersConfig.FrameOptions,
    ).toBeUndefined();
    expect(csp('aws-cost-prod-addin-headers')).toMatch(
      /frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com/,
    );
  });
});

describe('hosting: caching', () => {
  const cachePolicies = new Map(
    resourcesOf(prod.hosting, 'AWS::CloudFront::CachePolicy').map(([id, p]) => [
      id,
      (p.Properties as { CachePolicyConfig: { DefaultTTL: number; MaxTTL: number } })
        .CachePolicyConfig,
    ]),
  );
  const dist = onlyProps(prod.hosting, 'AWS::CloudFront::Distribution') as {
    DistributionConfig: {
      DefaultCacheBehavior: {
        CachePolicyId: { Ref: string };
        ResponseHeadersPolicyId: { Ref: string };
      };
      CacheBehaviors: {
        PathPattern: string;
        CachePolicyId: { Ref: string };
        ResponseHeadersPolicyId: { Ref: string };
      }[];
    };
  };
  const policyOf = (ref: { Ref: string }) => cachePolicies.get(ref.Ref)!;
  const byPattern = new Map(dist.DistributionConfig.CacheBehaviors.map((b) => [b.PathPattern, b]));

  it('bundles and assets may be cached for a year when uploaded immutable, 5 minutes otherwise', () => {
    for (const b of [
      dist.DistributionConfig.DefaultCacheBehavior,
      byPattern.get('/web-admin/*')!,
    ]) {
      expect(policyOf(b.CachePolicyId)).toEqual(
        expect.objectContaining({ MaxTTL: 31536000, DefaultTTL: 300 }),
      );
    }
  });

  it('HTML, the manifest and functions.json are cached for a minute, five at most', () => {
    for (const pattern of ['/web-admin/*.html', '*.html', '*.xml', '*.json']) {
      expect(policyOf(byPattern.get(pattern)!.CachePolicyId)).toEqual(
        expect.objectContaining({ DefaultTTL: 60, MaxTTL: 300 }),
      );
    }
  });

  it('the console gets the admin headers, the add-in (everything else) the add-in headers', () => {
    const addin = policies.get('aws-cost-prod-addin-headers')!.id;
    const admin = policies.get('aws-cost-prod-admin-headers')!.id;
    for (const [pattern, b] of byPattern) {
      expect([pattern, b.ResponseHeadersPolicyId.Ref]).toEqual([
        pattern,
        pattern.startsWith('/web-admin/') ? admin : addin,
      ]);
    }
    expect(dist.DistributionConfig.DefaultCacheBehavior.ResponseHeadersPolicyId.Ref).toBe(addin);
    // CloudFront takes the first matching behaviour: the console's patterns must come first.
    const order = dist.DistributionConfig.CacheBehaviors.map((b) => b.PathPattern);
    expect(order.indexOf('/web-admin/*.html')).toBeLessThan(order.indexOf('*.html'));
  });

  it('publishes the production manifest URL (what ADDIN_PUBLIC_URL builds into dist/manifest.xml)', () => {
    expect(JSON.stringify(prod.hosting.findOutputs('AddinManifestUrl'))).toContain('/manifest.xml');
    expect(JSON.stringify(prod.hosting.findOutputs('AdminConsoleUrl'))).toContain(
      '/web-admin/index.html',
    );
  });
});
