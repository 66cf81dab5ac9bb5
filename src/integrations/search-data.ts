import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { doubleMetaphone } from 'double-metaphone';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { LOCALES, SOURCE_LOCALE, TRANSLATED_LOCALES, type Locale } from '#lib/i18n/locales.ts';
import {
  pagefindPathOf,
  searchDataPathOf,
  searchLanguage,
  segmentWords,
} from '#lib/search/languages.ts';
import {
  collectEntries,
  type Fragment,
  parseFragment,
  seatsOf,
} from '#lib/search/search-entries.ts';
import { encodeShards, shardPath } from '#lib/search/search-shards.ts';
import { soundCodesOf, soundEncoder } from '#lib/search/sound-alike.ts';
import type { LatinName, SearchData } from '#lib/search/search-words.ts';
import {
  type MemberName,
  parseSynonyms,
  withMemberNames,
  SYNONYMS_FILE,
} from '#lib/search/synonyms.ts';
import { irregularGroups } from '#lib/search/irregular-verbs.ts';
import { nameWords } from '#lib/search/stopwords.ts';
import { isKnownWord, isSearchable } from '#lib/search/vocabulary.ts';
import { editionLatinNames, memberLatinNames } from './edition-names.ts';
import { commonEnglishWords, englishWordsKept } from './english-words.ts';
import { initialismsOf } from './initialisms.ts';
import { unwrittenNames } from './unwritten-names.ts';
import { properNames } from './proper-names.ts';
import { writeCharacterMap } from './zh-characters.ts';

/** The content file of an edition's synonyms: content/synonyms.yaml, content/ru/synonyms.yaml. */
export function synonymsFileOf(locale: Locale): string {
  return locale === SOURCE_LOCALE ? SYNONYMS_FILE : `content/${locale}/synonyms.yaml`;
}

/**
 * Writes an edition's search data (src/lib/search/search-words.ts) beside its Pagefind index, from
 * the index itself: the vocabulary is exactly the text Pagefind holds, and each named entry is
 * keyed by the result id Pagefind gives it. Synonyms come from content/synonyms.yaml (English) or
 * content/<locale>/synonyms.yaml. A language written without spaces (src/lib/search/languages.ts,
 * `vocabulary: 'segments'`: Chinese) counts the words Intl.Segmenter finds instead. The data is
 * written as a small fixed part and shards by first letter (src/lib/search/search-shards.ts), so
 * that a query loads only the words and names it can use.
 * `fragmentsOf` reads an edition's fragments; the build passes one reader (fragmentReader) to every
 * edition's call, so that the editions' fragments, which English reads for their Latin names, are
 * read once.
 * @returns the bytes written: the fixed part's, and the largest shard's
 */
