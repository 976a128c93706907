import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { physicalName } from '../../core';
import type { EnvConfig } from '../config/environments';
import { configParameterName } from '../constructs/app-parameters';
import { SecurityHeaders } from '../constructs/security-headers';
import { applyFeatureFlags } from '../feature-flags';
import * as ssm from 'aws-cdk-lib/aws-ssm';

export interface HostingStackProps extends StackProps {
  readonly config: EnvConfig;
  /** The REST API's id, for the CSP connect-src. */
  readonly restApiId: string;
}

/** Where the add-in lives under the site: `/addin/taskpane.html`, `/addin/manifest.xml`, … */
export const ADDIN_PREFIX = 'addin/';

/**
 * Static hosting for the add-in (under /addin/) and the admin console (at the root): a private
 * bucket read by CloudFront through an origin access control. Hashed assets are cached for a
 * year; HTML, the manifest and the custom-functions metadata for a minute, so a release shows
 * up at once while the hashed files it references stay cached.
 */
export class HostingStack extends Stack {
  readonly siteBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: HostingStackProps) {
    super(scope, id, props);
    applyFeatureFlags(this);
    const { config } = props;
    const removal = config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    // CloudFront standard logs need ACLs on their bucket (a CloudFront requirement).
    const logs = new s3.Bucket(this, 'Logs', {
      bucketName: physicalName(config.name, 'site-logs'),
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-logs', expiration: Duration.days(90) }],
      removalPolicy: removal,
    });
    // SSE-S3, not the data key: the site is public content, and OAC reads of SSE-KMS objects
    // would need the stateful key's policy to name this distribution (a cross-stack cycle).
    this.siteBucket = new s3.Bucket(this, 'Site', {
      bucketName: physicalName(config.name, 'site'),
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/',
      lifecycleRules: [
        { id: 'expire-old-releases', noncurrentVersionExpiration: Duration.days(30) },
      ],
      removalPolicy: removal,
    });

    const headers = new SecurityHeaders(this, 'Headers', {
      envName: config.name,
      connectOrigins: [
        `https://${props.restApiId}.execute-api.${this.region}.amazonaws.com`,
        `https://cognito-idp.${this.region}.amazonaws.com`,
      ],
    });
    const longCache = new cloudfront.CachePolicy(this, 'HashedAssets', {
      cachePolicyName: `aws-cost-${config.name}-hashed-assets`,
      comment: 'Content-hashed bundles: one year, immutable.',
      defaultTtl: Duration.days(365),
      minTtl: Duration.days(1),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const shortCache = new cloudfront.CachePolicy(this, 'Entrypoints', {
      cachePolicyName: `aws-cost-${config.name}-entrypoints`,
      comment: 'HTML, manifest.xml, functions.json: one minute, so releases appear at once.',
      defaultTtl: Duration.minutes(1),
      minTtl: Duration.seconds(0),
      maxTtl: Duration.minutes(5),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const origin = origins.S3BucketOrigin.withOriginAccessControl(this.siteBucket);
    const behavior = (
      policy: cloudfront.IResponseHeadersPolicy,
      cache: cloudfront.ICachePolicy,
    ): cloudfront.BehaviorOptions => ({
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      compress: true,
      cachePolicy: cache,
      responseHeadersPolicy: policy,
    });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: `aws-cost ${config.name}: Excel add-in and admin console`,
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: behavior(headers.adminConsole, longCache),
      additionalBehaviors: {
        [`/${ADDIN_PREFIX}*.html`]: behavior(headers.addin, shortCache),
        [`/${ADDIN_PREFIX}*.xml`]: behavior(headers.addin, shortCache),
        [`/${ADDIN_PREFIX}*.json`]: behavior(headers.addin, shortCache),
        [`/${ADDIN_PREFIX}*`]: behavior(headers.addin, longCache),
        '*.html': behavior(headers.adminConsole, shortCache),
      },
    });

    new ssm.StringParameter(this, 'SiteUrlParameter', {
      parameterName: configParameterName(config.name, 'site-url'),
      stringValue: `https://${this.distribution.distributionDomainName}`,
    });
    new CfnOutput(this, 'SiteUrl', {
      value: `https://${this.distribution.distributionDomainName}`,
    });
    new CfnOutput(this, 'SiteBucketName', { value: this.siteBucket.bucketName });
    new CfnOutput(this, 'AddinManifestUrl', {
      value: `https://${this.distribution.distributionDomainName}/${ADDIN_PREFIX}manifest.xml`,
    });
  }
}
