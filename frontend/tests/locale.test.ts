import { describe, expect, it } from 'vitest';
import { langFromQuery, langParam } from '@/lib/locale';

describe('?lang= in links', () => {
  it('reads en, zh and zh-CN in any case, and nothing else', () => {
    expect(langFromQuery('en')).toBe('en');
    expect(langFromQuery('EN')).toBe('en');
    expect(langFromQuery('zh')).toBe('zh-CN');
    expect(langFromQuery('zh-CN')).toBe('zh-CN');
    expect(langFromQuery(['en', 'zh'])).toBe('en');
    for (const v of ['fr', '', undefined, null, 3]) expect(langFromQuery(v)).toBeNull();
  });

  it('writes what it reads', () => {
    expect(langFromQuery(langParam('en'))).toBe('en');
    expect(langFromQuery(langParam('zh-CN'))).toBe('zh-CN');
  });
});
