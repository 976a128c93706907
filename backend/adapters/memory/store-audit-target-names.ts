import type { AuditTargetNames, TargetRef } from '../../ports/audit-targets';
import { documentName, targetKey } from '../../ports/audit-targets';
import type { DocumentStore } from '../../ports/document-store';
import type { EstimationStore } from '../../ports/estimation-store';
import type { UserStore } from '../../ports/user-store';

/** The fake: names read through the stores' own getters (in memory, so no batching is needed). */
export class StoreAuditTargetNames implements AuditTargetNames {
  constructor(
    private readonly stores: {
      users: Pick<UserStore, 'get'>;
      estimations: Pick<EstimationStore, 'getRecord'>;
      documents: Pick<DocumentStore, 'get'>;
    },
  ) {}

  async names(targets: readonly TargetRef[]): Promise<ReadonlyMap<string, string>> {
    const out = new Map<string, string>();
    for (const t of targets) {
      const name = await this.nameOf(t);
      if (name !== null) out.set(targetKey(t), name);
    }
    return out;
  }

  private async nameOf(t: TargetRef): Promise<string | null> {
    if (t.type === 'user') return (await this.stores.users.get(t.id))?.email ?? null;
    if (t.type === 'estimation')
      return (await this.stores.estimations.getRecord(t.id))?.name ?? null;
    const doc = await this.stores.documents.get(t.id);
    return doc ? documentName(doc) : null;
  }
}
