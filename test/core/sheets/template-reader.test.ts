import { COMPUTE_SHEET, readRequirements } from '../../../core/sheets';
import type { GridValue } from '../../../core/sheets';
import type { Ec2Item } from '../../../core/requirements';
import { grid, sheet } from './grid-helpers';

const HEADER = COMPUTE_SHEET.columns.map((c) => c.aliases[0]!);
const settings = sheet('Settings', [
  ['Setting', 'Value'],
  ['Region', 'ap-southeast-1'],
  ['Pricing model', '1 Yr No Upfront Compute Savings Plan'],
  ['Discount (%)', 5],
  ['Currency', 'PHP'],
  ['FX rate (per USD)', 56.5],
  ['FX rate date', { date: '2026-11-02' }],
]);

/** A Compute sheet whose data starts at row 2; `rows` are A..L values. */
function compute(rows: GridValue[][]) {
  return sheet('Compute', [HEADER, ...rows]);
}

describe('our template reader', () => {
  it('reads Settings and Compute rows with the cell of every field', () => {
    const res = readRequirements(
      grid(
        settings,
        compute([
          [
            'Web',
            'Prod > Web',
            'M7G.LARGE',
            null,
            null,
            'Linux',
            3,
            null,
            'shared',
            200,
            null,
            null,
          ],
        ]),
      ),
    );
    expect(res.errors).toEqual([]);
    expect(res.format).toBe('template');
    const req = res.requirements!;
    expect(req.settings.region).toBe('ap-southeast-1');
    expect(req.settings.pricingModel).toEqual({
      kind: 'savings-plan',
      plan: 'compute',
      term: '1yr',
      purchaseOption: 'No Upfront',
    });
    expect(req.settings.discounts).toEqual([{ name: 'Customer discount', percent: 5 }]);
    expect(req.settings.fx).toEqual({ currency: 'PHP', rate: '56.5', asOf: '2026-11-02' });
    const ec2 = req.items[0] as Ec2Item;
    expect(ec2).toMatchObject({
      service: 'ec2',
      instanceType: 'm7g.large',
      os: 'Linux',
      quantity: 3,
      hoursPerMonth: 200,
      group: ['Prod', 'Web'],
    });
    expect(ec2.source).toMatchObject({
      sheet: 'Compute',
      row: 2,
      cells: { instanceType: 'C2', quantity: 'G2', hoursPerMonth: 'J2' },
    });
  });

  it('sizes from vCPU and memory when no instance type is given', () => {
    const res = readRequirements(
      grid(
        compute([['App', null, null, 8, 32.5, 'Linux', 2, 'eu-west-1', null, null, null, 'arm64']]),
      ),
    );
    const ec2 = res.requirements!.items[0] as Ec2Item;
    expect(ec2.sizing).toEqual({ vcpu: 8, memoryGib: 32.5, architecture: 'arm64' });
    expect(ec2.instanceType).toBeUndefined();
    expect(ec2.region).toBe('eu-west-1');
  });

  it('refuses at Validate what AWS cannot sell: an unknown type and Windows on Graviton, on their cells', () => {
    const res = readRequirements(
      grid(
        compute([
          ['Huge', null, 'm7g.huge', null, null, 'Linux', 1],
          ['Win on Arm', null, 'm7g.large', null, null, 'Windows', 1],
          [
            'SQL on Arm',
            null,
            null,
            4,
            16,
            'Windows with SQL Server Standard',
            1,
            null,
            null,
            null,
            null,
            'arm64',
          ],
          ['Fine', null, 'm7i.large', null, null, 'Windows', 1],
        ]),
      ),
    );
    expect(res.requirements).toBeNull();
    expect(res.errors.map((e) => [e.cell, e.rule])).toEqual([
      ['Compute!C2', 'offering.unknown-type'],
      ['Compute!F3', 'offering.invalid-combination'],
      ['Compute!F4', 'offering.invalid-combination'],
    ]);
    expect(res.errors[0]!.message).toBe(
      'Compute!C2: "m7g.huge" is not an EC2 instance type: "huge" is not an instance size (sizes are nano, micro, small, medium, large, xlarge, 2xlarge … 48xlarge, metal)',
    );
    expect(res.errors[1]!.message).toContain('Windows does not run on Graviton');
  });

  it('names sheet, cell and rule for a bad memory value and imports nothing', () => {
    const rows: GridValue[][] = Array.from({ length: 10 }, () => [
      'x',
      null,
      'm5.large',
      null,
      null,
      'Linux',
      1,
    ]);
    rows.push(['App', null, null, 4, 'sixteen', 'Linux', 1]);
    const res = readRequirements(grid(compute(rows)));
    expect(res.requirements).toBeNull();
    expect(res.errors).toContainEqual({
      cell: 'Compute!E12',
      sheet: 'Compute',
      rule: 'number.not-a-number',
      message: 'Compute!E12: memory must be a number of GiB greater than 0, got "sixteen"',
      severity: 'error',
    });
  });

  it('reports Excel error values, dates where numbers belong and unknown choices as errors of their cells', () => {
    const res = readRequirements(
      grid(
        compute([
          ['A', null, 'm5.large', null, null, 'Linux', { error: '#N/A' }],
          ['B', null, 'm5.large', null, null, 'Linux', { date: '2024-01-05' }],
          ['C', null, 'm5.large', null, null, 'Solaris', 1],
          ['D', null, null, 2, null, 'Linux', 1],
          ['E', null, 'm5.large', null, null, 'Linux', 1.5],
        ]),
      ),
    );
    const byCell = Object.fromEntries(res.errors.map((e) => [e.cell, e]));
    expect(byCell['Compute!G2']?.rule).toBe('cell.error-value');
    expect(byCell['Compute!G2']?.message).toContain('#N/A');
    expect(byCell['Compute!G3']?.rule).toBe('number.is-date');
    expect(byCell['Compute!F4']?.message).toMatch(
      /operating system must be one of Linux, Windows.* got "Solaris"/,
    );
    expect(byCell['Compute!E5']?.rule).toBe('compute.size-required');
    expect(byCell['Compute!G6']?.message).toBe(
      'Compute!G6: quantity must be a whole number at least 1, got 1.5',
    );
    expect(res.errors).toHaveLength(5);
  });

  it('ignores formatted-but-empty rows and keeps warnings apart from errors', () => {
    const res = readRequirements(
      grid(
        compute([
          [null, null, null],
          ['', '  ', null],
          ['A', null, 'm5.large', null, null, 'Linux', 1, 'xx-mars-1'],
        ]),
      ),
    );
    expect(res.errors).toEqual([]);
    expect(res.warnings.map((w) => w.rule)).toEqual(['region.not-in-list']);
    expect(res.warnings[0]!.cell).toBe('Compute!H4');
    expect(res.requirements!.items).toHaveLength(1);
    expect(res.rows).toBe(1);
  });

  it('warns that a named instance type wins over vCPU and memory on the same row', () => {
    const res = readRequirements(grid(compute([['A', null, 'm5.large', 2, 8, 'Linux', 1]])));
    expect(res.errors).toEqual([]);
    expect(res.warnings.map((w) => `${w.cell} ${w.rule}`)).toEqual([
      'Compute!D2 compute.type-wins',
    ]);
    expect(res.requirements!.items[0]).toMatchObject({ instanceType: 'm5.large' });
  });

  it('requires an FX rate for a currency other than USD', () => {
    const s = sheet('Settings', [
      ['Setting', 'Value'],
      ['Currency', 'EUR'],
    ]);
    const res = readRequirements(
      grid(s, compute([['A', null, 'm5.large', null, null, 'Linux', 1]])),
    );
    expect(res.errors.map((e) => e.rule)).toEqual(['fx.required']);
  });

  it('reads Storage, Database and Network rows into their services', () => {
    const g = grid(
      sheet('Storage', [
        [
          'Description',
          'Group',
          'Service',
          'Volume type / storage class',
          'Storage (GB)',
          'Quantity',
          'IOPS',
        ],
        ['Vol', null, 'EBS', 'General Purpose SSD (gp3)', 100, 2, 4000],
        ['Bucket', null, 's3', 'glacier-instant', 1000],
        ['Files', null, 'EFS', 'standard', 50],
      ]),
      sheet('Database', [
        [
          'Description',
          'Group',
          'Engine',
          'Instance class',
          'Deployment',
          'Storage type',
          'Storage (GB)',
          'Quantity',
          'Nodes per cluster',
        ],
        ['PG', null, 'postgresql', 'db.m7g.large', 'multi-az', 'io2', 100, 1],
        ['Aurora', null, 'aurora-mysql', 'db.r7g.large', null, null, 20, 2],
        ['Cache', null, 'valkey', 'cache.t4g.small', null, null, null, 1, 3],
      ]),
      sheet('Network', [
        [
          'Description',
          'Group',
          'Service',
          'Quantity',
          'Data (GB per month)',
          'Capacity units (LCU)',
        ],
        ['Egress', null, 'Data transfer out to internet', null, 500],
        ['NAT', null, 'NAT gateway', 2, 100],
        ['ALB', null, 'Application Load Balancer', 1, null, 4],
        ['Zones', null, 'Route 53 hosted zone', 3],
      ]),
    );
    const res = readRequirements(g);
    expect(res.errors).toEqual([]);
    const summary = res.requirements!.items.map((i) => i.service);
    expect(summary).toEqual([
      'ebs',
      's3',
      'efs',
      'rds',
      'aurora',
      'elasticache',
      'data-transfer',
      'nat-gateway',
      'load-balancer',
      'route53',
    ]);
    expect(res.requirements!.items[0]).toMatchObject({
      volumeType: 'gp3',
      storageGb: 100,
      quantity: 2,
      iops: 4000,
    });
    expect(res.requirements!.items[3]).toMatchObject({
      engine: 'postgresql',
      deployment: 'multi-az',
      storageType: 'io2',
    });
    expect(res.requirements!.items[5]).toMatchObject({
      engine: 'valkey',
      nodes: 3,
      nodeType: 'cache.t4g.small',
    });
    expect(res.requirements!.items[6]).toMatchObject({ internetOutGb: 500 });
    expect(res.requirements!.items[8]).toMatchObject({ type: 'application', capacityUnits: 4 });
    expect(res.requirements!.items[9]).toMatchObject({ hostedZones: 3, quantity: 1 });
  });

  it('reports a missing required column against the header row', () => {
    const res = readRequirements(
      grid(
        sheet('Compute', [
          ['Description', 'Instance type', 'Operating system'],
          ['a', 'm5.large', 'Linux'],
        ]),
      ),
    );
    expect(res.format).toBe('template');
    expect(res.errors.map((e) => [e.cell, e.rule])).toEqual([['Compute!1:1', 'header.missing']]);
  });
});

