import { MemoryCatalogStore } from '../../backend/adapters/memory/catalog-store';
import { catalogStoreContract } from '../contracts/catalog-store.contract';

catalogStoreContract('in-memory fake', () => new MemoryCatalogStore());
