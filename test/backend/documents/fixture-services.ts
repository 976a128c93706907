import type { CostLine, RequirementItem } from '../../../core';

/**
 * The services of the test estimation: each builds a requirement item and the components its cost
 * line has, with realistic AWS list prices (ap-southeast-1, late 2026) as exact decimal strings.
 */
export interface Kind {
  item: (i: number) => RequirementItem;
  category: CostLine['category'];
  components: (
    i: number,
  ) => { name: string; unit: string; qty: string; price: string; charge?: 'monthly' | 'upfront' }[];
}

export const KINDS: Kind[] = [
  {
    item: (i) => ({
      id: `Compute-${i}`,
      service: 'ec2',
      quantity: 2,
      instanceType: 'm7g.large',
      os: 'Linux',
      description: `App server ${i}`,
      group: ['Production', 'Web tier'],
    }),
    category: 'Compute',
    components: () => [
      {
        name: 'Instance usage (Linux, On-Demand, m7g.large)',
        unit: 'hours',
        qty: '1460',
        price: '0.0816000000',
      },
    ],
  },
  {
    item: (i) => ({
      id: `Storage-${i}`,
      service: 'ebs',
      quantity: 1,
      volumeType: 'gp3',
      storageGb: 100 + i,
      description: `Data volume ${i}`,
    }),
    category: 'Storage',
    components: (i) => [
      { name: 'Storage (gp3)', unit: 'GB-months', qty: String(100 + i), price: '0.0800000000' },
    ],
  },
  {
    item: (i) => ({
      id: `S3-${i}`,
      service: 's3',
      quantity: 1,
      storageClass: 'standard',
      storageGb: 512,
      putRequests: 100000,
      description: `Bucket ${i}`,
    }),
    category: 'Storage',
    components: () => [
      {
        name: 'Storage (Standard, first 50 TB)',
        unit: 'GB-months',
        qty: '512',
        price: '0.0230000000',
      },
      {
        name: 'PUT, COPY, POST, LIST requests',
        unit: 'requests',
        qty: '100000',
        price: '0.0000050000',
      },
    ],
  },
  {
    item: (i) => ({
      id: `Db-${i}`,
      service: 'rds',
      quantity: 1,
      engine: 'postgresql',
      instanceClass: 'db.r6g.large',
      deployment: 'multi-az',
      storageType: 'gp3',
      storageGb: 200,
      description: `Orders DB ${i}`,
    }),
    category: 'Database',
    components: () => [
      {
        name: 'Database instance (PostgreSQL, Multi-AZ, db.r6g.large)',
        unit: 'hours',
        qty: '730',
        price: '0.4520000000',
      },
      { name: 'Storage (gp3, Multi-AZ)', unit: 'GB-months', qty: '200', price: '0.2300000000' },
    ],
  },
  {
    item: (i) => ({
      id: `Nat-${i}`,
      service: 'nat-gateway',
      quantity: 1,
      dataProcessedGb: 250,
      description: `NAT gateway AZ ${i}`,
    }),
    category: 'Network',
    components: () => [
      { name: 'NAT Gateway hours', unit: 'hours', qty: '730', price: '0.0450000000' },
      { name: 'Data processed', unit: 'GB', qty: '250', price: '0.0450000000' },
    ],
  },
  {
    item: (i) => ({
      id: `Cw-${i}`,
      service: 'cloudwatch',
      quantity: 1,
      customMetrics: 40,
      logsIngestedGb: 12,
      description: `Monitoring ${i}`,
    }),
    category: 'Management',
    components: () => [
      { name: 'Custom metrics (first 10,000)', unit: 'metrics', qty: '40', price: '0.3000000000' },
      { name: 'Logs ingested', unit: 'GB', qty: '12', price: '0.5000000000' },
    ],
  },
  {
    item: (i) => ({
      id: `Fn-${i}`,
      service: 'lambda',
      quantity: 1,
      requestsPerMonth: 3_000_000,
      durationMs: 120,
      memoryMb: 512,
      description: `Worker function ${i}`,
    }),
    category: 'Compute',
    components: () => [
      { name: 'Requests', unit: '1M requests', qty: '3', price: '0.2000000000' },
      {
        name: 'Duration (first 6B GB-seconds)',
        unit: 'GB-seconds',
        qty: '180000',
        price: '0.0000166667',
      },
    ],
  },
];
