import { randomUUID } from 'node:crypto';
import type { AuditAction, Estimation, Requirements } from '../../core';
import type { AuditRecord } from '../../backend/ports/audit-log';
import type { BlobStore } from '../../backend/ports/blob-store';
import type { EstimationWrite } from '../../backend/ports/estimation-store';
import { comparisonFigures, resultFigures } from '../../backend/use-cases/shared/figures';
import { encodeJson } from '../../backend/use-cases/shared/json-part';

/** Shared test data for the store contracts and the API tests. */
export function sampleRequirements(lines = 2): Requirements {
  return {
    name: 'Web shop',
    settings: { region: 'ap-southeast-1', pricingModel: { kind: 'on-demand' } },
    items: Array.from({ length: lines }, (_, i) =>
      i % 2 === 0
        ? {
            id: `ec2-${i}`,
            service: 'ec2' as const,
            instanceType: 'm7g.large',
            os: 'Linux' as const,
            quantity: 2,
          }
        : {
            id: `ebs-${i}`,
            service: 'ebs' as const,
            volumeType: 'gp3' as const,
            storageGb: 100,
            quantity: 2,
          },
    ),
  };
}

export function sampleEstimation(over: Partial<Estimation> = {}): Estimation {
  const now = new Date().toISOString();
  return {
    estimationId: randomUUID(),
    userId: randomUUID(),
    name: 'Acme web shop',
    customer: 'Acme',
    reference: 'Q-1',
    status: 'draft',
    requirements: sampleRequirements(),
    scenarios: [],
    result: null,
    comparison: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...over,
  };
}

export function sampleAudit(
  targetId: string,
  action: AuditAction,
  over: Partial<AuditRecord> = {},
): AuditRecord {
  return {
    logId: randomUUID(),
    userId: randomUUID(),
    userEmail: 'contract@example.com',
    action,
    targetType: 'estimation',
    targetId,
    timestamp: new Date().toISOString(),
    requestId: 'req-contract',
    changes: {},
    ...over,
  };
}

/** An estimation as a store write: its parts encoded, its figures computed (as the use cases do). */
export async function estimationWrite(e: Estimation): Promise<EstimationWrite> {
  const { requirements, result, comparison, ...header } = e;
  return {
    ...header,
    figures: {
      items: requirements.items.length,
      ...resultFigures(result),
      ...comparisonFigures(comparison),
    },
    parts: {
      requirements: await encodeJson(requirements),
      result: result ? await encodeJson(result) : null,
      comparison: comparison ? await encodeJson(comparison) : null,
    },
  };
}

/** A BlobStore whose deletes fail, as if the process died before it could clean up. */
export function withoutDeletes(blobs: BlobStore): BlobStore {
  return {
    put: (...a) => blobs.put(...a),
    get: (...a) => blobs.get(...a),
    list: (...a) => blobs.list(...a),
    presignGet: (...a) => blobs.presignGet(...a),
    presignPut: (...a) => blobs.presignPut(...a),
    delete: async () => {
      throw new Error('the process died before cleaning up');
    },
  };
}
