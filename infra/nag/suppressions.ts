import type { Stack } from 'aws-cdk-lib';
import { NagSuppressions } from 'cdk-nag';
import type { NagPackSuppression } from 'cdk-nag';
import type { SystemStacks } from '../system';

/**
 * cdk-nag AwsSolutions findings that are accepted on purpose. Each suppression names the rule,
 * the resource (or the exact wildcard it allows) and why; a new finding fails the nag test.
 */
export function applyNagSuppressions(stacks: SystemStacks): void {
  const { stateful, api, hosting } = stacks;

  NagSuppressions.addResourceSuppressions(stateful.users.userPool, [
    {
      id: 'AwsSolutions-COG1',
      reason:
        'Seed §3.1 password policy: 8+ characters with upper, lower and digits, no symbols (NIST 800-63B discourages composition rules).',
    },
    {
      id: 'AwsSolutions-COG8',
      reason:
        'Cognito Plus tier (threat protection) is priced per MAU and does not fit the $50/month budget; MFA (TOTP) is available to every user.',
    },
  ]);

  NagSuppressions.addResourceSuppressions(stateful.cursorSecret, [
    {
      id: 'AwsSolutions-SMG4',
      reason:
        'The cursor-signing key protects nothing stored: rotating it only turns outstanding paging cursors into 400s, so it is replaced by redeploying, not by a rotation Lambda.',
    },
  ]);

  for (const fn of api.functions.values()) {
    NagSuppressions.addResourceSuppressions(fn.fn, [
      {
        id: 'AwsSolutions-L1',
        reason:
          'nodejs22.x is the project runtime (ARCHITECTURE.md §5); moving to nodejs24.x is a reviewed change, not a lint fix.',
      },
    ]);
    NagSuppressions.addResourceSuppressions(fn.role, functionWildcards(), true);
    NagSuppressions.addResourceSuppressions(
      fn.deploymentGroup,
      [
        {
          id: 'AwsSolutions-IAM4',
          reason:
            'AWSCodeDeployRoleForLambdaLimited is the AWS-maintained minimal policy CodeDeploy needs to shift Lambda aliases.',
          appliesTo: [
            'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited',
          ],
        },
      ],
      true,
    );
  }

  NagSuppressions.addResourceSuppressions(api.documents.deadLetters, [
    {
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue IS the dead-letter queue: the on-failure destination of the document worker's asynchronous invocations.",
    },
  ]);

  const template = api.routes.api.root.resourceForPath('/excel/template').node.tryFindChild('GET');
  if (template) {
    NagSuppressions.addResourceSuppressions(template, [
      {
        id: 'AwsSolutions-APIG4',
        reason:
          'GET /excel/template is public by design (seed §2.2): the blank requirements workbook holds no data.',
      },
      {
        id: 'AwsSolutions-COG4',
        reason:
          'GET /excel/template is public by design (seed §2.2): the blank requirements workbook holds no data.',
      },
    ]);
  }
  NagSuppressions.addResourceSuppressions(
    api.routes.api,
    [
      {
        id: 'AwsSolutions-IAM4',
        reason:
          'AmazonAPIGatewayPushToCloudWatchLogs is the AWS-managed policy API Gateway needs for execution logs (account-level role).',
        appliesTo: [
          'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs',
        ],
      },
    ],
    true,
  );

  NagSuppressions.addResourceSuppressions(hosting.distribution, [
    {
      id: 'AwsSolutions-CFR4',
      reason:
        'No custom domain yet: the default *.cloudfront.net certificate cannot pin TLS 1.2. Adding a domain + ACM certificate (README) applies TLSv1.2_2021.',
    },
  ]);
}

/** The wildcards a function role has, each limited to a resource the function owns. */
function functionWildcards(): NagPackSuppression[] {
  return [
    {
      id: 'AwsSolutions-IAM5',
      reason:
        'X-Ray PutTraceSegments/PutTelemetryRecords and (admin function only) CloudWatch GetMetricData have no resource-level permissions (AWS docs).',
      appliesTo: ['Resource::*'],
    },
    {
      id: 'AwsSolutions-IAM5',
      reason:
        "Log streams of the function's own log group only (the group ARN is fixed; stream names are chosen by Lambda).",
      appliesTo: [{ regex: '/^Resource::<[A-Za-z0-9]+FnLogs[A-Za-z0-9]+\\.Arn>:\\*$/' }],
    },
    {
      id: 'AwsSolutions-IAM5',
      reason:
        'Queries on the global secondary indexes of a table the function is granted (Query on an index is authorised on the index ARN).',
      appliesTo: [{ regex: '/^Resource::.*\\/index\\/\\*$/' }],
    },
    {
      id: 'AwsSolutions-IAM5',
      reason:
        'Objects under one key prefix of one bucket (uploads/temp/, templates/, catalog/, catalog/refresh/, documents/, backups/, estimations/), as the function spec lists.',
      appliesTo: [
        {
          regex:
            '/^Resource::.*\\/(uploads\\/temp|templates|catalog|catalog\\/refresh|documents|backups|estimations)\\/\\*$/',
        },
      ],
    },
  ];
}

/** Findings on resources CDK Pipelines generates for the delivery pipeline. */
export function applyPipelineNagSuppressions(stack: Stack): void {
  NagSuppressions.addStackSuppressions(stack, [
    {
      id: 'AwsSolutions-S1',
      reason:
        'The pipeline artifacts bucket holds build outputs only; CodePipeline and CloudTrail record every access.',
    },
    {
      id: 'AwsSolutions-CB4',
      reason:
        'Build artifacts are encrypted with the pipeline artifact bucket key (SSE); the CodeBuild projects hold no data at rest.',
    },
    {
      id: 'AwsSolutions-IAM5',
      reason:
        'CDK Pipelines generates these roles: artifact-bucket object wildcards, its own CodeBuild log groups and report groups, and assuming the cdk bootstrap roles (cdk-*) to deploy.',
    },
  ]);
}
