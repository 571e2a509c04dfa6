import { describe, expect, it } from 'vitest';
import { joinNote, trimmed } from './proposal.text';

describe('stored text', () => {
  it('trims and stores nothing as null', () => {
    expect(trimmed('  关于…的建议 ')).toBe('关于…的建议');
    expect(trimmed('   ')).toBeNull();
    expect(trimmed(null)).toBeNull();
    expect(trimmed(undefined)).toBeNull();
  });

  it('joins the parts of a history note', () => {
    expect(joinNote('满意', ' 办理认真 ')).toBe('满意：办理认真');
    expect(joinNote('满意', null)).toBe('满意');
    expect(joinNote(' ', undefined)).toBeNull();
  });
});
