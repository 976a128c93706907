import { MemoryIdentityAdmin } from '../../../backend/adapters/memory/memory-identity-admin';
import { InvalidCursorError } from '../../../backend/ports/paging';
import { identityAdminContract } from '../../contracts/identity-admin.contract';

identityAdminContract('in-memory fake', async () => new MemoryIdentityAdmin());

describe('MemoryIdentityAdmin', () => {
  it('refuses a paging token it did not issue', async () => {
    await expect(
      new MemoryIdentityAdmin().listUsers({ limit: 5, token: 'abc' }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
