import { MemoryEstimationStore } from '../../../../backend/adapters/memory/memory-estimation-store';
import { estimationStoreContract } from '../../../contracts/estimation-store.contract';

estimationStoreContract('in-memory fake', () => {
  const store = new MemoryEstimationStore();
  return {
    store,
    auditEntries: async (id) => store.audit.entries.filter((e) => e.targetId === id),
  };
});
