import type { GridValue } from '../../core';

/**
 * examples/template-filled.xlsx: our requirements template (what `GET /excel/template` and the
 * add-in's "Insert template" give) filled in for a fictitious customer moving an ERP system.
 * Columns follow core/sheets/formats/template-layout.ts, in order.
 */
export const TEMPLATE_SETTINGS: Readonly<Record<string, string | number | null>> = {
  name: 'ERP move to AWS',
  customer: 'Contoso Ltd',
  region: 'us-east-1',
  currency: 'USD',
  pricingModel: 'On-Demand',
  hoursPerMonth: 730,
  discountPct: 0,
  partnerMarginPct: 0,
  taxPct: 0,
};

const n = null;

// prettier-ignore
export const TEMPLATE_ROWS: Readonly<Record<string, readonly (readonly GridValue[])[]>> = {
  // Description, Group, Instance type, vCPU, Memory (GiB), OS, Quantity, Region, Tenancy,
  // Hours per month, Pricing model, Architecture
  Compute: [
    ['ERP application servers', 'Production > ERP', 'm6i.xlarge', n, n, 'Windows', 2, n, 'shared', n, n, n],
    ['Web front ends', 'Production > Web', n, 2, 8, 'Linux', 3, n, 'shared', n, n, 'x86_64'],
    ['Nightly batch workers', 'Production > Batch', 'c6g.large', n, n, 'Linux', 2, n, 'shared', 200, n, n],
    ['Test environment', 'Test', 'm6i.large', n, n, 'Windows', 1, n, 'shared', 240, n, n],
  ],
  // Description, Group, Service, Type, Storage (GB), Quantity, IOPS, Throughput, Snapshots (GB),
  // PUT requests, GET requests, Region
  Storage: [
    ['ERP data volumes', 'Production > ERP', 'EBS', 'gp3', 500, 2, 3000, 125, 100, n, n, n],
    ['Web root volumes', 'Production > Web', 'EBS', 'gp3', 50, 3, n, n, n, n, n, n],
    ['Document archive', 'Production', 'S3', 'standard', 3000, 1, n, n, n, 200000, 4000000, n],
  ],
  // Description, Group, Engine, Instance class, Deployment, Storage type, Storage (GB), Quantity,
  // Nodes per cluster, Region, Pricing model, Hours per month, IOPS
  Database: [
    ['ERP database', 'Production > ERP', 'mysql', 'db.r6g.large', 'single-az', 'gp3', 500, 1, n, n, n, n, n],
    ['Session cache', 'Production > Web', 'redis', 'cache.r6g.large', n, n, n, 1, 2, n, n, n, n],
  ],
  // Description, Group, Service, Quantity, Data (GB per month), Capacity units (LCU), Region,
  // Hours per month
  Network: [
    ['Internet egress', 'Production', 'Data transfer out to internet', 1, 800, n, n, n],
    ['NAT', 'Production', 'NAT Gateway', 1, 150, n, n, n],
    ['Public ALB', 'Production > Web', 'Application Load Balancer', 1, n, 2, n, n],
  ],
  // Description, Group, Capacity mode, Table class, Storage (GB), Read request units, Write request
  // units, RCU, WCU, Quantity, Region
  DynamoDB: [
    ['Integration state', 'Production > ERP', 'on-demand', 'standard', 20, '30m', '5m', n, n, 1, n],
  ],
  // Description, Group, Requests, Duration (ms), Memory (MB), Architecture, Ephemeral storage (MB),
  // Free tier, Quantity, Region
  Lambda: [
    ['Invoice export', 'Production > ERP', 3000000, 150, 512, 'arm64', n, 'No', 1, n],
  ],
  // Description, Group, vCPU, Memory (GB), Architecture, OS, Ephemeral storage (GB), Quantity,
  // Hours per month, Region
  Fargate: [
    ['Integration workers', 'Production > ERP', 0.5, 1, 'arm64', 'linux', n, 2, n, n],
  ],
  // Description, Group, Kubernetes support, Quantity, Hours per month, Region
  EKS: [
    ['Reporting cluster', 'Production > Reporting', 'standard', 1, n, n],
  ],
  // Description, Group, Edge location, Data out (GB), HTTPS requests, HTTP requests, Quantity
  CloudFront: [
    ['Web shop CDN', 'Production > Web', 'United States', 600, '5m', n, 1],
  ],
  // Description, Group, Custom metrics, Alarms, Dashboards, Logs ingested (GB), Logs stored (GB),
  // Quantity, Region
  CloudWatch: [
    ['Monitoring', 'Production', 30, 8, 1, 15, 60, 1, n],
  ],
  // Description, Group, Out to internet (GB), To another region (GB), Destination region,
  // Between AZs (GB), Free allowance, Region
  'Data Transfer': [
    ['Backups to Oregon', 'Production > ERP', n, 300, 'us-west-2', n, n, n],
  ],
};
