import { TABLES } from '../../core';
import { ALL_FUNCTION_SPECS } from '../../infra/config/function-specs';
import type { FunctionSpec } from '../../infra/config/function-specs';
import { pascal } from '../../infra/constructs/data-tables';
import { buildForTest, resourcesOf } from './build-system';

const built = buildForTest('prod');
const { api: apiStack, stateful } = built.stacks;
const resolve = (value: unknown): string => JSON.stringify(apiStack.resolve(value));

type Statement = {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
};

/** Every (action, resource) pair a function's role is allowed, from all policies on that role. */
function grantsOf(fnName: string): Set<string> {
  const rolePrefix = `${pascal(fnName)}FnRole`;
  const pairs = new Set<string>();
  for (const [, policy] of resourcesOf(built.api, 'AWS::IAM::Policy')) {
    const props = policy.Properties as {
      Roles: { Ref: string }[];
      PolicyDocument: { Statement: Statement[] };
    };
    if (!props.Roles.some((r) => r.Ref.startsWith(rolePrefix))) continue;
    for (const st of props.PolicyDocument.Statement) {
      expect(st.Effect).toBe('Allow');
      const actions = Array.isArray(st.Action) ? st.Action : [st.Action];
      const resources = Array.isArray(st.Resource) ? st.Resource : [st.Resource];
      for (const a of actions) for (const r of resources) pairs.add(`${a} ${JSON.stringify(r)}`);
    }
  }
  return pairs;
}

// Written out here, independently of infra/constructs/function-access.ts.
const TABLE_ACTIONS: Record<string, string[]> = {
  read: ['GetItem', 'BatchGetItem', 'Query', 'ConditionCheckItem'],
  write: ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'],
  scan: ['Scan'],
  append: ['PutItem'],
  counter: ['UpdateItem'],
};
const OBJECT_ACTIONS: Record<string, string> = {
  get: 's3:GetObject',
  put: 's3:PutObject',
  delete: 's3:DeleteObject',
};

function expectedGrants(spec: FunctionSpec): Set<string> {
  const pairs = new Set<string>();
  const fn = built.stacks.api.functions.get(spec.name)!;
  const add = (action: string, resource: string) => pairs.add(`${action} ${resource}`);
  add('logs:CreateLogStream', resolve(`${fn.logGroup.logGroupArn}:*`));
  add('logs:PutLogEvents', resolve(`${fn.logGroup.logGroupArn}:*`));
  add('xray:PutTraceSegments', '"*"');
  add('xray:PutTelemetryRecords', '"*"');
  for (const grant of spec.tables) {
    const arn = stateful.tables.get(grant.table).tableArn;
    const indexed = TABLES.find((t) => t.name === grant.table)!.indexes.length > 0;
    for (const access of grant.access) {
      for (const action of TABLE_ACTIONS[access]!) {
        add(`dynamodb:${action}`, resolve(arn));
        if (access === 'read' && indexed) add(`dynamodb:${action}`, resolve(`${arn}/index/*`));
      }
    }
  }
  for (const grant of spec.buckets) {
    const bucket = stateful.buckets.get(grant.bucket);
    for (const access of grant.access) {
      if (access === 'list') add('s3:ListBucket', resolve(bucket.bucketArn));
      else add(OBJECT_ACTIONS[access]!, resolve(bucket.arnForObjects(`${grant.prefix}*`)));
    }
  }
  const all = [...spec.tables.flatMap((t) => t.access), ...spec.buckets.flatMap((b) => b.access)];
  if (all.length) {
    const key = resolve(stateful.key.keyArn);
    add('kms:Decrypt', key);
    if (all.some((a) => ['write', 'append', 'counter', 'put'].includes(a))) {
      add('kms:Encrypt', key);
      add('kms:GenerateDataKey', key);
    }
  }
  if (spec.signsCursors) {
    add('secretsmanager:GetSecretValue', resolve(stateful.cursorSecret.secretArn));
  }
  if (spec.cognitoAdmin) {
    for (const action of [
      'ListUsers',
      'AdminCreateUser',
      'AdminGetUser',
      'AdminUpdateUserAttributes',
      'AdminDisableUser',
      'AdminEnableUser',
      'AdminUserGlobalSignOut',
      'AdminListGroupsForUser',
      'AdminAddUserToGroup',
      'AdminRemoveUserFromGroup',
    ]) {
      add(`cognito-idp:${action}`, resolve(stateful.users.userPool.userPoolArn));
    }
  }
  // The admin error rate reads API Gateway's metrics: one read action, which takes no resource ARN.
  if (spec.readsApiMetrics) add('cloudwatch:GetMetricData', '"*"');
  const worker = apiStack.functions.get('document-worker')!;
  // The documents function may start the worker through its live alias, and nothing else.
  if (spec.name === 'documents') add('lambda:InvokeFunction', resolve(worker.alias.functionArn));
  // The admin function's "refresh now" may start the catalog refresh through its live alias.
  if (spec.invokesCatalogRefresh) {
    const refresh = apiStack.functions.get('catalog-refresh')!;
    add('lambda:InvokeFunction', resolve(refresh.alias.functionArn));
  }
  // Lambda delivers the worker's failed asynchronous events to the dead-letter queue as the worker.
  if (spec.name === 'document-worker') {
    const dlq = resolve(apiStack.documents.deadLetters.queueArn);
    for (const a of ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl']) add(a, dlq);
  }
  return pairs;
}

describe('least privilege: each function gets exactly its own grants', () => {
  it.each(ALL_FUNCTION_SPECS.map((s) => [s.name, s] as const))('%s', (_name, spec) => {
    expect([...grantsOf(spec.name)].sort()).toEqual([...expectedGrants(spec)].sort());
  });
});

describe('least privilege: rules that hold whatever the specs say', () => {
  const all = new Map(ALL_FUNCTION_SPECS.map((s) => [s.name, [...grantsOf(s.name)]]));
  const auditArn = resolve(stateful.tables.get('audit-logs').tableArn);

  it('no wildcard actions and no "*" resources except X-Ray and the admin\'s GetMetricData (neither has resource ARNs)', () => {
    for (const [name, pairs] of all) {
      for (const pair of pairs) {
        const [action, resource] = pair.split(' ');
        expect(action).not.toMatch(/\*$/);
        if (resource === '"*"' && !action!.startsWith('xray:'))
          expect({ name, action }).toEqual({ name: 'admin', action: 'cloudwatch:GetMetricData' });
      }
    }
  });

  it('only the admin function reads CloudWatch metrics, with GetMetricData alone', () => {
    for (const [name, pairs] of all) {
      const cloudwatch = pairs.filter((p) => p.startsWith('cloudwatch:'));
      expect({ name, cloudwatch }).toEqual({
        name,
        cloudwatch: name === 'admin' ? ['cloudwatch:GetMetricData "*"'] : [],
      });
    }
  });

  it('nobody can update or delete an audit entry', () => {
    for (const [, pairs] of all) {
      expect(pairs).not.toContain(`dynamodb:UpdateItem ${auditArn}`);
      expect(pairs).not.toContain(`dynamodb:DeleteItem ${auditArn}`);
    }
  });

  it('only the admin function can call Cognito admin APIs', () => {
    for (const [name, pairs] of all) {
      expect(pairs.some((p) => p.startsWith('cognito-idp:'))).toBe(name === 'admin');
    }
  });

  it('the calculator and the dashboard write no table but the rate-limit counters', () => {
    const rateArn = resolve(stateful.tables.get('rate-limits').tableArn);
    for (const name of ['calculations', 'dashboard'] as const) {
      const writes = all
        .get(name)!
        .filter((p) => /dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)/.test(p));
      expect(writes).toEqual([`dynamodb:UpdateItem ${rateArn}`]);
    }
  });

  it('each function has its own role', () => {
    const roles = resourcesOf(built.api, 'AWS::Lambda::Function').map(([, f]) =>
      JSON.stringify(f.Properties?.Role),
    );
    expect(new Set(roles).size).toBe(roles.length);
  });
});

