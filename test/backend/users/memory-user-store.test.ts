import { MemoryUserStore } from '../../../backend/adapters/memory/memory-user-store';
import { userStoreContract } from '../../contracts/user-store.contract';

userStoreContract('in-memory fake', () => {
  const store = new MemoryUserStore();
  return {
    store,
    auditEntries: async (id) => store.audit.entries.filter((e) => e.targetId === id),
  };
});
