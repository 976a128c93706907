/** @jest-environment node */
import '../helpers/custom-functions-stub';
import { Decimal } from '../../../core';
import type { AuthPort } from '../../../client-shared/auth/auth-port';
import { catalog, cost, ebs, ec2, instance, price, s3 } from '../../../addin/functions/functions';
import { createServices, setServices } from '../../../addin/runtime/services';
import type { AddinServices } from '../../../addin/runtime/services';
import { createAppStore } from '../../../addin/state/app-store';
import type { WorkbookPort } from '../../../addin/excel/workbook-port';
import type { CustomFunctionError } from '../helpers/custom-functions-stub';
import { linuxHourly, pricingDataBody, pricingFetch } from '../helpers/embedded-catalog';

const signedIn: AuthPort = {
  signIn: async () => ({ username: 'u', email: 'u@example.com', role: 'Sales' }),
  signOut: async () => undefined,
  currentUser: async () => ({ username: 'u', email: 'u@example.com', role: 'Sales' }),
  idToken: async () => 'token',
};
const signedOut: AuthPort = {
  ...signedIn,
  currentUser: async () => null,
  idToken: async () => null,
};

function install(auth: AuthPort = signedIn): { services: AddinServices; calls: string[] } {
  const { fetch, calls } = pricingFetch();
  const services = createServices(
    {
      apiUrl: 'http://api.test',
      userPoolId: '',
      userPoolClientId: '',
      cognitoEndpoint: '',
      authFlowType: 'USER_PASSWORD_AUTH',
    },
    { auth, fetch, workbook: {} as WorkbookPort, store: createAppStore() },
  );
  setServices(services);
  return { services, calls };
}

async function cellError(promise: Promise<unknown>): Promise<CustomFunctionError> {
  try {
    await promise;
  } catch (error) {
    return error as CustomFunctionError;
  }
  throw new Error('expected the cell to show an error');
}

afterEach(() => setServices(undefined));

describe('=AWS.COST and the convenience forms', () => {
  it('prices an EC2 instance for a month: 730 h × the catalog On-Demand rate', async () => {
    install();
    const hourly = linuxHourly(pricingDataBody('ap-southeast-1'), 'm7g.large');
    const expected = Number(Decimal.from(hourly).multiply(730).toString());
    await expect(cost('ec2', 'm7g.large', 'ap-southeast-1')).resolves.toBeCloseTo(expected, 8);
  });

  it('multiplies by quantity and hours, and AWS.EC2 agrees with AWS.COST', async () => {
    install();
    const hourly = Number(linuxHourly(pricingDataBody('us-east-1'), 'm7i.large'));
    const [viaCost, viaEc2] = await Promise.all([
      cost('ec2', 'm7i.large', 'us-east-1', 'Linux', 'on-demand', 200, 3),
      ec2('m7i.large', 'us-east-1', 'Linux', 'on-demand', 200, 3),
    ]);
    expect(viaCost).toBeCloseTo(hourly * 200 * 3, 8);
    expect(viaEc2).toBe(viaCost);
  });

  it('uses the task pane region when the formula gives none', async () => {
    const { services } = install();
    services.store
      .getState()
      .set({ settings: { region: 'eu-west-1', currency: 'USD', discounts: [] } });
    const hourly = Number(linuxHourly(pricingDataBody('eu-west-1'), 'm7g.large'));
    await expect(ec2('m7g.large')).resolves.toBeCloseTo(hourly * 730, 8);
  });

  it('prices EBS and S3 storage from their specs', async () => {
    install();
    const gp3 = await ebs('gp3', 500, 'us-east-1');
    expect(gp3).toBeGreaterThan(0);
    await expect(cost('ebs', 'gp3 500', 'us-east-1')).resolves.toBe(gp3);
    await expect(ebs('gp3', 500, 'us-east-1', undefined, undefined, 2)).resolves.toBeCloseTo(
      gp3 * 2,
      8,
    );
    const standard = await s3('standard', 1000, 'us-east-1');
    expect(standard).toBeGreaterThan(0);
    await expect(cost('s3', 'standard 1000', 'us-east-1')).resolves.toBe(standard);
  });

  it('Spot at a stated 70 % discount costs 30 % of On-Demand', async () => {
    install();
    const onDemand = await ec2('m7g.large', 'us-east-1');
    const spot = await ec2('m7g.large', 'us-east-1', 'Linux', 'spot 70');
    expect(spot).toBeCloseTo(onDemand * 0.3, 8);
  });
});

