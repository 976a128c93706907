import { COMPUTE_SHEET, MAX_DATA_ROWS, readRequirements } from '../../../core/sheets';
import type { GridValue } from '../../../core/sheets';
import { grid, sheet } from './grid-helpers';

describe('inventory sizing is like for like', () => {
  it('sizes x86 unless the source says the guest runs on Arm; Windows on Arm stays x86 with a warning', () => {
    const res = readRequirements(
      grid(
        sheet('vInfo', [
          ['VM', 'Powerstate', 'CPUs', 'Memory', 'OS according to the configuration file'],
          ['x86', 'poweredOn', 2, 8192, 'Ubuntu Linux (64-bit)'],
          ['arm', 'poweredOn', 2, 8192, 'Other 5.x or later Linux (64-bit Arm)'],
          ['winarm', 'poweredOn', 2, 8192, 'Microsoft Windows 11 (Arm)'],
        ]),
      ),
    );
    expect(res.errors).toEqual([]);
    const sizing = res.requirements!.items.map((i) => (i.service === 'ec2' ? i.sizing : null));
    expect(sizing).toEqual([
      { vcpu: 2, memoryGib: 8, architecture: 'x86_64' },
      { vcpu: 2, memoryGib: 8, architecture: 'arm64' },
      { vcpu: 2, memoryGib: 8, architecture: 'x86_64' },
    ]);
    expect(res.warnings.map((w) => `${w.cell} ${w.rule}`)).toContain(
      'vInfo!E4 inventory.windows-arm',
    );
  });
});

describe('RVTools without Provisioned MiB', () => {
  it('takes storage from vDisk (older exports, CSV-style vInfo headers)', () => {
    const res = readRequirements(
      grid(
        sheet('vInfo', [
          [
            'vInfoVMName',
            'vInfoPowerstate',
            'vInfoTemplate',
            'vInfoCPUs',
            'vInfoMemory',
            'vInfoOS',
          ],
          ['a', 'poweredOn', 'False', 2, 3072, 'Ubuntu Linux (64-bit)'],
          ['b', 'poweredOn', 'False', 1, 1024, 'Plan 9'],
          ['c', 'suspended', 'False', 1, 1024, 'Ubuntu Linux (64-bit)'],
        ]),
        sheet('vDisk', [
          ['VM', 'Disk', 'Capacity MiB'],
          ['a', 'Hard disk 1', 10240],
          ['a', 'Hard disk 2', 20480.5],
        ]),
      ),
    );
    expect(res.errors).toEqual([]);
    expect(res.inventory).toEqual({ servers: 2, poweredOff: 1, templates: 0 });
    const items = res.requirements!.items;
    expect(items.map((i) => i.service)).toEqual(['ec2', 'ebs', 'ec2']);
    expect(items[0]).toMatchObject({ sizing: { vcpu: 2, memoryGib: 3, architecture: 'x86_64' } });
    expect(items[1]).toMatchObject({ storageGb: 31 });
    expect(res.warnings.map((w) => `${w.cell} ${w.rule}`)).toContain('vInfo!F3 os.assumed-linux');
  });

  it('reports a VM with text where CPUs belong', () => {
    const res = readRequirements(
      grid(
        sheet('vInfo', [
          ['VM', 'Powerstate', 'CPUs', 'Memory'],
          ['a', 'poweredOn', 'two', 2048],
        ]),
      ),
    );
    expect(res.errors.map((e) => e.message)).toEqual([
      'vInfo!C2: CPUs must be a whole number at least 1, got "two"',
    ]);
    expect(res.requirements).toBeNull();
  });
});

describe('row limit', () => {
  const header = COMPUTE_SHEET.columns.map((c) => c.aliases[0]!);
  const row: GridValue[] = ['a', null, 'm5.large', null, null, 'Linux', 1];

  it(`reads ${MAX_DATA_ROWS.toLocaleString('en-US')} rows and refuses one more, whole`, () => {
    const rows = Array.from({ length: MAX_DATA_ROWS }, () => row);
    expect(
      readRequirements(grid(sheet('Compute', [header, ...rows]))).requirements!.items,
    ).toHaveLength(MAX_DATA_ROWS);
    const over = readRequirements(grid(sheet('Compute', [header, ...rows, row])));
    expect(over.requirements).toBeNull();
    expect(over.errors.map((e) => e.rule)).toEqual(['sheet.too-many-rows']);
  });
});
