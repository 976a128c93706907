import type { VInfoColumn } from './rvtools-workbook';
import { VINFO_SIZING_COLUMNS, rvtoolsWorkbook } from './rvtools-workbook';
import { seededRandom } from './seeded-random';
import type { Rows } from './simple-workbook';

/**
 * A generated RVTools export of a customer estate (the north-star benchmark, the large-estate
 * integration tests and the catalog's estate coverage): vInfo with powered-off VMs and templates,
 * Windows and Linux guests (and a few the reader does not recognise), 1–64 vCPUs, memory of 1–8 GiB
 * per vCPU, and a vDisk tab with 1–4 disks per VM whose sum is vInfo's `Provisioned MiB`.
 * Deterministic for a seed, so runs compare.
 */
export interface EstateOptions {
  readonly vms: number;
  readonly seed?: number;
  /**
   * `mixed` (default): about half Windows, RHEL and SUSE among the Linux guests, 3 % unrecognised.
   * `linux`: every guest a distribution EC2 prices as Linux/UNIX (Ubuntu, Debian, CentOS, Rocky,
   * AlmaLinux, Oracle Linux, Amazon Linux, other Linux) — RHEL and SUSE are platforms of their own.
   */
  readonly guests?: 'mixed' | 'linux';
}

export interface EstateCounts {
  readonly vms: number;
  readonly poweredOn: number;
  readonly poweredOff: number;
  readonly templates: number;
  readonly disks: number;
  /** Powered-on VMs with storage: each gives an EC2 and a gp3 EBS requirement line. */
  readonly expectedItems: number;
  readonly unrecognisedOs: number;
}

const WINDOWS = [
  'Microsoft Windows Server 2022 (64-bit)',
  'Microsoft Windows Server 2019 (64-bit)',
  'Microsoft Windows Server 2016 (64-bit)',
  'Microsoft Windows Server 2012 R2 (64-bit)',
];
const LINUX = [
  'Red Hat Enterprise Linux 8 (64-bit)',
  'Red Hat Enterprise Linux 9 (64-bit)',
  'Ubuntu Linux (64-bit)',
  'CentOS 7 (64-bit)',
  'SUSE Linux Enterprise 15 (64-bit)',
  'Other 3.x or later Linux (64-bit)',
];
const UNRECOGNISED = ['Other (64-bit)', 'FreeBSD 12 (64-bit)'];
/** Guests EC2 prices as Linux/UNIX, as vSphere names them. */
const LINUX_PLATFORM = [
  'Ubuntu Linux (64-bit)',
  'Debian GNU/Linux 12 (64-bit)',
  'CentOS 7 (64-bit)',
  'Rocky Linux (64-bit)',
  'AlmaLinux (64-bit)',
  'Oracle Linux 8 (64-bit)',
  'Amazon Linux 2 (64-bit)',
  'Other 4.x or later Linux (64-bit)',
];
const VCPUS = [1, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 16, 16, 32, 64];
const ENVIRONMENTS = ['Prod', 'Prod', 'Prod', 'DR', 'UAT', 'Test', 'Dev'];
const APPLICATIONS = ['ERP', 'CRM', 'Web', 'Data', 'Mail', 'Files', 'Billing', 'HR', 'BI', 'Infra'];

const VINFO_COLUMNS: readonly VInfoColumn[] = [...VINFO_SIZING_COLUMNS, 'Datacenter'];

export async function rvtoolsEstate(
  options: EstateOptions,
): Promise<{ workbook: Buffer; counts: EstateCounts }> {
  const rnd = seededRandom(options.seed ?? 13);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const vms: Rows = [];
  const vdisks: Rows = [];
  let poweredOff = 0;
  let templates = 0;
  let disks = 0;
  let unrecognisedOs = 0;
  for (let i = 0; i < options.vms; i++) {
    const env = pick(ENVIRONMENTS);
    const app = pick(APPLICATIONS);
    const name = `${env.toLowerCase()}-${app.toLowerCase()}-${String(i).padStart(5, '0')}`;
    const template = rnd() < 0.02;
    const off = !template && rnd() < 0.08;
    const roll = rnd();
    const os =
      options.guests === 'linux'
        ? pick(LINUX_PLATFORM)
        : roll < 0.52
          ? pick(WINDOWS)
          : roll < 0.97
            ? pick(LINUX)
            : pick(UNRECOGNISED);
    const vcpu = pick(VCPUS);
    const memoryMib = vcpu * 1024 * pick([1, 2, 4, 4, 8]);
    const diskMib = Array.from(
      { length: 1 + Math.floor(rnd() * 4) },
      () => pick([40, 60, 80, 100, 200, 500, 1024, 2048]) * 1024,
    );
    const provisioned = diskMib.reduce((s, d) => s + d, 0);
    if (template) templates++;
    else if (off) poweredOff++;
    else if (UNRECOGNISED.includes(os)) unrecognisedOs++;
    disks += diskMib.length;
    vms.push([
      name,
      template || off ? 'poweredOff' : 'poweredOn',
      template,
      vcpu,
      memoryMib,
      provisioned,
      Math.round(provisioned * (0.2 + rnd() * 0.6)),
      os,
      template || off ? '' : os,
      `${env}-${app}`,
      env === 'DR' ? 'DC-Secondary' : 'DC-Primary',
    ]);
    diskMib.forEach((mib, d) => vdisks.push([name, `Hard disk ${d + 1}`, mib, true]));
  }
  const poweredOn = options.vms - poweredOff - templates;
  const workbook = await rvtoolsWorkbook({
    vInfo: { columns: VINFO_COLUMNS, rows: vms },
    vDisk: { columns: ['VM', 'Disk', 'Capacity MiB', 'Thin'], rows: vdisks },
  });
  return {
    workbook,
    counts: {
      vms: options.vms,
      poweredOn,
      poweredOff,
      templates,
      disks,
      expectedItems: poweredOn * 2,
      unrecognisedOs,
    },
  };
}
