import { randomUUID } from 'node:crypto';
import type { Estimation, Requirements } from '../../core';
import type { AuditRecord } from '../../backend/ports/audit-log';

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
  action: string,
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
