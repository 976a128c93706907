import { findHeaderRow, normalizeHeader } from '../../../core/sheets';
import { sheet } from './grid-helpers';

describe('header matching', () => {
  it('ignores case, spaces and line breaks inside header cells', () => {
    expect(normalizeHeader('Storage amount\nper volume\n(GB)')).toBe(
      normalizeHeader('STORAGE AMOUNT PER VOLUME (gb)'),
    );
    expect(normalizeHeader('*Server name')).toBe('servername');
  });

  it('finds the header row below title rows and maps fields to columns', () => {
    const s = sheet('Inputs', [
      [null],
      [null, 'Elastic Cloud Compute (EC2) Specifications'],
      [null, 'AWS\nRegion', 'Instance  type', 'number of instances'],
      [1, 'us-east-1', 'm5.large', 2],
    ]);
    const m = findHeaderRow(s, [
      { field: 'region', aliases: ['AWS Region'], required: true },
      { field: 'type', aliases: ['Instance Type'], required: true },
      { field: 'qty', aliases: ['Number of Instances'] },
      { field: 'os', aliases: ['Operating System'], required: true },
    ]);
    expect(m?.headerRow).toBe(3);
    expect(m?.columns.get('region')).toBe(2);
    expect(m?.columns.get('qty')).toBe(4);
    expect(m?.missing).toEqual(['os']);
  });

  it('respects a used range that does not start at A1', () => {
    const s = sheet('S', [['VM', 'CPUs']], { startRow: 5, startColumn: 3 });
    const m = findHeaderRow(s, [
      { field: 'vm', aliases: ['VM'] },
      { field: 'cpus', aliases: ['CPUs'] },
    ]);
    expect(m?.headerRow).toBe(5);
    expect(m?.columns.get('cpus')).toBe(4);
  });
});
