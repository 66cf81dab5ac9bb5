import { familyName, shortOutlet } from '../content/citations.ts';
import { isReference, type SourceKind } from '../content/source-kind.ts';
/**
 * Turns the records Pagefind wrote (its fragments: one per page or record, with the indexed text
 * and metadata) into the search data the query layer loads: the vocabulary and the names of
 * entries. Pure: the build step reads the files and passes their text.
 */
import { commonWords } from './common-words.ts';
import { GLOSSARY_KIND } from './question-forms.ts';
import { nameWords } from './stopwords.ts';
import { initialismsOfName } from './initials.ts';
import {
  countWords,
  foldWord,
  foldWords,
  headingWords,
  isTypedAcronym,
  type NamedEntry,
  type PageHeading,
  type Seat,
} from './search-words.ts';

/** Pagefind metadata key with an entry's other names, "|"-separated (glossary terms, sources). */
export const NAMES_META = 'names';
/** Pagefind metadata key with the author names of a source, "|"-separated. */
export const AUTHORS_META = 'authors';
/**
 * Pagefind metadata key set on a reference source's page. Such a page is background: its title
 * names someone else's page ("Secretariat", "About SCO") and its author is an institution or a
 * body ("SCO member states"), not what a reader looks up, so neither ranks it above the site's own
 * entries; Pagefind's ranking still finds it by them. Articles keep their names (title, author).
 */
export const BACKGROUND_META = 'background';
/** Separator of names in NAMES_META and AUTHORS_META. */
export const NAME_SEPARATOR = '|';

/**
 * The names by which readers look a source up besides its title: the author as written, for an
 * article (whose author is a person) the surname too ("Alimov" for "Rashid Alimov"; a reference
 * source's author is an institution, whose last word is no name of its own), and the outlet's name
 * ("UN Chronicle" from "UN Chronicle, Vol. LIV No. 3 (2017)", "TASS" from "TASS (English)"). In a
 * translated edition, the author's name as the edition writes it is one more name, with its surname
 * ("拉希德·阿利莫夫" and "阿利莫夫", "Рашид Алимов" and "Алимов"): the edition's readers type it so;
 * so is the outlet as the edition's footnotes name it ("中国国际电视台").
 */
export function sourceAuthorNames(
  source: {
    author: string;
    kind: SourceKind;
    outlet?: string | undefined;
  },
  editionAuthor?: string,
  editionOutlet?: string,
): string[] {
  const outlet = source.outlet?.split(',')[0]?.trim() ?? '';
  const names: string[] = [];
  for (const written of [source.author, editionAuthor ?? '']) {
    const author = written.trim();
    if (author === '') continue;
    const surname = familyName(author);
    names.push(author);
    if (!isReference(source) && surname && surname !== author) names.push(surname);
  }
  if (outlet !== '') names.push(...namesInTitle(outlet));
  // The outlet as the edition's footnotes name it ("阿扎姆，中国国际电视台，¶5"), its title marks left out.
  const shown = shortOutlet(editionOutlet).replace(/[《》]/gu, '');
  if (shown !== '') names.push(shown);
  return [...new Set(names)];
}

/** A decompressed Pagefind fragment, as far as the search data needs it. */
export interface Fragment {
  /** The fragment's file name without extension: Pagefind's result id. */
  id: string;
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  /** Pagefind's filters ("kind": ["glossary term"]), when it wrote any. */
  filters?: Record<string, string[] | undefined>;
  /** The elements with ids Pagefind kept (the headings: search-anchors.ts), with their text. */
  anchors?: { element: string; text: string; id?: string }[];
}

