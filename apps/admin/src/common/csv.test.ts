import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { membersToCsv } from '../members/memberExporter';

describe('console CSV export', () => {
  it('writes a member named like a formula as text, not a formula (CSV injection)', () => {
    const csv = membersToCsv([
      {
        name: '=HYPERLINK("http://example.invalid","点此")',
        gender: 'MALE',
        affiliation: 'CPC',
        kind: 'TOWNSHIP',
        status: 'ACTIVE',
        phone: '+8613800000000',
        workUnit: '@单位',
        title: '-主任',
      },
    ]);
    const row = csv.split('\r\n')[1];
    expect(row.startsWith(`"'=HYPERLINK(""http://example.invalid"",""点此"")"`)).toBe(true);
    expect(row).toContain(",'+8613800000000");
    expect(row).toContain(",'@单位,'-主任,");
  });
  it('keeps numbers numeric and quotes fields per RFC 4180', () => {
    expect(toCsv(['a', 'b', 'c'], [[-3, 'x,y', '\t=1']])).toBe(`a,b,c\r\n-3,"x,y",'\t=1`);
  });
});