export async function writeSearchData(
  builtDir: string,
  root: string,
  locale: Locale = SOURCE_LOCALE,
  fragmentsOf: FragmentReader = fragmentReader(builtDir),
): Promise<{ index: number; shards: number; largest: number }> {
  const pagefindPath = pagefindPathOf(locale);
  const fragments = await fragmentsOf(locale);
  const { words, entries, records, definedBy, common, headings, shared } =
    collectEntries(fragments);
  // The member states' names, in English and by edition (each edition's matched to English by id).
  const members = (edition: Locale): Promise<MemberName[]> =>
    readMembers(
      join(root, edition === SOURCE_LOCALE ? 'content' : `content/${edition}`, 'members.yaml'),
    );
  const englishMembers = await members(SOURCE_LOCALE);
  // The synonyms, read once and checked (parseSynonyms names the line of a malformed group) before
  // the unwritten names below take their phrases as written.
  const synonymsFile = join(root, synonymsFileOf(locale));
  const synonymsText = existsSync(synonymsFile) ? await readFile(synonymsFile, 'utf8') : '';
  const written = parseSynonyms(synonymsText, synonymsFileOf(locale));
  // English is also searched by the translated editions' names, in Latin letters.
  const latin: LatinName[] = [];
  const initialisms = new Set<string>();
  if (locale === SOURCE_LOCALE) {
    const urls = new Map(fragments.map((fragment) => [fragment.id, fragment.url]));
    for (const edition of TRANSLATED_LOCALES)
      if (existsSync(join(builtDir, pagefindPathOf(edition))))
        latin.push(
          ...editionLatinNames(entries, urls, edition, await fragmentsOf(edition), words).filter(
            (each) => !latin.some((other) => other.latin === each.latin),
          ),
          ...memberLatinNames(englishMembers, await members(edition), edition, words),
        );
    // And by the initialisms of the names it writes in capitals ("GCTS", "UN DPI"), and the other
    // names in its synonyms that it never writes ("Nur-Sultan"), as the names it writes.
    const texts = fragments.flatMap((fragment) => [fragment.content, fragment.meta['title'] ?? '']);
    const groups = ((parse(synonymsText) as unknown[][] | null) ?? []).map((group) =>
      group.map(String),
    );
    const initials = initialismsOf(texts, words, entries);
    latin.push(
      ...[...initials, ...unwrittenNames(groups, words)].filter(
        (each) => !latin.some((other) => other.latin === each.latin),
      ),
    );
    // Those the prefix rule would take for the start of a word ("mea": "means").
    const index: SearchData = { words, synonyms: [], entries: [] };
    for (const { latin: initialism } of initials)
      if (isKnownWord(initialism, index)) initialisms.add(initialism);
  }
  // A language read in other forms of its characters (traditional Chinese) gets their map.
  if (searchLanguage(locale)?.characterMap)
    await writeCharacterMap(
      builtDir,
      locale,
      fragments.flatMap((fragment) => [fragment.content, ...Object.values(fragment.meta)]),
    );
  // A translated edition is also searched by the member states' English names ("india" on /ru/).
  // An English phrase is matched as a query's words are, without its function words: "People's
  // Republic of China" is the reader's "people's republic of china", whose "of" the query drops.
  // English also gets a group of each irregular past the index can answer by its base ("came":
  // come), after the content's own.
  const synonyms =
    locale === SOURCE_LOCALE
      ? [
          ...written.map((group) => group.map((phrase) => nameWords(phrase.join(' ')))),
          ...irregularGroups(words, written),
        ]
      : withMemberNames(written, englishMembers, await members(locale));
  // A language written without spaces counts the words Intl.Segmenter finds in the same text.
  const vocabulary =
    searchLanguage(locale)?.vocabulary === 'segments'
      ? countSegments(
          fragments.flatMap((fragment) => [fragment.content, fragment.meta['title'] ?? '']),
          locale,
        )
      : words;
  const data: SearchData = {
    words: vocabulary,
    synonyms,
    entries,
    records,
    ...(definedBy.size > 0 ? { definedBy } : {}),
    common,
    ...(headings.length > 0 ? { headings } : {}),
    ...(latin.length > 0 ? { latin } : {}),
    ...(initialisms.size > 0 ? { initialisms } : {}),
    ...homeOf(fragments, locale),
    ...(shared.length > 0 ? { shared: new Set(shared) } : {}),
  };
  // The places English glossary terms are seated in, by the synonyms' words for a seat.
  if (locale === SOURCE_LOCALE) {
    const seatWords = written.find((group) => group.some((phrase) => phrase.join(' ') === 'seat'));
    const seats = seatsOf(
      fragments,
      (seatWords ?? []).map((phrase) => phrase.join(' ')),
    );
    if (seats.length > 0) data.seats = seats;
  }
  // English names are also filed by their sound codes, which only English queries are matched by;
  // and the common English words correction would otherwise turn into other words are listed.
  let soundCodes: ((word: string) => string[]) | undefined;
  if (locale === SOURCE_LOCALE) {
    const names = properNames(
      fragments.flatMap((fragment) => [fragment.content, fragment.meta['title'] ?? '']),
    );
    const named = new Map([...vocabulary].filter(([word]) => names.has(word)));
    const encode = soundEncoder(doubleMetaphone);
    soundCodes = (word) => (named.has(word) ? soundCodesOf(word, encode) : []);
    data.english = englishWordsKept(await commonEnglishWords(), data, encode, named);
    const urls = new Map(fragments.map((fragment) => [fragment.id, fragment.url]));
    checkNamesIndexed(data, (id) => urls.get(id) ?? id);
  }
  // A language written without spaces keeps its synonyms in the fixed part (encodeShards).
  const { index, shards } = encodeShards(
    data,
    soundCodes,
    searchLanguage(locale)?.vocabulary === 'segments',
  );
  await writeFile(join(builtDir, searchDataPathOf(locale)), index);
  // A shard left by an earlier build with more letters would be served, though never asked for.
  const shardDir = dirname(join(builtDir, shardPath(0, pagefindPath)));
  await rm(shardDir, { recursive: true, force: true });
  await mkdir(shardDir, { recursive: true });
  let largest = 0;
  for (const [shard, text] of shards) {
    await writeFile(join(builtDir, shardPath(shard, pagefindPath)), text);
    largest = Math.max(largest, Buffer.byteLength(text));
  }
  return { index: Buffer.byteLength(index), shards: shards.size, largest };
}

