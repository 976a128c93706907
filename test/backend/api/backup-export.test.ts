import { gunzipSync } from 'node:zlib';
import { MemoryUserStore } from '../../../backend/adapters/memory/memory-user-store';
import { exportBackup } from '../../../backend/use-cases/backup/export-backup';
import { createEstimation } from '../../../backend/use-cases/estimations/create-estimation';
import { sampleRequirements } from '../../contracts/fixtures';
import { alice, bob, ctx, fakes } from './fakes';

describe('nightly backup export', () => {
  it('writes every estimation and user profile as gzip JSON Lines under backups/', async () => {
    const f = fakes();
    const users = new MemoryUserStore(f.audit);
    for (let i = 0; i < 150; i++)
      await createEstimation(f, ctx(i % 2 ? alice : bob), {
        name: `e${i}`,
        requirements: sampleRequirements(1),
      });
    const result = await exportBackup({ ...f, users, prefix: 'backups/' });
    expect(result.estimations).toEqual({
      key: 'backups/estimations/2026-11-26T09-00-00-000Z.jsonl.gz',
      count: 150,
    });
    expect(result.users.count).toBe(0);
    const stored = await f.blobs.get('documents', result.estimations.key);
    const lines = gunzipSync(Buffer.from(stored?.body ?? []))
      .toString('utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(150);
    expect(new Set(lines.map((l) => (JSON.parse(l) as { name: string }).name)).size).toBe(150);
    expect(stored?.metadata.records).toBe('150');
  });
});