/** The signature Pagefind puts before the JSON of a decompressed fragment. */
export const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Reads a decompressed fragment file; throws, naming the file, on anything else. */
export function parseFragment(id: string, text: string): Fragment {
  if (!text.startsWith(FRAGMENT_SIGNATURE))
    throw new Error(`Pagefind fragment ${id} does not start with "${FRAGMENT_SIGNATURE}"`);
  const json = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as {
    url?: unknown;
    content?: unknown;
    meta?: Record<string, string>;
    filters?: Record<string, string[]>;
    anchors?: { element?: unknown; text?: unknown; id?: unknown }[];
  };
  if (typeof json.url !== 'string' || typeof json.content !== 'string')
    throw new Error(`Pagefind fragment ${id} has no url or content`);
  return {
    id,
    url: json.url,
    content: json.content,
    meta: json.meta ?? {},
    ...(json.filters ? { filters: json.filters } : {}),
    ...(Array.isArray(json.anchors)
      ? {
          anchors: json.anchors.flatMap((anchor) =>
            typeof anchor.element === 'string' && typeof anchor.text === 'string'
              ? [
                  {
                    element: anchor.element,
                    text: anchor.text,
                    ...(typeof anchor.id === 'string' ? { id: anchor.id } : {}),
                  },
                ]
              : [],
          ),
        }
      : {}),
  };
}

/**
 * The names a title gives: "Regional Anti-Terrorist Structure (RATS)" is named by both parts, as is
 * "CGTN (China Global Television Network)", an acronym spelt out. A bracket with a digit ("Astana
 * summit (2017)") is part of the one name; one that describes ("TASS (English)", "China.org.cn
 * (archive)", "… (English text)") names nothing of its own: the name is the rest, or the whole.
 */
export function namesInTitle(title: string): string[] {
  const match = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(title.trim());
  if (!match || /\d/.test(match[2]!)) return title.trim() === '' ? [] : [title.trim()];
  const [, name, bracket] = match as unknown as [string, string, string];
  const spelledOut = isTypedAcronym(name) && initialismsOfName(bracket).includes(foldWord(name));
  return isTypedAcronym(bracket) || spelledOut ? [name, bracket] : [name, title.trim()];
}

