import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { latinName } from '../../src/integrations/edition-names';
import { DIST } from '../../tools/lib/dist';
import { loadSiteSearch } from '../../tools/lib/pagefind';

/**
 * English search by the translated editions' names in Latin letters (src/integrations/edition-names.ts):
 * each glossary term's names in the Russian and Chinese editions, written in Latin letters as a reader
 * would type them ("shanghai jingshen", "sekretariat shos"), find the English term first. The cases
 * are every such name in content/<locale>/glossary.yaml, so a new term or name is tested as it lands.
 */

interface Term {
  id: string;
  name: string;
  otherNames?: string[];
}

/** The English glossary's names of each term, folded: a Latin form that is one ("RATS") is no other name. */
const ENGLISH = new Map(
  (parse(readFileSync('content/glossary.yaml', 'utf8')) as Term[]).map((term) => [
    term.id,
    new Set([term.name, ...(term.otherNames ?? [])].map(fold)),
  ]),
);

function fold(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Each edition's glossary names in another script, with their Latin form where it is not an English name. */
const CASES = TRANSLATED_LOCALES.flatMap((locale) =>
  (
    parse(readFileSync(`content/${locale}/glossary.yaml`, 'utf8')) as { terms: Term[] }
  ).terms.flatMap((term) =>
    [term.name, ...(term.otherNames ?? [])].flatMap((name) => {
      const latin = latinName(name, locale);
      // A name with a number ("punkt 1 stati 2", a dated summit) is not typed from memory: the
      // build leaves it out.
      return latin === undefined || /\d/.test(latin) || ENGLISH.get(term.id)?.has(fold(latin))
        ? []
        : [{ locale, id: term.id, name, latin }];
    }),
  ),
);

/** Each edition's member-state names in another script, with their Latin form and the English name. */
const MEMBERS = TRANSLATED_LOCALES.flatMap((locale) => {
  const english = new Map(
    (parse(readFileSync('content/members.yaml', 'utf8')) as { id: string; name: string }[]).map(
      (member) => [member.id, member.name],
    ),
  );
  return (
    parse(readFileSync(`content/${locale}/members.yaml`, 'utf8')) as {
      members: { id: string; name: string }[];
    }
  ).members.flatMap((member) => {
    const latin = latinName(member.name, locale);
    const name = english.get(member.id)!;
    return latin === undefined || fold(latin) === fold(name) ? [] : [{ locale, latin, name }];
  });
});

const TOPICS = readdirSync('content/topics').map((file) => file.replace(/\.mdx$/, ''));

let search: Awaited<ReturnType<typeof loadSiteSearch>>;

beforeAll(async () => {
  search = await loadSiteSearch(DIST);
});

describe('a glossary name of a translated edition, typed in Latin letters, finds the English term', () => {
  test('there are such names in each edition', () => {
    for (const locale of TRANSLATED_LOCALES)
      expect(CASES.filter((each) => each.locale === locale).length).toBeGreaterThan(20);
  });

  test.each(CASES.map((each) => [each.locale, each.name, each.latin, each.id] as const))(
    '%s %s as "%s" → /glossary/#%s',
    async (_locale, _name, latin, id) => {
      const result = await search(latin, { limit: 3 });
      // A term whose subject has a topic page of its own ("Shanghai Spirit") comes after that page,
      // as when its English name is typed (search-run.ts).
      const urls = result.hits.map((hit) => hit.url);
      if (TOPICS.includes(id)) expect(urls.slice(0, 2)).toEqual([`/${id}/`, `/glossary/#${id}`]);
      else expect(urls[0]).toBe(`/glossary/#${id}`);
      expect(result.corrections.length).toBeGreaterThan(0);
    },
  );
});

describe('a member state’s name in a translated edition, typed in Latin letters, is searched as its English name', () => {
  test('there are such names', () => expect(MEMBERS.length).toBeGreaterThan(10));

  test.each(MEMBERS.map((each) => [each.locale, each.latin, each.name] as const))(
    '%s "%s" → %s',
    async (_locale, latin, name) => {
      const result = await search(latin, { limit: 1 });
      expect(result.searched).toBe(name);
      expect(result.corrections).toEqual([{ from: latin, to: name }]);
    },
  );
});
