import { Match } from 'aws-cdk-lib/assertions';
import { BUCKETS, TABLES, physicalName } from '../../core';
import { buildForTest, onlyProps, resourcesOf } from './build-system';

const prod = buildForTest('prod');
const dev = buildForTest('dev');
const keyRef = () => ({ 'Fn::GetAtt': [Match.stringLikeRegexp('^DataKey'), 'Arn'] });

describe('stateful stack: DynamoDB tables come from TABLES', () => {
  it('declares exactly one table per TABLES entry, nothing else', () => {
    const names = resourcesOf(prod.stateful, 'AWS::DynamoDB::Table').map(
      ([, t]) => t.Properties?.TableName,
    );
    expect(names.sort()).toEqual(TABLES.map((t) => physicalName('prod', t.name)).sort());
  });

  it('the audit log has a time-bucketed index for the newest-first admin view', () => {
    prod.stateful.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: physicalName('prod', 'audit-logs'),
      GlobalSecondaryIndexes: Match.arrayWith([
        Match.objectLike({
          IndexName: 'TimeIndex',
          KeySchema: [
            { AttributeName: 'timeBucket', KeyType: 'HASH' },
            { AttributeName: 'timestamp', KeyType: 'RANGE' },
          ],
        }),
      ]),
    });
  });

  it('the audit log has an action index, so an action filter is a plain Query (DECISIONS 99)', () => {
    prod.stateful.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: physicalName('prod', 'audit-logs'),
      AttributeDefinitions: Match.arrayWith([{ AttributeName: 'action', AttributeType: 'S' }]),
      GlobalSecondaryIndexes: Match.arrayWith([
        Match.objectLike({
          IndexName: 'ActionTimeIndex',
          KeySchema: [
            { AttributeName: 'action', KeyType: 'HASH' },
            { AttributeName: 'timestamp', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        }),
      ]),
    });
  });

  it('the cursor-signing key is a generated secret, kept in prod', () => {
    prod.stateful.hasResource('AWS::SecretsManager::Secret', {
      Properties: Match.objectLike({
        Name: 'aws-cost-prod/cursor-signing-key',
        GenerateSecretString: Match.objectLike({ PasswordLength: 64, ExcludePunctuation: true }),
      }),
      DeletionPolicy: 'Retain',
    });
  });

  it.each(TABLES.map((t) => [t.name, t] as const))(
    '%s: keys, GSIs, on-demand, PITR, CMK encryption',
    (_name, spec) => {
      const keySchema = [{ AttributeName: spec.partitionKey, KeyType: 'HASH' }];
      if (spec.sortKey) keySchema.push({ AttributeName: spec.sortKey, KeyType: 'RANGE' });
      prod.stateful.hasResourceProperties('AWS::DynamoDB::Table', {
        TableName: physicalName('prod', spec.name),
        KeySchema: keySchema,
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: keyRef() },
        GlobalSecondaryIndexes: spec.indexes.length
          ? spec.indexes.map((index) =>
              Match.objectLike({
                IndexName: index.name,
                KeySchema: [
                  { AttributeName: index.partitionKey, KeyType: 'HASH' },
                  ...(index.sortKey ? [{ AttributeName: index.sortKey, KeyType: 'RANGE' }] : []),
                ],
                Projection: { ProjectionType: 'ALL' },
              }),
            )
          : Match.absent(),
        TimeToLiveSpecification: spec.ttlAttribute
          ? { AttributeName: spec.ttlAttribute, Enabled: true }
          : Match.absent(),
      });
    },
  );

  it('retains tables and turns on deletion protection in prod only', () => {
    for (const [, table] of resourcesOf(prod.stateful, 'AWS::DynamoDB::Table')) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.Properties?.DeletionProtectionEnabled).toBe(true);
    }
    for (const [, table] of resourcesOf(dev.stateful, 'AWS::DynamoDB::Table')) {
      expect(table.DeletionPolicy).toBe('Delete');
      expect(table.Properties?.DeletionProtectionEnabled).toBe(false);
    }
  });
});

describe('stateful stack: customer-managed key', () => {
  it('rotates yearly and is retained in prod', () => {
    prod.stateful.hasResource('AWS::KMS::Key', {
      Properties: Match.objectLike({ EnableKeyRotation: true }),
      DeletionPolicy: 'Retain',
    });
    dev.stateful.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Delete' });
  });
});

