import { COMPUTE_SHEET, readRequirements } from '../../../core/sheets';
import type { GridValue } from '../../../core/sheets';
import { validate } from '../../../backend/http/validate';
import { requirementsSchema } from '../../../backend/routes/schemas/requirements';
import { scenarioSchema } from '../../../backend/routes/schemas/estimation';
import { grid, sheet } from './grid-helpers';

const compute = sheet('Compute', [
  COMPUTE_SHEET.columns.map((c) => c.aliases[0]!),
  ['A', null, 'm5.large', null, null, 'Linux', 1],
]);
const withSettings = (rows: GridValue[][]) =>
  readRequirements(grid(sheet('Settings', [['Setting', 'Value'], ...rows]), compute));

describe('template Settings: the sizing policy', () => {
  it('reads Burstable types, Processor and Minimum generation into settings.sizingPolicy', () => {
    const res = withSettings([
      ['Burstable types', 'No'],
      ['Processor', 'Intel'],
      ['Minimum generation', 6],
    ]);
    expect(res.errors).toEqual([]);
    expect(res.requirements!.settings.sizingPolicy).toEqual({
      burstable: false,
      processor: 'intel',
      minGeneration: 6,
    });
  });

  it('leaves the policy out when the rows are blank or say the default', () => {
    const blank = withSettings([
      ['Burstable types', null],
      ['Processor', null],
      ['Minimum generation', null],
    ]);
    expect(blank.requirements!.settings.sizingPolicy).toBeUndefined();
    const defaults = withSettings([
      ['Burstable types', 'Yes'],
      ['Processor', 'Any'],
    ]);
    expect(defaults.requirements!.settings.sizingPolicy).toBeUndefined();
  });

  it('names the cell of each bad value, and imports nothing', () => {
    const res = withSettings([
      ['Burstable types', 'sometimes'],
      ['Processor', 'Graviton'],
      ['Minimum generation', 5.5],
    ]);
    expect(res.requirements).toBeNull();
    expect(res.errors.map((e) => [e.cell, e.rule])).toEqual([
      ['Settings!B2', 'value.not-allowed'],
      ['Settings!B3', 'value.not-allowed'],
      ['Settings!B4', 'number.out-of-range'],
    ]);
    expect(res.errors[1]!.message).toBe(
      'Settings!B3: processor must be one of Any, Intel, AMD, got "Graviton"',
    );
    expect(res.errors[2]!.message).toContain('minimum generation must be');
  });

  it("fills what the sheet leaves blank from the caller's policy (CLI flags, the pane), the sheet winning", () => {
    const res = readRequirements(
      grid(
        sheet('Settings', [
          ['Setting', 'Value'],
          ['Processor', 'AMD'],
        ]),
        compute,
      ),
      { sizingPolicy: { burstable: false, processor: 'intel' } },
    );
    expect(res.requirements!.settings.sizingPolicy).toEqual({ burstable: false, processor: 'amd' });
  });
});

describe('API: settings.sizingPolicy and a scenario sizingPolicy', () => {
  const requirements = (sizingPolicy: unknown) => ({
    settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' }, sizingPolicy },
    items: [],
  });

  it('accepts a valid policy', () => {
    const ok = validate(requirementsSchema, requirements({ burstable: false, processor: 'amd' }));
    expect(ok.settings.sizingPolicy).toEqual({ burstable: false, processor: 'amd' });
  });

  it.each([
    [{ processor: 'graviton' }, '$.settings.sizingPolicy.processor'],
    [{ burstable: 'no' }, '$.settings.sizingPolicy.burstable'],
    [{ minGeneration: 0 }, '$.settings.sizingPolicy.minGeneration'],
    [{ minGeneration: 6.5 }, '$.settings.sizingPolicy.minGeneration'],
    [{ vendor: 'intel' }, '$.settings.sizingPolicy'],
  ])('refuses %j at %s', (policy, where) => {
    expect(() => validate(requirementsSchema, requirements(policy))).toThrow(`${where}:`);
  });

  it('refuses a bad scenario policy by its path', () => {
    expect(() =>
      validate(scenarioSchema, { name: 'x', sizingPolicy: { processor: 'arm' } }),
    ).toThrow('$.sizingPolicy.processor:');
  });
});
