import { ALL_FUNCTION_SPECS } from '../../infra/config/function-specs';
import { pascal } from '../../infra/constructs/data-tables';
import { buildForTest, resourcesOf } from './build-system';

const built = buildForTest('prod');
const resolve = (value: unknown) => built.stacks.api.resolve(value) as unknown;

type Statement = { Action: string | string[]; Resource: unknown; Condition?: unknown };

/** The s3:ListBucket statements on a function's role, as CloudFormation has them. */
function listStatements(fnName: string): Statement[] {
  const rolePrefix = `${pascal(fnName)}FnRole`;
  return resourcesOf(built.api, 'AWS::IAM::Policy').flatMap(([, policy]) => {
    const props = policy.Properties as {
      Roles: { Ref: string }[];
      PolicyDocument: { Statement: Statement[] };
    };
    if (!props.Roles.some((r) => r.Ref.startsWith(rolePrefix))) return [];
    return props.PolicyDocument.Statement.filter((st) =>
      ([] as string[]).concat(st.Action).includes('s3:ListBucket'),
    );
  });
}

/**
 * Without s3:ListBucket S3 answers a GET of a missing key with 403 AccessDenied, not 404
 * NoSuchKey (DECISIONS 82); a list grant reaches only its own prefix through an s3:prefix condition.
 */
describe('s3:ListBucket grants: one prefix each, through an s3:prefix condition', () => {
  it('the admin function lists catalog/refresh/ of the templates bucket, and nothing else', () => {
    const bucketArn = resolve(built.stacks.stateful.buckets.get('templates').bucketArn);
    expect(listStatements('admin')).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: bucketArn,
        Condition: { StringLike: { 's3:prefix': ['catalog/refresh/*'] } },
      },
    ]);
  });

  it.each(ALL_FUNCTION_SPECS.map((s) => [s.name, s] as const))(
    '%s: every ListBucket names its bucket and the prefix of a list grant in its spec',
    (name, spec) => {
      const expected = spec.buckets
        .filter((grant) => grant.access.includes('list'))
        .map((grant) => ({
          Resource: resolve(built.stacks.stateful.buckets.get(grant.bucket).bucketArn),
          Condition: { StringLike: { 's3:prefix': [`${grant.prefix}*`] } },
        }));
      const actual = listStatements(name).map(({ Resource, Condition }) => ({
        Resource,
        Condition,
      }));
      expect(actual).toEqual(expected);
    },
  );
});