describe('template Settings: per-service discounts', () => {
  const compute = sheet('Compute', [
    COMPUTE_SHEET.columns.map((c) => c.aliases[0]!),
    ['A', null, 'm5.large', null, null, 'Linux', 1],
  ]);

  it('reads "ec2=10; rds=5" next to the customer-wide discount', () => {
    const s = sheet('Settings', [
      ['Setting', 'Value'],
      ['Discount (%)', 3],
      ['Service discounts (%)', 'ec2=10; rds = 5%'],
    ]);
    expect(readRequirements(grid(s, compute)).requirements!.settings.discounts).toEqual([
      { name: 'Customer discount', percent: 3 },
      { name: 'ec2 discount', percent: 10, services: ['ec2'] },
      { name: 'rds discount', percent: 5, services: ['rds'] },
    ]);
  });

  it('names the cell of an entry that is not a service discount', () => {
    const s = sheet('Settings', [
      ['Setting', 'Value'],
      ['Service discounts (%)', 'ec2=10; compute=5'],
    ]);
    const res = readRequirements(grid(s, compute));
    expect(res.errors.map((e) => [e.cell, e.rule])).toEqual([['Settings!B2', 'discount.service']]);
    expect(res.errors[0]!.message).toContain('got "compute=5"');
  });
});