describe('least privilege: which tables and key prefixes each function reaches (the reviewed matrix)', () => {
  // Changing a function's reach means changing this table in review, not only the spec.
  const MATRIX: Record<string, { tables: string[]; objects: string[] }> = {
    users: { tables: ['audit-logs', 'rate-limits', 'users'], objects: [] },
    // Every API function reads the users table: the shared middleware refuses disabled users.
    estimations: {
      tables: ['audit-logs', 'estimations', 'rate-limits', 'users'],
      objects: ['estimations:estimations/', 'uploads:uploads/temp/'],
    },
    excel: {
      tables: ['audit-logs', 'rate-limits', 'settings', 'users'],
      objects: ['uploads:uploads/temp/'],
    },
    calculations: {
      tables: ['estimations', 'pricing-data', 'rate-limits', 'settings', 'users'],
      objects: ['estimations:estimations/', 'templates:catalog/', 'uploads:uploads/temp/'],
    },
    documents: {
      tables: ['audit-logs', 'documents', 'estimations', 'rate-limits', 'users'],
      objects: ['documents:documents/'],
    },
    dashboard: {
      tables: ['audit-logs', 'documents', 'estimations', 'rate-limits', 'users'],
      objects: [],
    },
    admin: {
      tables: [
        'audit-logs',
        'documents',
        'estimations',
        'pricing-data',
        'rate-limits',
        'settings',
        'users',
      ],
      objects: ['templates:catalog/', 'templates:catalog/refresh/', 'templates:templates/'],
    },
    'document-worker': {
      tables: ['audit-logs', 'documents', 'estimations', 'settings'],
      objects: ['documents:documents/', 'estimations:estimations/', 'templates:templates/'],
    },
    'catalog-refresh': { tables: ['audit-logs', 'pricing-data'], objects: ['templates:catalog/'] },
    'backup-export': {
      tables: ['estimations', 'users'],
      objects: ['documents:backups/', 'estimations:estimations/'],
    },
    'estimation-sweeper': { tables: ['estimations'], objects: ['estimations:estimations/'] },
  };

  it.each(ALL_FUNCTION_SPECS.map((s) => [s.name] as const))('%s', (name) => {
    const pairs = [...grantsOf(name)];
    const tables = TABLES.map((t) => t.name).filter((t) => {
      const arn = resolve(stateful.tables.get(t).tableArn);
      return pairs.some((p) => p.endsWith(` ${arn}`));
    });
    const objects = ['documents', 'uploads', 'templates', 'estimations'].flatMap((bucket) =>
      [
        'documents/',
        'backups/',
        'uploads/temp/',
        'templates/',
        'catalog/',
        'catalog/refresh/',
        'estimations/',
      ]
        .filter((prefix) =>
          pairs.some((p) =>
            p.endsWith(` ${resolve(stateful.buckets.get(bucket).arnForObjects(`${prefix}*`))}`),
          ),
        )
        .map((prefix) => `${bucket}:${prefix}`),
    );
    expect({ tables: tables.sort(), objects: objects.sort() }).toEqual(MATRIX[name]);
  });
});
