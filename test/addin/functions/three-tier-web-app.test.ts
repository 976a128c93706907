/** @jest-environment node */
import '../helpers/custom-functions-stub';
import { Decimal, PriceCatalog, priceRequirements } from '../../../core';
import type { RequirementItem, Requirements } from '../../../core';
import type { AuthPort } from '../../../client-shared/auth/auth-port';
import {
  cost,
  ebs,
  ec2,
  elasticache,
  fargate,
  rds,
  s3,
  support,
} from '../../../addin/functions/functions';
import { createServices, setServices } from '../../../addin/runtime/services';
import { createAppStore } from '../../../addin/state/app-store';
import type { WorkbookPort } from '../../../addin/excel/workbook-port';
import { singaporeFetch, singaporeWebAppShards } from '../helpers/three-tier-catalog';

/*
 * The "done when" of #18: a three-tier web application in Singapore priced entirely with =AWS.*
 * cells gives the same total as Calculate (the engine's priceRequirements) on the same requirements.
 * Each cell is also the engine's line to the cent's last digit: the cells price through the
 * engine's resources and catalog lookups, not a copy of them.
 */
const REGION = 'ap-southeast-1';
const shards = singaporeWebAppShards();

const signedIn: AuthPort = {
  signIn: async () => ({ username: 'u', email: 'u@example.com', role: 'Sales' }),
  signOut: async () => undefined,
  currentUser: async () => ({ username: 'u', email: 'u@example.com', role: 'Sales' }),
  idToken: async () => 'token',
};

beforeEach(() => {
  const store = createAppStore();
  store.getState().set({ settings: { region: REGION, currency: 'USD', discounts: [] } });
  setServices(
    createServices(
      {
        apiUrl: 'http://api.test',
        userPoolId: '',
        userPoolClientId: '',
        cognitoEndpoint: '',
        authFlowType: 'USER_PASSWORD_AUTH',
      },
      { auth: signedIn, fetch: singaporeFetch(shards), workbook: {} as WorkbookPort, store },
    ),
  );
});
afterEach(() => setServices(undefined));

/** A requirement item without its id (each union member's own fields). */
type Row<T = RequirementItem> = T extends RequirementItem ? Omit<T, 'id'> : never;

/** The workbook: one row per tier component, the formula a user types and the requirement it is. */
const ROWS: readonly {
  formula: string;
  cell: () => Promise<number>;
  item: Row;
}[] = [
  {
    formula: '=AWS.COST("load-balancer","application lcu=2")',
    cell: () => cost('load-balancer', 'application lcu=2'),
    item: { service: 'load-balancer', type: 'application', capacityUnits: 2, quantity: 1 },
  },
  {
    formula: '=AWS.EC2COST("m7g.large",,"Linux","on-demand",730,2)',
    cell: () => ec2('m7g.large', undefined, 'Linux', 'on-demand', 730, 2),
    item: { service: 'ec2', instanceType: 'm7g.large', os: 'Linux', quantity: 2 },
  },
  {
    formula: '=AWS.EBS("gp3",100,,,,2)',
    cell: () => ebs('gp3', 100, undefined, undefined, undefined, 2),
    item: { service: 'ebs', volumeType: 'gp3', storageGb: 100, quantity: 2 },
  },
  {
    formula: '=AWS.FARGATE(1,2,3)',
    cell: () => fargate(1, 2, 3),
    item: { service: 'fargate', vcpu: 1, memoryGb: 2, quantity: 3 },
  },
  {
    formula: '=AWS.RDS("db.t3.small","postgresql","multi-az",100,"gp2")',
    cell: () => rds('db.t3.small', 'postgresql', 'multi-az', 100, 'gp2'),
    item: {
      service: 'rds',
      engine: 'postgresql',
      instanceClass: 'db.t3.small',
      deployment: 'multi-az',
      storageType: 'gp2',
      storageGb: 100,
      quantity: 1,
    },
  },
  {
    formula: '=AWS.ELASTICACHE("cache.t4g.medium","redis",2)',
    cell: () => elasticache('cache.t4g.medium', 'redis', 2),
    item: {
      service: 'elasticache',
      engine: 'redis',
      nodeType: 'cache.t4g.medium',
      nodes: 2,
      quantity: 1,
    },
  },
  {
    formula: '=AWS.S3COST("standard",500,,1000000,10000000)',
    cell: () => s3('standard', 500, undefined, 1_000_000, 10_000_000),
    item: {
      service: 's3',
      storageClass: 'standard',
      storageGb: 500,
      putRequests: 1_000_000,
      getRequests: 10_000_000,
      quantity: 1,
    },
  },
  {
    formula: '=AWS.COST("cloudfront","united states 1000gb https=10m")',
    cell: () => cost('cloudfront', 'united states 1000gb https=10m'),
    item: {
      service: 'cloudfront',
      edgeLocation: 'United States',
      dataOutGb: 1000,
      httpsRequests: 10_000_000,
      quantity: 1,
    },
  },
  {
    formula: '=AWS.COST("route53","2 zones queries=10m")',
    cell: () => cost('route53', '2 zones queries=10m'),
    item: { service: 'route53', hostedZones: 2, standardQueriesMillions: 10, quantity: 1 },
  },
  {
    formula: '=AWS.COST("nat-gateway","200gb",,,,,2)',
    cell: () => cost('nat-gateway', '200gb', undefined, undefined, undefined, undefined, 2),
    item: { service: 'nat-gateway', dataProcessedGb: 200, quantity: 2 },
  },
  {
    formula: '=AWS.COST("data-transfer","internet=500gb intra-region=100gb")',
    cell: () => cost('data-transfer', 'internet=500gb intra-region=100gb'),
    item: { service: 'data-transfer', internetOutGb: 500, intraRegionGb: 100, quantity: 1 },
  },
  {
    formula: '=AWS.COST("cloudwatch","metrics=50 alarms=10 logs=20gb")',
    cell: () => cost('cloudwatch', 'metrics=50 alarms=10 logs=20gb'),
    item: {
      service: 'cloudwatch',
      customMetrics: 50,
      alarms: 10,
      logsIngestedGb: 20,
      quantity: 1,
    },
  },
];

