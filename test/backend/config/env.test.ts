import { physicalName } from '../../../core';
import { bucketName, envKey, loadConfig, tableName } from '../../../backend/config/env';
import { resourceEnvironment } from '../../../infra/stacks/api-stack';
import { API_FUNCTION_SPECS } from '../../../infra/config/function-specs';

describe('config/env: physical table and bucket names', () => {
  const config = loadConfig({ ENV_NAME: 'dev' });

  it('falls back to the naming convention when the deployment passes no name', () => {
    expect(tableName(config, 'audit-logs', {})).toBe(physicalName('dev', 'audit-logs'));
    expect(bucketName(config, 'uploads', {})).toBe(physicalName('dev', 'uploads'));
  });

  it('prefers TABLE_<LOGICAL> and BUCKET_<LOGICAL> when set', () => {
    const env = { TABLE_AUDIT_LOGS: 'imported-audit', BUCKET_UPLOADS: 'legacy-uploads' };
    expect(tableName(config, 'audit-logs', env)).toBe('imported-audit');
    expect(bucketName(config, 'uploads', env)).toBe('legacy-uploads');
    // A table variable does not leak into the bucket of the same logical name, nor the reverse.
    expect(bucketName(config, 'audit-logs', env)).toBe(physicalName('dev', 'audit-logs'));
    expect(tableName(config, 'uploads', env)).toBe(physicalName('dev', 'uploads'));
  });

  it('ignores an empty variable', () => {
    expect(tableName(config, 'users', { TABLE_USERS: '' })).toBe(physicalName('dev', 'users'));
  });

  it('reads exactly the variable names infra sets for each function', () => {
    const env = resourceEnvironment('staging', API_FUNCTION_SPECS.admin);
    const staging = loadConfig({ ENV_NAME: 'other' });
    // With infra's environment, every granted table/bucket resolves to infra's physical name.
    for (const grant of API_FUNCTION_SPECS.admin.tables) {
      expect(env[`TABLE_${envKey(grant.table)}`]).toBeDefined();
      expect(tableName(staging, grant.table, env)).toBe(physicalName('staging', grant.table));
    }
    for (const grant of API_FUNCTION_SPECS.admin.buckets) {
      expect(bucketName(staging, grant.bucket, env)).toBe(physicalName('staging', grant.bucket));
    }
  });
});