describe('stateful stack: S3 buckets come from BUCKETS', () => {
  const bucketByName = (name: string) => {
    const found = resourcesOf(prod.stateful, 'AWS::S3::Bucket').find(
      ([, b]) => b.Properties?.BucketName === physicalName('prod', name),
    );
    if (!found) throw new Error(`bucket ${name} not in template`);
    return found[1].Properties as Record<string, unknown> & {
      LifecycleConfiguration: { Rules: Record<string, unknown>[] };
    };
  };

  it.each(BUCKETS.map((b) => [b.name]))(
    '%s: private, KMS-encrypted with the data key, access-logged',
    (name) => {
      const props = bucketByName(name);
      expect(props.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(props.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': [expect.stringMatching(/^DataKey/), 'Arn'] },
            },
          },
        ],
      });
      expect(props.LoggingConfiguration).toEqual(
        expect.objectContaining({ LogFilePrefix: `${name}/` }),
      );
    },
  );

  it('every bucket (data and logs) denies requests without TLS', () => {
    const policies = resourcesOf(prod.stateful, 'AWS::S3::BucketPolicy');
    expect(policies).toHaveLength(BUCKETS.length + 1);
    for (const [, policy] of policies) {
      expect(policy.Properties?.PolicyDocument).toEqual(
        expect.objectContaining({
          Statement: expect.arrayContaining([
            expect.objectContaining({
              Effect: 'Deny',
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        }),
      );
    }
  });

  it('expiring prefixes of the storage layout become expiration rules (uploads/temp/ after 1 day)', () => {
    const withExpiry = BUCKETS.filter((b) => b.expiringPrefixes?.length);
    expect(withExpiry.map((b) => b.name)).toContain('uploads');
    for (const spec of withExpiry) {
      const rules = bucketByName(spec.name).LifecycleConfiguration.Rules;
      for (const rule of spec.expiringPrefixes ?? []) {
        expect(rules).toContainEqual(
          expect.objectContaining({
            Prefix: rule.prefix,
            ExpirationInDays: rule.days,
            Status: 'Enabled',
          }),
        );
      }
    }
    expect(bucketByName('uploads').LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ Prefix: 'uploads/temp/', ExpirationInDays: 1 }),
    );
  });

  it('documents are versioned, move to cheaper storage as they age, and hold the backups/ prefix', () => {
    const docs = bucketByName('documents');
    expect(docs.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    const rules = docs.LifecycleConfiguration.Rules;
    expect(rules).toContainEqual(
      expect.objectContaining({
        Prefix: 'documents/',
        Transitions: [
          { StorageClass: 'STANDARD_IA', TransitionInDays: 30 },
          { StorageClass: 'GLACIER_IR', TransitionInDays: 90 },
        ],
      }),
    );
    expect(rules).toContainEqual(
      expect.objectContaining({ Prefix: 'backups/', ExpirationInDays: 365 }),
    );
  });

  it('retains buckets in prod and deletes them in dev', () => {
    for (const [, b] of resourcesOf(prod.stateful, 'AWS::S3::Bucket'))
      expect(b.DeletionPolicy).toBe('Retain');
    for (const [, b] of resourcesOf(dev.stateful, 'AWS::S3::Bucket'))
      expect(b.DeletionPolicy).toBe('Delete');
  });
});

describe('stateful stack: Cognito user pool (seed §3.1)', () => {
  it('has the seed password policy, e-mail recovery, custom:role and optional TOTP MFA', () => {
    prod.stateful.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 8,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: false,
        }),
      },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'email', Required: true, Mutable: true }),
        Match.objectLike({ Name: 'role', AttributeDataType: 'String', Mutable: true }),
      ]),
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
  });

  it('app client: no secret, SRP + password + refresh flows, 1 h / 1 h / 30 d tokens', () => {
    prod.stateful.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AccessTokenValidity: 60,
      IdTokenValidity: 60,
      RefreshTokenValidity: 43200,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
    });
  });

  it('app client allows exactly SRP, password and refresh-token auth, and no OAuth flows', () => {
    const client = onlyProps(prod.stateful, 'AWS::Cognito::UserPoolClient');
    expect([...(client.ExplicitAuthFlows as string[])].sort()).toEqual([
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_USER_SRP_AUTH',
    ]);
    expect(client.AllowedOAuthFlows).toBeUndefined();
  });

  it('a user cannot write his own custom:role, but the tokens carry it', () => {
    const client = onlyProps(prod.stateful, 'AWS::Cognito::UserPoolClient');
    expect(client.WriteAttributes).not.toContain('custom:role');
    expect(client.ReadAttributes).toContain('custom:role');
  });

  it('the pool is retained in prod', () => {
    prod.stateful.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain' });
    dev.stateful.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Delete' });
  });
});

describe('stateful stack: configuration in SSM Parameter Store', () => {
  it.each(['user-pool-id', 'user-pool-client-id', 'data-key-arn', 'alarm-topic-arn'])(
    'publishes /aws-cost/prod/config/%s',
    (name) => {
      prod.stateful.hasResourceProperties('AWS::SSM::Parameter', {
        Name: `/aws-cost/prod/config/${name}`,
        Type: 'String',
      });
    },
  );
});