function calculate(): ReturnType<typeof priceRequirements> {
  const requirements: Requirements = {
    settings: { region: REGION, pricingModel: { kind: 'on-demand' }, supportPlan: 'business-plus' },
    items: ROWS.map((r, i) => ({ ...r.item, id: `row-${i + 2}` }) as RequirementItem),
  };
  const snapshot = { version: 'singapore-web-app', createdAt: '2026-11-26T00:00:00Z', shards };
  return priceRequirements(requirements, new PriceCatalog(snapshot));
}

describe('a three-tier web application priced with =AWS.* cells', () => {
  it('every tier is fully priced by Calculate (no gap that would hide a difference)', () => {
    const estimate = calculate();
    expect(estimate.coverage.partial + estimate.coverage.unpriced).toBe(0);
    expect(estimate.lines.map((l) => l.service)).toEqual(ROWS.map((r) => r.item.service));
  });

  it('each cell equals its Calculate line, and SUM + AWS.SUPPORT equals the Calculate total', async () => {
    const estimate = calculate();
    const cells = await Promise.all(ROWS.map((r) => r.cell()));
    cells.forEach((value, i) => {
      expect({ formula: ROWS[i]!.formula, value }).toEqual({
        formula: ROWS[i]!.formula,
        value: Number(estimate.lines[i]!.monthly),
      });
    });
    // Excel sums doubles; the engine sums exact decimals: equal to a millionth of a cent.
    const sum = cells.reduce((a, b) => a + b, 0);
    const supportCell = await support('business-plus', sum);
    const supportLine = estimate.adjustments.find((a) => a.kind === 'support')!;
    expect(supportCell).toBeCloseTo(Number(supportLine.monthly), 6);
    expect(sum + supportCell).toBeCloseTo(Number(estimate.totals.monthly), 6);
    // A total worth checking: more than Business Support+'s $29 minimum, all on-demand (no upfront).
    expect(Decimal.from(estimate.totals.upfront).isZero()).toBe(true);
    expect(Number(estimate.totals.monthly)).toBeGreaterThan(500);
  });

  it('a price missing from the catalog is #N/A naming it, never 0', async () => {
    const error = (await fargate(1, 2, 3, 'arm64').catch((e: unknown) => e)) as {
      code: string;
      message: string;
    };
    expect(error.code).toBe('#N/A');
    expect(error.message).toMatch(/vCPU \(Linux\/Arm\): Price not in catalog singapore-web-app/);
    expect(error.message).toMatch(/APS1-Fargate-ARM-vCPU-Hours/);
  });
});
