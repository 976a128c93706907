import {
  addressInRanges,
  allowListIssues,
  ipText,
  normalIpAddress,
  parseCidr,
  parseIpAddress,
} from '../../../core';

const problem = (text: string) => {
  const parsed = parseCidr(text);
  return 'problem' in parsed ? parsed.problem : null;
};

const v6 = (...groups: number[]) => groups.flatMap((g) => [g >> 8, g & 0xff]);

describe('IP addresses', () => {
  it('reads IPv4, IPv6 (compressed, full, with an embedded IPv4 tail) and drops a zone', () => {
    expect(parseIpAddress('192.0.2.7')).toEqual({ version: 4, bytes: [192, 0, 2, 7] });
    expect(parseIpAddress('2001:db8::1')).toEqual({
      version: 6,
      bytes: v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1),
    });
    expect(parseIpAddress('2001:0db8:0000:0000:0000:0000:0000:0001')).toEqual(
      parseIpAddress('2001:db8::1'),
    );
    expect(parseIpAddress('64:ff9b::192.0.2.33')?.bytes).toEqual(
      v6(0x64, 0xff9b, 0, 0, 0, 0, 0xc000, 0x0221),
    );
    expect(parseIpAddress('fe80::1%eth0')).toEqual({
      version: 6,
      bytes: v6(0xfe80, 0, 0, 0, 0, 0, 0, 1),
    });
  });

  it('reads an IPv4-mapped IPv6 address (a dual-stack socket) as the IPv4 address', () => {
    expect(parseIpAddress('::ffff:127.0.0.2')).toEqual({ version: 4, bytes: [127, 0, 0, 2] });
    expect(normalIpAddress('::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect(normalIpAddress('2001:DB8:0:0:1:0:0:1')).toBe('2001:db8::1:0:0:1');
    expect(normalIpAddress('::1')).toBe('::1');
  });

  it('refuses what is not an address', () => {
    for (const bad of ['', '256.1.1.1', '1.2.3', '01.2.3.4', '1::2::3', '12345::', 'a.b.c.d', 'x'])
      expect(parseIpAddress(bad)).toBeNull();
  });

  it('writes IPv6 with the longest run of zero groups as ::', () => {
    expect(ipText(6, v6(0, 0, 0, 0, 0, 0, 0, 0))).toBe('::');
    expect(ipText(6, v6(0x2001, 0, 0, 1, 0, 0, 0, 1))).toBe('2001:0:0:1::1');
    expect(ipText(6, v6(1, 2, 3, 4, 5, 6, 7, 8))).toBe('1:2:3:4:5:6:7:8');
  });
});

describe('CIDR ranges', () => {
  it('matches addresses inside the prefix and nothing outside it, per version', () => {
    const ranges = ['203.0.113.0/24', '2001:db8:abcd::/48'];
    expect(addressInRanges('203.0.113.255', ranges)).toBe(true);
    expect(addressInRanges('203.0.114.0', ranges)).toBe(false);
    expect(addressInRanges('2001:db8:abcd:12::5', ranges)).toBe(true);
    expect(addressInRanges('2001:db8:abce::5', ranges)).toBe(false);
    // An IPv4 client of a dual-stack server matches the IPv4 range.
    expect(addressInRanges('::ffff:203.0.113.9', ranges)).toBe(true);
    expect(addressInRanges('10.0.0.1', ['10.0.0.1/32'])).toBe(true);
    expect(addressInRanges('10.0.0.2', ['10.0.0.1/32'])).toBe(false);
    expect(addressInRanges('not an address', ranges)).toBe(false);
  });

  it('explains each kind of mistake', () => {
    expect(problem('203.0.113.7')).toBe(
      'needs a prefix length: 203.0.113.7/32 for this one address',
    );
    expect(problem('2001:db8::7')).toBe(
      'needs a prefix length: 2001:db8::7/128 for this one address',
    );
    expect(problem('10.0.0.300/8')).toBe('is not a CIDR range: 10.0.0.300 is not an IPv4 address');
    expect(problem('10.0.0.0/33')).toBe('has prefix /33; an IPv4 prefix is 1 to 32');
    expect(problem('2001:db8::/129')).toBe('has prefix /129; an IPv6 prefix is 1 to 128');
    expect(problem('0.0.0.0/0')).toMatch(/allows every address \(\/0\)/);
    expect(problem('10.1.2.3/8')).toBe('has bits set past its /8 prefix: the range is 10.0.0.0/8');
    expect(problem('2001:db8::1/32')).toBe(
      'has bits set past its /32 prefix: the range is 2001:db8::/32',
    );
    expect(problem('office')).toMatch(/is not a CIDR range such as 203\.0\.113\.0\/24/);
    expect(problem(' 10.0.0.0/8 ')).toBeNull();
  });
});

describe('allow-list issues', () => {
  it('names each bad entry by its position and text, and repeats by the first', () => {
    expect(allowListIssues(['10.0.0.0/8', '10.0.0.300/8', '10.0.0.0/8', '2001:db8::/32'])).toEqual([
      {
        index: 1,
        message: '"10.0.0.300/8" is not a CIDR range: 10.0.0.300 is not an IPv4 address',
      },
      { index: 2, message: '"10.0.0.0/8" repeats allowed range 1' },
    ]);
    expect(allowListIssues([])).toEqual([]);
  });

  it('refuses more than 100 ranges', () => {
    const list = Array.from({ length: 101 }, (_, i) => `10.${i}.0.0/16`);
    expect(allowListIssues(list)).toEqual([
      { index: 100, message: 'is one more than the 100 ranges a list may hold' },
    ]);
  });
});