function splitNames(value: string | undefined): string[] {
  return (value ?? '')
    .split(NAME_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** An entry's names from its fragment: its title's, plus any NAMES_META and AUTHORS_META; none for BACKGROUND_META. */
export function entryOf(fragment: Fragment): NamedEntry | undefined {
  if (fragment.meta[BACKGROUND_META] !== undefined) return undefined;
  const names = [
    ...new Set([
      ...namesInTitle(fragment.meta['title'] ?? ''),
      ...splitNames(fragment.meta[NAMES_META]),
    ]),
  ];
  const authors = splitNames(fragment.meta[AUTHORS_META]);
  return names.length + authors.length > 0 ? { id: fragment.id, names, authors } : undefined;
}

/**
 * Records of one thing on two list pages: a timeline event whose anchor is also a glossary term's
 * ("astana-summit-2017"), by the term's result id. The term defines the thing and cites its
 * sources; the event dates it (SearchData.definedBy).
 */
export function definitionsOf(fragments: readonly Fragment[]): Map<string, string> {
  const anchor = (fragment: Fragment): string => fragment.url.slice(fragment.url.indexOf('#') + 1);
  const terms = new Map(
    fragments
      .filter((fragment) => fragment.url.includes('#'))
      .filter((fragment) => fragment.filters?.['kind']?.includes(GLOSSARY_KIND))
      .map((fragment) => [anchor(fragment), fragment.id]),
  );
  const definedBy = new Map<string, string>();
  for (const fragment of fragments) {
    if (!fragment.url.includes('#')) continue;
    const term = terms.get(anchor(fragment));
    if (term !== undefined && term !== fragment.id) definedBy.set(fragment.id, term);
  }
  return definedBy;
}

/**
 * The headings of pages (not records) that name a part of one page only: of two words or more (one
 * says too little: "Sources", "Accessibility"), with a word beside function words, held by no
 * other page ("Where the sources agree and differ" is every topic's; "About this source" every
 * source's), and not an entry's name or a page's title ("The “three forces”" on the RATS page is
 * the glossary term's name, which names the term). A query of a heading's words names its page (namedEntries).
 */
export function distinctHeadings(
  fragments: readonly Fragment[],
  entries: readonly NamedEntry[] = [],
): PageHeading[] {
  // Names and titles of anything: a list page's heading that is a source's title ("About SCO" on
  // /sources/) names the source, a reference source too, whose page names no entry (entryOf).
  const names = new Set(
    [
      ...entries.flatMap((entry) => entry.names),
      ...fragments.flatMap((fragment) => namesInTitle(fragment.meta['title'] ?? '')),
    ].map((name) => headingWords(name).join(' ')),
  );
  const all = fragments
    .filter((fragment) => !fragment.url.includes('#'))
    .flatMap((fragment) =>
      (fragment.anchors ?? [])
        .filter((anchor) => /^h[2-6]$/.test(anchor.element))
        .map((anchor) => ({ id: fragment.id, heading: anchor.text.trim() })),
    )
    .filter(({ heading }) => foldWords(heading).length >= 2 && nameWords(heading).length > 0);
  const pages = new Map<string, Set<string>>();
  for (const { id, heading } of all) {
    const key = foldWords(heading).join(' ');
    pages.set(key, (pages.get(key) ?? new Set()).add(id));
  }
  return all.filter(
    ({ heading }) =>
      pages.get(foldWords(heading).join(' '))!.size === 1 &&
      !names.has(headingWords(heading).join(' ')),
  );
}

/**
 * The ids of headings that two pages or more have (not records): "#sources-compared" ("Where the
 * sources agree and differ") is every topic page's, "#about-this-source" every source's. Such a
 * section is a part of the template, not what its page is about, which landingOf reads.
 */
export function sharedHeadingIds(fragments: readonly Fragment[]): string[] {
  const pages = new Map<string, Set<string>>();
  for (const fragment of fragments) {
    if (fragment.url.includes('#')) continue;
    for (const anchor of fragment.anchors ?? [])
      if (/^h[2-6]$/.test(anchor.element) && anchor.id)
        pages.set(anchor.id, (pages.get(anchor.id) ?? new Set()).add(fragment.id));
  }
  return [...pages]
    .filter(([, ids]) => ids.size > 1)
    .map(([id]) => id)
    .sort();
}

/**
 * The places glossary terms say they are seated in: a word for where something is (`seatWords`,
 * the synonyms' group of "seat": "seated", "based", "headquartered" …) before "in" and a name in
 * capitals ("to be seated in Dushanbe", "based in Beijing"), in the term's text; not a name a
 * number follows ("based in Article 2" names a provision, not a place).
 */
export function seatsOf(fragments: readonly Fragment[], seatWords: readonly string[]): Seat[] {
  if (seatWords.length === 0) return [];
  const words = seatWords.map((word) => word.replace(/[^\p{L}]/gu, '')).filter(Boolean);
  const pattern = new RegExp(
    `\\b(?:${words.join('|')}) in (\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*)(?![\\p{L}\\d'’-]| \\d)`,
    'gu',
  );
  return fragments
    .filter((fragment) => fragment.filters?.['kind']?.includes(GLOSSARY_KIND))
    .flatMap((fragment) =>
      [...fragment.content.matchAll(pattern)].map((match) => ({
        id: fragment.id,
        place: match[1]!,
      })),
    );
}

/**
 * The vocabulary (text and titles of every fragment), the named entries, which results are records,
 * the records a glossary term defines (definitionsOf), and the words common to most results
 * (src/lib/search/common-words.ts).
 */
export function collectEntries(fragments: readonly Fragment[]): {
  words: Map<string, number>;
  entries: NamedEntry[];
  records: Set<string>;
  definedBy: Map<string, string>;
  common: Set<string>;
  headings: PageHeading[];
  shared: string[];
} {
  const words = countWords(
    fragments.flatMap((fragment) => [fragment.content, fragment.meta['title'] ?? '']),
  );
  const entries = fragments.map(entryOf).filter((entry) => entry !== undefined);
  // A record's URL is its list page's with the item's anchor (src/lib/search/search-records.ts).
  const records = new Set(
    fragments.filter((fragment) => fragment.url.includes('#')).map((fragment) => fragment.id),
  );
  const common = commonWords(
    fragments.map((fragment) => `${fragment.content} ${fragment.meta['title'] ?? ''}`),
  );
  return {
    words,
    entries,
    records,
    definedBy: definitionsOf(fragments),
    common,
    headings: distinctHeadings(fragments, entries),
    shared: sharedHeadingIds(fragments),
  };
}
