/**
 * Names readers type in Latin letters for what the translated editions name in their own scripts:
 * "Shanghai jingshen" (上海精神) and "Shankhaiskii dukh" («Шанхайский дух») for the Shanghai
 * Spirit, "Sekretariat ShOS" for the SCO Secretariat, "Kirgiziya" for Kyrgyzstan. The build reads
 * the names each edition's index gives an entry (a glossary term's name and other names, a page's
 * title) and each edition's member states (content/<locale>/members.yaml), writes them in Latin
 * letters (Chinese as pinyin, word by word; Russian by the common "ru" romanisation), and pairs
 * each with the English name of the entry at the same address, or of the state with the same id.
 * A reader who types one is searching for that English name (fromLatinNames,
 * src/lib/search/latin-names.ts). So is one who types the name as the edition writes it ("РАТС",
 * "上海合作组织", "Ташкент") on the English edition: each name in another script is paired as it is
 * written too. Nothing is added to any page: the names live only in the search data
 * (src/integrations/search-data.ts writes them).
 */
import { pinyin } from 'pinyin-pro';
import CyrillicToTranslit from 'cyrillic-to-translit-js';
import { type TranslatedLocale, stripLocale } from '#lib/i18n/locales.ts';
import { type Fragment, entryOf, NAMES_META, namesInTitle } from '#lib/search/search-entries.ts';
import { nameWords } from '#lib/search/stopwords.ts';
import type { LatinName, NamedEntry } from '#lib/search/search-words.ts';
import type { MemberName } from '#lib/search/synonyms.ts';

const russian = CyrillicToTranslit({ preset: 'ru' });
const chineseWords = new Intl.Segmenter('zh', { granularity: 'word' });

/** True when a name has a letter outside the Latin script (so it needs writing in Latin letters). */
function needsLatin(name: string): boolean {
  return /[^\p{Script=Latin}\P{L}]/u.test(name);
}

/**
 * A name of an edition written in Latin letters, or undefined when it is in Latin letters already.
 * Chinese is written as toneless pinyin, one word per word Intl.Segmenter finds (上海合作组织 →
 * "shanghai hezuo zuzhi"), as pinyin is written; Russian by cyrillic-to-translit-js ("ru" preset).
 */
export function latinName(name: string, locale: TranslatedLocale): string | undefined {
  if (!needsLatin(name)) return undefined;
  if (locale === 'ru') return russian.transform(name).replace(/\s+/g, ' ').trim();
  // A run of one-character words is one word in pinyin: 上/合/组织 (an abbreviation the segmenter
  // does not know) is "shanghe zuzhi".
  const words: string[] = [];
  let single = false;
  for (const { segment } of chineseWords.segment(name)) {
    const han = /^\p{Script=Han}+$/u.test(segment);
    const syllables = han ? pinyin(segment, { toneType: 'none', type: 'array' }).join('') : segment;
    const one = han && [...segment].length === 1;
    if (one && single) words[words.length - 1] += syllables;
    else words.push(syllables);
    single = one;
  }
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The Latin names of the entries of an edition that an English entry has at the same address (the
 * same page, the same anchor), each with that entry's English name: a glossary term's names and a
 * page's title, not a timeline event's (its title is a sentence with a date) nor a source's (its
 * title is the original's, its authors the English entry's already); only names with a word the
 * English vocabulary lacks, without digits, each once. A name two entries give stands for the
 * English name of the one it titles, a term before a page ("shanghai jingshen", the Chinese
 * glossary term's title and the topic page's, for the term's "Shanghai Spirit", not the page's "The
 * Shanghai Spirit"), whatever order the fragments come in: their file names are hashes of their
 * text, and a change to the Chinese pages' text had turned the correction into "Showing results for
 * The Shanghai Spirit". Each name in another script is also paired as written, without digits
 * ("РАТС", whose Latin letters "RATS" the English vocabulary holds).
 * @param english the English entries
 * @param urls the address of each English entry, by its result id
 */
export function editionLatinNames(
  english: readonly NamedEntry[],
  urls: ReadonlyMap<string, string>,
  locale: TranslatedLocale,
  fragments: readonly Fragment[],
  vocabulary: ReadonlyMap<string, number>,
): LatinName[] {
  const byUrl = new Map(english.map((entry) => [urls.get(entry.id), entry]));
  const useful = usefulIn(vocabulary);
  const found: LatinName[] = [];
  // Each fragment's names, with the English name they stand for and whether they are its title's.
  const named = fragments.flatMap((fragment) => {
    const name = byUrl.get(stripLocale(fragment.url))?.names[0];
    const own = entryOf(fragment);
    if (name === undefined || !own || own.authors.length > 0) return [];
    if (fragment.url.includes('#') && fragment.meta[NAMES_META] === undefined) return [];
    const titled = new Set(namesInTitle(fragment.meta['title'] ?? ''));
    return own.names.map((each) => ({
      each,
      name,
      rank: [Number(!titled.has(each)), Number(!fragment.url.includes('#'))],
      url: fragment.url,
    }));
  });
  // A title before another name, a record (a term, at its anchor) before a page, then by address.
  named.sort(
    (a, b) =>
      a.rank[0]! - b.rank[0]! ||
      a.rank[1]! - b.rank[1]! ||
      (a.url < b.url ? -1 : a.url > b.url ? 1 : 0),
  );
  for (const { each, name } of named) {
    const latin = latinName(each, locale);
    // A dated title ("2017 nian shanghe zuzhi fenghui") is not typed from memory (usefulIn). The
    // name as the edition writes it ("РАТС", "上海精神"), in another script, is paired too.
    if (latin === undefined) continue;
    const typed = [...(useful(latin) ? [latin] : []), ...(/\d/.test(each) ? [] : [each])];
    for (const one of typed)
      if (!found.some((other) => other.latin.toLowerCase() === one.toLowerCase()))
        found.push({ latin: one, name });
  }
  return found;
}

/**
 * True for a Latin name the query layer can use: one with a word the English index does not hold.
 * It takes a run of words for a Latin name only then (fromLatinNames), so a name of English words
 * alone ("RATS" for РАТС, "Pakistan" for Пакистан) would never be used.
 */
function usefulIn(vocabulary: ReadonlyMap<string, number>): (latin: string) => boolean {
  const known = [...vocabulary.keys()];
  return (latin) =>
    !/\d/.test(latin) &&
    nameWords(latin).some((word) => !known.some((each) => each.startsWith(word)));
}

/**
 * The member states' names in an edition (content/<locale>/members.yaml), in Latin letters and as
 * the edition writes them, each with the English name of the same state (content/members.yaml):
 * "Kirgiziya" and "Киргизия" for Kyrgyzstan, "zhongguo" and "中国" for China. The home page's
 * member table has no entry of its own per state, so the names come from the content, matched by
 * id.
 */
export function memberLatinNames(
  english: readonly MemberName[],
  edition: readonly MemberName[],
  locale: TranslatedLocale,
  vocabulary: ReadonlyMap<string, number>,
): LatinName[] {
  const names = new Map(english.map((member) => [member.id, member.name]));
  const useful = usefulIn(vocabulary);
  return edition.flatMap((member) => {
    const name = names.get(member.id);
    const latin = latinName(member.name, locale);
    if (name === undefined || latin === undefined) return [];
    return [...(useful(latin) ? [{ latin, name }] : []), { latin: member.name, name }];
  });
}
