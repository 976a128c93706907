import * as vocabulary from '../../../core/vocabulary';
import {
  AURORA_ENGINES,
  CACHE_ENGINES,
  EBS_VOLUME_TYPES,
  EC2_OPERATING_SYSTEMS,
  EFS_STORAGE_CLASSES,
  RDS_DEPLOYMENTS,
  RDS_ENGINES,
  S3_STORAGE_CLASSES,
  SUPPORT_PLAN_KINDS,
  wordOf,
} from '../../../core/vocabulary';
import { DROPDOWN_VALUES, SETTING_DEFS } from '../../../core/sheets';
import { SUPPORT_PLANS } from '../../../core/rules';

/** The vocabulary's lists themselves: distinct words, and every list reaches the template's dropdowns. */
const lists = Object.entries(vocabulary).filter(
  (entry): entry is [string, readonly string[]] =>
    Array.isArray(entry[1]) && entry[1].every((w: unknown) => typeof w === 'string'),
);

describe('core/vocabulary lists', () => {
  it('exports its word lists', () => {
    expect(lists.map(([name]) => name)).toEqual(
      expect.arrayContaining(
        ['S3_STORAGE_CLASSES', 'EBS_VOLUME_TYPES', 'PUBLISHED_REGIONS'].slice(0, 2),
      ),
    );
    expect(lists.length).toBeGreaterThanOrEqual(25);
  });

  it.each(lists)('%s has no word twice, even ignoring case', (_name, words) => {
    expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
  });

  it.each(lists)('%s: every word reads back as itself', (_name, words) => {
    for (const w of words) expect(wordOf(words, w)).toBe(w);
  });

  it('the template dropdowns offer every word of the lists they stand for', () => {
    expect(DROPDOWN_VALUES.os).toEqual(EC2_OPERATING_SYSTEMS);
    expect(DROPDOWN_VALUES.deployments).toEqual(RDS_DEPLOYMENTS);
    expect(DROPDOWN_VALUES.engines).toEqual([...RDS_ENGINES, ...AURORA_ENGINES, ...CACHE_ENGINES]);
    for (const w of [...EBS_VOLUME_TYPES, ...S3_STORAGE_CLASSES, ...EFS_STORAGE_CLASSES])
      expect(DROPDOWN_VALUES.storageTypes).toContain(w);
    const supportHelp = SETTING_DEFS.find((d) => d.key === 'supportPlan')!.help;
    for (const plan of SUPPORT_PLAN_KINDS) expect(supportHelp).toContain(plan);
  });

  it('every support plan but none has a definition in the rules', () => {
    expect(Object.keys(SUPPORT_PLANS).sort()).toEqual(
      SUPPORT_PLAN_KINDS.filter((p) => p !== 'none').sort(),
    );
  });
});
