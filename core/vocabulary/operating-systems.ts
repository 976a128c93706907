import type { Ec2OperatingSystem } from '../requirements/requirement-items';

/** Our template's, the calculator's and the Price List's OS names, as typed in a cell or a formula. */
const EXACT: Record<string, Ec2OperatingSystem> = {
  linux: 'Linux',
  'amazon linux': 'Linux',
  'linux/unix': 'Linux',
  windows: 'Windows',
  'windows server': 'Windows',
  rhel: 'RHEL',
  'red hat enterprise linux': 'RHEL',
  suse: 'SUSE',
  'suse linux': 'SUSE',
  'suse linux enterprise server': 'SUSE',
  'ubuntu pro': 'Ubuntu Pro',
  'windows byol': 'Windows BYOL',
  'windows with sql server web': 'Windows with SQL Server Web',
  'windows with sql server standard': 'Windows with SQL Server Standard',
  'windows with sql server enterprise': 'Windows with SQL Server Enterprise',
  'windows server with sql server web': 'Windows with SQL Server Web',
  'windows server with sql server standard': 'Windows with SQL Server Standard',
  'windows server with sql server enterprise': 'Windows with SQL Server Enterprise',
};

/**
 * A cell or formula argument naming an EC2 platform (our template's names, the calculator's,
 * `Linux/UNIX` as the Price List writes it); undefined otherwise.
 */
export function parseEc2Os(text: string): Ec2OperatingSystem | undefined {
  return EXACT[text.trim().replace(/\s+/g, ' ').toLowerCase()];
}

/** The bulk-import template's wording for a platform. */
export function bulkImportOsName(os: Ec2OperatingSystem): string {
  switch (os) {
    case 'Windows':
      return 'Windows Server';
    case 'Windows with SQL Server Web':
    case 'Windows with SQL Server Standard':
    case 'Windows with SQL Server Enterprise':
      return os.replace('Windows', 'Windows Server');
    case 'RHEL':
      return 'Red Hat Enterprise Linux';
    case 'SUSE':
      return 'SUSE Linux Enterprise Server';
    default:
      return os;
  }
}

export interface GuestOsMapping {
  readonly os: Ec2OperatingSystem;
  /** False when the text named no known family and Linux was assumed. */
  readonly recognised: boolean;
  /** True when the text says the guest runs on Arm (`64-bit Arm`, `aarch64`, `arm64`). */
  readonly arm?: boolean;
}

/** `Ubuntu Linux (64-bit Arm)`, `Debian 12 aarch64`, `… arm64`: the source says Arm. */
export function saysArm(text: string | undefined): boolean {
  return /\b(arm|arm64|aarch64)\b/i.test(text ?? '');
}

/**
 * A guest OS as inventory tools write it (`Microsoft Windows Server 2019 (64-bit)`,
 * `Red Hat Enterprise Linux 8 (64-bit)`, `CentOS 7`) -> the EC2 platform it is priced as.
 * SQL Server is a separate licence the inventory rarely shows, so Windows maps to plain Windows.
 * Free distributions (CentOS, Ubuntu, Debian, Rocky, Alma, Oracle Linux, Amazon Linux) price as Linux.
 */
export function mapGuestOs(text: string | undefined): GuestOsMapping {
  const mapped = mapOsFamily((text ?? '').toLowerCase());
  return saysArm(text) ? { ...mapped, arm: true } : mapped;
}

function mapOsFamily(t: string): GuestOsMapping {
  if (t.includes('windows')) {
    if (t.includes('sql server enterprise'))
      return { os: 'Windows with SQL Server Enterprise', recognised: true };
    if (t.includes('sql server standard'))
      return { os: 'Windows with SQL Server Standard', recognised: true };
    if (t.includes('sql server web'))
      return { os: 'Windows with SQL Server Web', recognised: true };
    return { os: 'Windows', recognised: true };
  }
  if (t.includes('red hat') || /\brhel\b/.test(t)) return { os: 'RHEL', recognised: true };
  if (t.includes('suse') || /\bsles\b/.test(t)) return { os: 'SUSE', recognised: true };
  const linuxLike = [
    'linux',
    'centos',
    'ubuntu',
    'debian',
    'rocky',
    'alma',
    'fedora',
    'photon',
    'freebsd',
    'unix',
  ];
  if (linuxLike.some((k) => t.includes(k))) return { os: 'Linux', recognised: true };
  return { os: 'Linux', recognised: false };
}