describe('template Settings: free tier', () => {
  const compute = sheet('Compute', [
    COMPUTE_SHEET.columns.map((c) => c.aliases[0]!),
    ['A', null, 'm5.large', null, null, 'Linux', 1],
  ]);
  const settingsWith = (value: GridValue) =>
    readRequirements(
      grid(
        sheet('Settings', [
          ['Setting', 'Value'],
          ['Free tier', value],
        ]),
        compute,
      ),
    );

  it('reads Yes as the free tier asked for, and No or a blank as not', () => {
    expect(settingsWith('Yes').requirements!.settings.freeTier).toBe(true);
    expect(settingsWith('No').requirements!.settings.freeTier).toBeUndefined();
    expect(settingsWith(null).requirements!.settings.freeTier).toBeUndefined();
  });

  it('names the cell of a value that is neither Yes nor No', () => {
    const res = settingsWith('maybe');
    expect(res.errors.map((e) => e.cell)).toEqual(['Settings!B2']);
    expect(res.errors[0]!.message).toContain('free tier');
  });
});

describe('template Network: data transfer to another region', () => {
  const network = (destination: GridValue) =>
    readRequirements(
      grid(
        sheet('Network', [
          [
            'Description',
            'Group',
            'Service',
            'Quantity',
            'Data (GB per month)',
            'Destination region',
          ],
          ['Replica', null, 'Data transfer to another region', null, 200, destination],
        ]),
      ),
    );

  it('reads the destination region into the line', () => {
    const res = network('us-west-2');
    expect(res.errors).toEqual([]);
    expect(res.requirements!.items[0]).toMatchObject({
      service: 'data-transfer',
      interRegionOutGb: 200,
      destinationRegion: 'us-west-2',
    });
  });

  it('names the Destination region cell when it is blank or not a region, and imports nothing', () => {
    for (const bad of [null, 'mars-1']) {
      const res = network(bad);
      expect(res.requirements).toBeNull();
      expect(res.errors.map((e) => e.cell)).toEqual(['Network!F2']);
      expect(res.errors[0]!.message).toMatch(/region/);
    }
    expect(network(null).errors[0]!.message).toContain('destination region');
  });
});
