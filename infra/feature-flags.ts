import type { Stack } from 'aws-cdk-lib';

/**
 * Feature flags this app relies on, set on each stack rather than in cdk.json so the unit tests
 * (which build the stacks without the CLI) synthesise exactly what `cdk synth` does.
 */
const FLAGS: Readonly<Record<string, boolean | string>> = {
  // Server access logs delivered through a bucket policy, not the legacy LogDeliveryWrite ACL.
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  // The API Gateway account role is created explicitly and retained (see api stack).
  '@aws-cdk/aws-apigateway:disableCloudWatchRole': true,
  '@aws-cdk/core:enablePartitionLiterals': true,
  '@aws-cdk/aws-kms:aliasNameRef': true,
  '@aws-cdk/aws-lambda:recognizeLayerVersion': true,
  // Stateless stacks import the stateful stack's outputs; keep them protected (the default).
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
};

/** Call first thing in a stack constructor, before any child construct exists. */
export function applyFeatureFlags(stack: Stack): void {
  for (const [flag, value] of Object.entries(FLAGS)) stack.node.setContext(flag, value);
}