/** The member states' ids and names: what the Latin names need of a members file. */
const MemberNamesSchema = z.array(z.object({ id: z.string().min(1), name: z.string().min(1) }));
/** A members file: the English one is a list, an edition's has the list under `members`. */
const MembersFileSchema = z.union([MemberNamesSchema, z.object({ members: MemberNamesSchema })]);

/**
 * The member states' ids and names in a members file. The content check has validated both files
 * before the build gets here; a file that still does not have them stops the build with its name.
 */
async function readMembers(file: string): Promise<MemberName[]> {
  if (!existsSync(file)) return [];
  const parsed = MembersFileSchema.safeParse(parse(await readFile(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file}: the member states' ids and names cannot be read (${parsed.error.issues[0]?.message ?? 'unknown shape'}).\nFix: run npm run check:content, which names the line and field.`,
    );
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.members;
}

/** Reads an edition's Pagefind fragments (fragmentReader). */
export type FragmentReader = (locale: Locale) => Promise<Fragment[]>;

/** A reader of the built site's fragments that reads each edition's once, however often asked. */
export function fragmentReader(builtDir: string): FragmentReader {
  const read = new Map<Locale, Promise<Fragment[]>>();
  return (locale) => {
    let fragments = read.get(locale);
    if (!fragments) read.set(locale, (fragments = readFragments(builtDir, locale)));
    return fragments;
  };
}

/** An edition's Pagefind fragments, decompressed, in file order. */
async function readFragments(builtDir: string, locale: Locale): Promise<Fragment[]> {
  const fragmentDir = join(builtDir, pagefindPathOf(locale), 'fragment');
  const fragments = [];
  for (const file of (await readdir(fragmentDir))
    .filter((name) => name.endsWith('.pf_fragment'))
    .sort()) {
    const text = gunzipSync(await readFile(join(fragmentDir, file))).toString('utf8');
    fragments.push(parseFragment(file.replace(/\.pf_fragment$/, ''), text));
  }
  return fragments;
}

/** Counts the words Intl.Segmenter finds in the texts (src/lib/search/languages.ts, segmentWords). */
function countSegments(texts: readonly string[], locale: Locale): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of segmentWords(text, locale)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * The words of entries' names that the index does not hold and that a query would look up (not a
 * number, nor a word too short for the vocabulary: isSearchable): the query layer takes every word
 * of an entry's names as a word of the index, without looking it up (searchableVariants).
 */
export function nameWordsNotIndexed(
  data: SearchData,
): { id: string; name: string; word: string }[] {
  return data.entries.flatMap((entry) =>
    entry.names.flatMap((name) =>
      nameWords(name)
        .filter((word) => !isSearchable(word, data))
        .map((word) => ({ id: entry.id, name, word })),
    ),
  );
}

/**
 * Stops the build when an entry's name has a word its indexed text lacks (nameWordsNotIndexed),
 * naming the page (`urlOf` an entry's id) and the word, and saying how to fix it.
 */
export function checkNamesIndexed(data: SearchData, urlOf: (id: string) => string): void {
  const unindexed = nameWordsNotIndexed(data);
  if (unindexed.length === 0) return;
  throw new Error(
    [
      ...unindexed.map(
        ({ id, name, word }) =>
          `Search data: ${urlOf(id)} is named "${name}", and "${word}" is no word of its indexed text.`,
      ),
      "The query layer searches an entry's names as words of the index (entryNameWords, src/lib/search/query-variants.ts). Fix: show the name on the page, where readers and the index see it (a glossary term's otherNames are shown), or take it out of the names.",
    ].join('\n'),
  );
}

/**
 * The edition's home page among its fragments (SearchData.home): the one at the edition's root
 * itself, not a record of a part of it (the member table, "/#members"), whichever comes first.
 */
function homeOf(fragments: readonly Fragment[], locale: Locale): { home?: string } {
  const root = `${LOCALES[locale].prefix}/`;
  const home = fragments.find(
    (fragment) => fragment.url.split('?')[0] === root && !fragment.url.includes('#'),
  );
  return home ? { home: home.id } : {};
}
