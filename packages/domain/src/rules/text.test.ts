import { describe, expect, it } from 'vitest';
import { isMultilineField, neutraliseText, normaliseText, textProblem } from './text';

describe('text hygiene', () => {
  it('refuses NUL, C0/C1 controls, bidi overrides and isolates, lone surrogates', () => {
    for (const bad of [
      'A\u0000B',
      'a\u001bb',
      'a\u0085b',
      'a\u009fb',
      'x\u202Ey',
      'x\u2066y',
      'x\u200Fy',
      '\ud800',
      'a\udc00b',
      'a\u007fb',
      'a\rb',
    ]) {
      expect(textProblem(bad, true), JSON.stringify(bad)).not.toBeNull();
    }
    expect(textProblem('A\u0000B', false)).toContain('U+0000');
  });
  it('accepts tab always and newline in multi-line fields only; accepts CJK and emoji', () => {
    expect(textProblem('甲\t乙', false)).toBeNull();
    expect(textProblem('第一行\n第二行', true)).toBeNull();
    expect(textProblem('第一行\n第二行', false)).not.toBeNull();
    expect(textProblem('政协委员 😀 Ünïcode', false)).toBeNull();
  });
  it('NFC-normalises and neutralises old text for exports', () => {
    expect(normaliseText('e\u0301')).toBe('\u00e9');
    expect(neutraliseText('A\u0000B\u202EC\nD\ud800')).toBe('A\uFFFDB\uFFFDC\nD\uFFFD');
  });
  it('knows multi-line fields by name', () => {
    expect(isMultilineField('input.content')).toBe(true);
    expect(isMultilineField('input.items.0.remark')).toBe(true);
    expect(isMultilineField('input.name')).toBe(false);
  });
});
