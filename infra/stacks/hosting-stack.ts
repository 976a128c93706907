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

/**
 * Where the admin console lives under the site. The layout is webpack's `dist/` as it is: the
 * add-in at the root (taskpane.html, functions.json, manifest.xml, bundles), the console in
 * web-admin/ (webpack.config.js).
 */
export const ADMIN_PREFIX = 'web-admin/';

/**
 * Static hosting for the add-in and the admin console: a private bucket read by CloudFront
 * through an origin access control. HTML, the manifest and functions.json are cached for a minute
 * so a release shows up at once; other files follow the Cache-Control they were uploaded with, up
 * to a year (content-hashed bundles are uploaded `immutable`, README), and five minutes when they
 * carry none.
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
    const assetCache = new cloudfront.CachePolicy(this, 'Assets', {
      cachePolicyName: `aws-cost-${config.name}-assets`,
      comment:
        'Bundles and assets: as uploaded (hashed files: 1 year, immutable); 5 minutes by default.',
      defaultTtl: Duration.minutes(5),
      minTtl: Duration.seconds(0),
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
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: behavior(headers.addin, assetCache),
      // First match wins: the console's pages before the add-in's generic patterns.
      additionalBehaviors: {
        [`/${ADMIN_PREFIX}*.html`]: behavior(headers.adminConsole, shortCache),
        [`/${ADMIN_PREFIX}*`]: behavior(headers.adminConsole, assetCache),
        '*.html': behavior(headers.addin, shortCache),
        '*.xml': behavior(headers.addin, shortCache),
        '*.json': behavior(headers.addin, shortCache),
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
      value: `https://${this.distribution.distributionDomainName}/manifest.xml`,
    });
    new CfnOutput(this, 'AdminConsoleUrl', {
      value: `https://${this.distribution.distributionDomainName}/${ADMIN_PREFIX}index.html`,
    });
  }
}
