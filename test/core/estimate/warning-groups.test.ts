import {
  LISTED_UP_TO,
  groupWarnings,
  itemWarnings,
  summariseWarnings,
  warningKind,
} from '../../../core';

const chose = (id: string, type: string, vcpu: number) =>
  `${id}: chose ${type} (${vcpu} vCPU, ${vcpu * 4} GiB, $0.${vcpu}96/h On-Demand) — cheapest current-generation instance type (On-Demand price, this OS and tenancy) with at least the vCPU and memory asked for: ≥ ${vcpu} vCPU, ≥ ${vcpu * 2} GiB.`;

describe('warnings grouped by kind', () => {
  it('gives the same kind to the same sentence about another item, type, size or price', () => {
    expect(warningKind(chose('vm-1', 't3a.small', 2), 'vm-1')).toBe(
      warningKind(chose('other-7', 'm7i.4xlarge', 16), 'other-7'),
    );
    expect(warningKind('vm-1: no current-generation instance type fits', 'vm-1')).not.toBe(
      warningKind(chose('vm-1', 't3a.small', 2), 'vm-1'),
    );
  });

  it('counts every message in exactly one group, with the first ones as examples', () => {
    const messages = Array.from({ length: 9000 }, (_, i) =>
      chose(`vm-${i}`, i % 2 ? 't3a.small' : 'm7i.large', 2 + (i % 3)),
    );
    const groups = groupWarnings(messages.map((message, i) => ({ itemId: `vm-${i}`, message })));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ count: 9000, examples: messages.slice(0, 2) });
    expect(groups[0]?.itemIds).toEqual([
      'vm-0',
      'vm-1',
      'vm-2',
      'vm-3',
      'vm-4',
      'vm-5',
      'vm-6',
      'vm-7',
    ]);
  });

  it('summarises a frequent kind in one sentence with its count and lists rare ones in full', () => {
    const many = Array.from({ length: 12_000 }, (_, i) => ({
      itemId: `vm-${i}`,
      message: chose(`vm-${i}`, 't3a.small', 2),
    }));
    const rare = { itemId: 'db-1', message: 'db-1: priced On-Demand.' };
    const out = summariseWarnings([rare, ...many]);
    expect(out).toEqual([
      'db-1: priced On-Demand.',
      `12,000 warnings of this kind — e.g. ${chose('vm-0', 't3a.small', 2)} Items: vm-0, vm-1, vm-2, vm-3, vm-4, vm-5, vm-6, vm-7 and 11,992 more.`,
    ]);
    const few = many.slice(0, LISTED_UP_TO).map((w) => w.message);
    expect(summariseWarnings(many.slice(0, LISTED_UP_TO))).toEqual(few);
  });

  it('reads `<itemId>: …` strings as item warnings only for ids of the requirements', () => {
    expect(itemWarnings(['a: x', 'Note: y'], ['a'])).toEqual([
      { itemId: 'a', message: 'a: x' },
      { message: 'Note: y' },
    ]);
  });
});
