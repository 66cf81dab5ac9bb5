import { expect, test } from 'vitest';
import { CLIENT_WORDS } from '#lib/i18n/client-words.ts';
import { ALL_LOCALES, LOCALES } from '#lib/i18n/locales.ts';

// The page's scripts pick their words by the page's <html lang> (src/client/ui-strings.ts): each
// edition's lang must name one edition, and each edition must have every word.

test('each edition’s <html lang> names that edition alone', () => {
  const langs = ALL_LOCALES.map((locale) => LOCALES[locale].lang);
  expect(new Set(langs).size).toBe(ALL_LOCALES.length);
});

test.each(ALL_LOCALES)('the %s edition has every word its scripts write', (locale) => {
  const keys = Object.keys(CLIENT_WORDS.en);
  expect(Object.keys(CLIENT_WORDS[locale]).sort()).toEqual([...keys].sort());
  for (const key of keys)
    expect(CLIENT_WORDS[locale][key as keyof (typeof CLIENT_WORDS)['en']].trim(), key).not.toBe('');
});