describe('errors a cell shows', () => {
  it('bad arguments give #VALUE! with a message naming the argument', async () => {
    install();
    const badType = await cellError(cost('ec2', 'large', 'us-east-1'));
    expect(badType.code).toBe('#VALUE!');
    expect(badType.message).toMatch(/instance type must look like "m7g.large", got "large"/);
    const badService = await cellError(cost('dynamo', 'x', 'us-east-1'));
    expect(badService.code).toBe('#VALUE!');
    expect(badService.message).toMatch(/service "dynamo" is not one of ec2, ebs, s3, efs, rds/);
    const badRegion = await cellError(ec2('m7g.large', 'Singapore'));
    expect(badRegion.code).toBe('#VALUE!');
    const badModel = await cellError(ec2('m7g.large', 'us-east-1', 'Linux', 'forever'));
    expect(badModel.message).toMatch(/pricing model "forever" is not understood/);
  });

  it('a real type missing from the catalog gives #N/A, never 0', async () => {
    install();
    // hpc6a.48xlarge exists (EC2 instance types documentation) but the embedded catalog has no price for it.
    const error = await cellError(ec2('hpc6a.48xlarge', 'us-east-1'));
    expect(error.code).toBe('#N/A');
    expect(error.message).toMatch(/Price not in catalog/);
    expect(error.message).toMatch(/hpc6a\.48xlarge/);
  });

  it('a type that does not exist, or Windows on Graviton, is a bad argument (#VALUE!), not a missing price', async () => {
    install();
    const huge = await cellError(ec2('m7g.huge', 'us-east-1'));
    expect(huge.code).toBe('#VALUE!');
    expect(huge.message).toMatch(/"huge" is not an instance size/);
    const windows = await cellError(ec2('m7g.large', 'us-east-1', 'Windows'));
    expect(windows.code).toBe('#VALUE!');
    expect(windows.message).toMatch(/Windows does not run on Graviton/);
  });

  it('signed out gives #N/A "Sign in from the task pane"', async () => {
    install(signedOut);
    const error = await cellError(ec2('m7g.large', 'us-east-1'));
    expect(error.code).toBe('#N/A');
    expect(error.message).toMatch(/not signed in\. Sign in from the task pane/i);
  });
});

describe('one catalog download per region, never one call per cell', () => {
  it('500 cells across two regions make exactly two requests', async () => {
    const { calls } = install();
    const types = ['m7g.large', 'm7i.large', 'c7g.xlarge', 'r7g.large', 't4g.medium'];
    const cells = Array.from({ length: 500 }, (_, i) =>
      ec2(
        types[i % types.length] ?? 'm7g.large',
        i % 2 === 0 ? 'us-east-1' : 'eu-west-1',
        'Linux',
        'on-demand',
        1 + (i % 730),
      ),
    );
    const values = await Promise.all(cells);
    expect(values.every((v) => v > 0)).toBe(true);
    expect(calls).toHaveLength(2);
    // On-Demand cells download no Reserved or Savings Plans rates (DECISIONS 95).
    expect(calls.map((c) => new URL(c).searchParams.get('terms'))).toEqual([
      'on-demand',
      'on-demand',
    ]);
  });

  it("a Reserved or Savings Plans cell downloads its region's commitments once, On-Demand cells never", async () => {
    const { calls } = install();
    const terms = () => calls.map((c) => new URL(c).searchParams.get('terms'));
    await expect(ec2('m5.large', 'us-east-1')).resolves.toBeGreaterThan(0);
    expect(terms()).toEqual(['on-demand']);
    const [ri, sp, again] = await Promise.all([
      ec2('m5.large', 'us-east-1', 'Linux', '1yr no upfront reserved'),
      ec2('m5.large', 'us-east-1', 'Linux', '1yr partial upfront compute savings plan'),
      ec2('m5.large', 'us-east-1', 'Linux', '1yr no upfront reserved', 10),
    ]);
    expect([ri, sp, again].every((v) => v > 0)).toBe(true);
    expect(terms()).toEqual(['on-demand', 'commitments']);
    await expect(ec2('m5.large', 'eu-west-1')).resolves.toBeGreaterThan(0);
    expect(terms()).toEqual(['on-demand', 'commitments', 'on-demand']);
  });
});

describe('AWS.PRICE, AWS.INSTANCE, AWS.CATALOG', () => {
  it('AWS.PRICE spills the hourly rate and its unit', async () => {
    install();
    const hourly = Number(linuxHourly(pricingDataBody('us-east-1'), 'm7g.large'));
    const [[rate, unit]] = (await price('ec2', 'm7g.large', 'us-east-1')) as [[number, string]];
    expect(rate).toBeCloseTo(hourly, 10);
    expect(unit).toMatch(/hour/i);
  });

  it('AWS.INSTANCE returns a type with at least the vCPU and memory asked for, the cheapest such', async () => {
    install();
    const body = pricingDataBody('us-east-1');
    const chosen = await instance(4, 16, 'us-east-1');
    const ec2Records = body.shards.find((s) => s.service === 'AmazonEC2')?.records ?? [];
    const fits = ec2Records.filter(
      (r) =>
        r.productFamily === 'Compute Instance' &&
        r.term.type === 'OnDemand' &&
        r.attributes.operatingSystem === 'Linux' &&
        r.attributes.tenancy === 'Shared' &&
        r.attributes.preInstalledSw === 'NA' &&
        r.attributes.currentGeneration === 'Yes' &&
        Number(r.attributes.vcpu) >= 4 &&
        parseFloat(r.attributes.memory ?? '0') >= 16,
    );
    const cheapest = Math.min(...fits.map((r) => Number(r.price)));
    const chosenRecord = fits.find((r) => r.attributes.instanceType === chosen);
    expect(chosenRecord).toBeDefined();
    expect(Number(chosenRecord?.price)).toBe(cheapest);
    const none = await cellError(instance(1024, 32768, 'us-east-1'));
    expect(none.code).toBe('#N/A');
    expect(none.message).toMatch(/no current-generation Linux instance in us-east-1/);
    const invalid = await cellError(instance(0, 16, 'us-east-1'));
    expect(invalid.code).toBe('#VALUE!');
  });

  it('AWS.CATALOG names the catalog version and its newest publication date', async () => {
    install();
    const body = pricingDataBody('us-east-1');
    const newest = body.shards
      .map((s) => s.publishedAt)
      .sort()
      .at(-1)
      ?.slice(0, 10);
    await expect(catalog('us-east-1')).resolves.toBe(`${body.version} (${newest})`);
  });
});
