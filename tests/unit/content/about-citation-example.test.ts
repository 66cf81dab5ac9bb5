import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALL_LOCALES, formatDateIn, stripLocale, type Locale } from '#lib/i18n/locales.ts';

// The about page shows a citation written by hand for one section of a topic, with that topic's
// last-reviewed date. Written by hand, it goes stale when the topic is reviewed again: the date in the
// example must be the topic's own lastReviewed, as the page shows it in that edition.

function aboutFile(locale: Locale): string {
  return locale === 'en' ? 'content/pages/about.mdx' : `content/${locale}/pages/about.mdx`;
}

/** The citation examples: quoted lines of the about page that give a site path with a #section. */
function examples(text: string): { line: string; slug: string }[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('>'))
    .flatMap((line) => {
      // A site path with a #section, in any edition (/rats/#x, /ru/rats/#x).
      const path = /(?<![\w.:/])(\/[a-z0-9/-]+\/)#[a-z0-9-]+/.exec(line)?.[1];
      const slug = path ? stripLocale(path).slice(1, -1) : '';
      return slug && !slug.includes('/') ? [{ line, slug }] : [];
    });
}

function lastReviewed(slug: string): string {
  const topic = readFileSync(`content/topics/${slug}.mdx`, 'utf8');
  const date = /^lastReviewed:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(topic)?.[1];
  if (!date) throw new Error(`content/topics/${slug}.mdx has no lastReviewed`);
  return date;
}

describe.each(ALL_LOCALES)('the citation example on the about page (%s)', (locale) => {
  const found = examples(readFileSync(aboutFile(locale), 'utf8'));

  test('exists', () => {
    expect(found.length, `${aboutFile(locale)} has no quoted citation example with a /<topic>/#section path`).toBeGreaterThan(0);
  });

  test.each(found.map((f) => [f.slug, f.line] as const))("gives /%s/'s last-reviewed date", (slug, line) => {
    // No-break spaces (which Intl and the Russian text put in dates) count as spaces.
    const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(spaces(line), `${aboutFile(locale)}: the example must give content/topics/${slug}.mdx's lastReviewed`).toContain(
      spaces(formatDateIn(locale, lastReviewed(slug))),
    );
  });
});
