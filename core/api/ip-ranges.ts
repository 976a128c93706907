/**
 * IPv4 and IPv6 addresses and CIDR ranges for the admin IP allow-list (DECISIONS 75): one parser
 * for the API's check, the settings validation (API and console) and the CDK app's WAF IP sets.
 */
export type IpVersion = 4 | 6;

/** An address as its bytes, most significant first: 4 for IPv4, 16 for IPv6. */
export interface IpAddress {
  readonly version: IpVersion;
  readonly bytes: readonly number[];
}

export interface IpRange {
  readonly version: IpVersion;
  /** The first address of the range (no bits set past the prefix). */
  readonly network: readonly number[];
  readonly prefix: number;
}

/** Entries an allow-list may hold (a WAF IP set takes 10,000; a team lists a few offices). */
export const MAX_ADMIN_IP_RANGES = 100;

const BITS: Record<IpVersion, number> = { 4: 32, 6: 128 };

function parseV4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^(0|[1-9]\d{0,2})$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b <= 255) ? bytes : null;
}

/** 16-bit groups of one side of `::`; a dotted IPv4 tail counts as two groups. */
function groupsOf(text: string): number[] | null {
  if (text === '') return [];
  const out: number[] = [];
  const parts = text.split(':');
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = parseV4(part);
      if (!v4) return null;
      out.push(v4[0]! * 256 + v4[1]!, v4[2]! * 256 + v4[3]!);
    } else if (/^[0-9a-f]{1,4}$/i.test(part)) out.push(parseInt(part, 16));
    else return null;
  }
  return out;
}

function parseV6(text: string): number[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<number>(missing).fill(0), ...tail];
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

/** `::ffff:a.b.c.d`: the first 10 bytes zero, then 0xff 0xff. */
function isMappedV4(bytes: readonly number[]): boolean {
  return bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
}

/**
 * An address as a socket or API Gateway reports it. IPv4-mapped IPv6 (`::ffff:192.0.2.7`, what a
 * dual-stack Node server reports for an IPv4 client) is the IPv4 address; a zone (`%eth0`) is dropped.
 */
export function parseIpAddress(text: string): IpAddress | null {
  const bare = text.trim().replace(/%[\w.-]+$/, '');
  const v4 = parseV4(bare);
  if (v4) return { version: 4, bytes: v4 };
  const v6 = bare.includes(':') ? parseV6(bare) : null;
  if (!v6) return null;
  return isMappedV4(v6) ? { version: 4, bytes: v6.slice(12) } : { version: 6, bytes: v6 };
}

/** The address as API Gateway reports it: IPv4 dotted (also for a mapped address), IPv6 compressed. */
export function normalIpAddress(text: string): string {
  const parsed = parseIpAddress(text);
  return parsed ? ipText(parsed.version, parsed.bytes) : text.trim();
}

/** Dotted IPv4; IPv6 in lower case with the longest run of zero groups written `::`. */
export function ipText(version: IpVersion, bytes: readonly number[]): string {
  if (version === 4) return bytes.join('.');
  const groups = Array.from({ length: 8 }, (_, i) => bytes[2 * i]! * 256 + bytes[2 * i + 1]!);
  let best = { at: -1, length: 1 };
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { at: i, length: j - i };
  }
  const hex = (gs: number[]) => gs.map((g) => g.toString(16)).join(':');
  if (best.at < 0) return hex(groups);
  return `${hex(groups.slice(0, best.at))}::${hex(groups.slice(best.at + best.length))}`;
}

/** The bytes with every bit past `prefix` cleared. */
function masked(bytes: readonly number[], prefix: number): number[] {
  return bytes.map((b, i) => {
    const keep = Math.max(0, Math.min(8, prefix - 8 * i));
    return b & (0xff << (8 - keep)) & 0xff;
  });
}

const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** A CIDR range, or why the text is not one (a sentence fragment: "… is not …"). */
export function parseCidr(text: string): { range: IpRange } | { problem: string } {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (trimmed === '') return { problem: 'is empty; enter a range such as 203.0.113.0/24' };
  if (slash < 0) {
    const single = parseIpAddress(trimmed) ? `${trimmed}/${trimmed.includes(':') ? 128 : 32}` : '';
    return {
      problem: single
        ? `needs a prefix length: ${single} for this one address`
        : 'is not a CIDR range such as 203.0.113.0/24 or 2001:db8::/32',
    };
  }
  const addressText = trimmed.slice(0, slash);
  const prefixText = trimmed.slice(slash + 1);
  const version: IpVersion = addressText.includes(':') ? 6 : 4;
  const bytes = version === 4 ? parseV4(addressText) : parseV6(addressText);
  if (!bytes)
    return { problem: `is not a CIDR range: ${addressText} is not an IPv${version} address` };
  const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= BITS[version]))
    return {
      problem: `has prefix /${prefixText}; an IPv${version} prefix is 1 to ${BITS[version]}`,
    };
  if (prefix === 0)
    return { problem: 'allows every address (/0); leave the list empty for no restriction' };
  const network = masked(bytes, prefix);
  if (!same(network, bytes)) {
    return {
      problem: `has bits set past its /${prefix} prefix: the range is ${ipText(version, network)}/${prefix}`,
    };
  }
  return { range: { version, network, prefix } };
}

export function inRange(address: IpAddress, range: IpRange): boolean {
  return (
    address.version === range.version && same(masked(address.bytes, range.prefix), range.network)
  );
}

/** Whether the address is in one of the ranges (entries that are not ranges match nothing). */
export function addressInRanges(address: string, ranges: readonly string[]): boolean {
  const parsed = parseIpAddress(address);
  if (!parsed) return false;
  return ranges.some((text) => {
    const cidr = parseCidr(text);
    return 'range' in cidr && inRange(parsed, cidr.range);
  });
}

/** One problem of an allow-list entry; `index` is 0-based, the label counts from 1. */
export interface IpRangeIssue {
  readonly index: number;
  readonly message: string;
}

/** The label the console and the API's messages give an entry: `Allowed range 2`. */
export function allowListLabel(index: number): string {
  return `Allowed range ${index + 1}`;
}

/** Every problem of an allow-list: entries that are not CIDR ranges, repeats, too many entries. */
export function allowListIssues(list: readonly string[]): IpRangeIssue[] {
  const issues: IpRangeIssue[] = [];
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const parsed = parseCidr(entry);
    if ('problem' in parsed) {
      issues.push({ index, message: `"${entry.trim()}" ${parsed.problem}` });
      return;
    }
    const key = `${ipText(parsed.range.version, parsed.range.network)}/${parsed.range.prefix}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({
        index,
        message: `"${entry.trim()}" repeats ${allowListLabel(first).toLowerCase()}`,
      });
    else seen.set(key, index);
  });
  if (list.length > MAX_ADMIN_IP_RANGES)
    issues.push({
      index: MAX_ADMIN_IP_RANGES,
      message: `is one more than the ${MAX_ADMIN_IP_RANGES} ranges a list may hold`,
    });
  return issues;
}
