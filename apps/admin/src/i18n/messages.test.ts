import englishMessages from 'ra-language-english';
import { ENUM_LABELS } from '@cppcc/domain';
import { describe, expect, it } from 'vitest';
import { enMessages } from './en';
import { zhMessages } from './zh';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('messages', () => {
  it('zh has every key of ra-language-english', () => {
    const zh = new Set(keys(zhMessages));
    expect(keys(englishMessages).filter((k) => !zh.has(k))).toEqual([]);
  });
  it('zh and en have the same app keys', () => {
    const zh = keys(zhMessages)
      .filter((k) => !k.startsWith('ra.'))
      .sort();
    const en = keys(enMessages)
      .filter((k) => !k.startsWith('ra.'))
      .sort();
    expect(en).toEqual(zh);
  });
  it('Chinese enum labels are the domain package’s', () => {
    expect(zhMessages.enum).toBe(ENUM_LABELS);
    expect(zhMessages.enum.MemberStatus.ACTIVE).toBe('在任');
  });
  it('no message is empty', () => {
    const get = (o: any, k: string) => k.split('.').reduce((a, p) => a?.[p], o);
    for (const k of keys(zhMessages))
      if (k !== 'ra.boolean.null') expect(String(get(zhMessages, k)).trim(), k).not.toBe('');
  });
});
