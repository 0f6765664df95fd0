import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import zh from '@/i18n/zh-CN';
import en from '@/i18n/en';
import { REJECTED_ZH } from '@/i18n/glossary';

/** Every message as [key, text]. */
function flatten(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

const src = new URL('../src', import.meta.url).pathname;
const messages = flatten(zh);

describe('one Chinese vocabulary', () => {
  it('the glossary has each idea in both languages', () => {
    expect(Object.keys(zh.glossary).sort()).toEqual(Object.keys(en.glossary).sort());
    for (const idea of new Set(Object.values(REJECTED_ZH))) expect(zh.glossary[idea], idea).toBeTruthy();
  });

  it('no message uses a rejected synonym', () => {
    const found = messages.flatMap(([key, text]) =>
      Object.keys(REJECTED_ZH)
        .filter((word) => text.includes(word))
        .map((word) => `${key}: “${word}” (say “${zh.glossary[REJECTED_ZH[word]]}”)`),
    );
    expect(found).toEqual([]);
  });

  it('the public pages and the console both use the glossary’s words', () => {
    for (const idea of ['measure', 'milestone'] as const) {
      const word = zh.glossary[idea];
      const where = messages.filter(([, text]) => text.includes(word)).map(([key]) => key);
      expect(
        where.some((k) => !k.startsWith('console.')),
        `${word} on the public pages`,
      ).toBe(true);
      expect(
        where.some((k) => k.startsWith('console.')),
        `${word} in the console`,
      ).toBe(true);
    }
  });

  it('no page, and no import template heading or help text, uses a rejected synonym', () => {
    const sources = [
      ...files(src, /\.(vue|ts)$/).filter((p) => !p.endsWith('glossary.ts')),
      new URL('../../src/main/java/org/pilotboard/imports/ImportColumn.java', import.meta.url).pathname,
    ];
    const found = sources.flatMap((p) => {
      const text = readFileSync(p, 'utf8');
      return Object.keys(REJECTED_ZH)
        .filter((word) => text.includes(word))
        .map((word) => `${p}: “${word}”`);
    });
    expect(found).toEqual([]);
  });
});
