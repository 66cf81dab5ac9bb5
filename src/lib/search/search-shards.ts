/**
 * The search data in shards, so that what search loads does not grow with the site: a small fixed
 * part (which results are records, which shards exist) loaded with the dialog, and one shard per
 * group of first letters, holding the vocabulary's words, the named entries whose names begin with
 * those letters, and the synonym groups with a word that does (synonymShards). A query loads the
 * shards of its own words, then those of the words its synonyms and other names bring in (see
 * planWithShards in search-run.ts). The editions' names in Latin letters have shards of their
 * own (latinShardOf), loaded only for a query with a word the index does not hold, and so have the
 * English words the site never uses (englishShardOf).
 *
 * Words are sharded by their first letter because every use of the vocabulary a query makes looks
 * among words of the same first letter: a word itself, a word it begins (Pagefind's prefix match),
 * its plural, stem or other spelling, and its corrections (correctWord keeps the first letter).
 * Only matching by sound and a typo in a first letter cross letters: English words are also filed
 * by their sound codes (soundShardOf), and a query matched by sound loads its codes' shards
 * ("Qyrgyzstan" → kyrgyzstan); and by their second letter (restShardOf), which a second try loads
 * for a word it cannot otherwise correct ("eparatism" → separatism).
 */
import { FIRST_LETTER_TYPOS_FROM } from './corrections.ts';
import { nameWords } from './stopwords.ts';
import {
  decodeWordBuckets,
  encodeWordBuckets,
  SearchDataError,
  type LatinName,
  type NamedEntry,
  type PageHeading,
  type SearchData,
  type Seat,
} from './search-words.ts';

/**
 * How many shards the letters are spread over: a word's shard is its first code point modulo this,
 * so that a–z (and the basic Cyrillic letters) each have a shard of their own, and any other script
 * is spread evenly without a table of letters.
 */
export const SHARD_COUNT = 32;

/**
 * Where the build writes shard `n`, under the site's base, beside the edition's Pagefind bundle
 * (`pagefindPath`: "/pagefind/", "/ru/pagefind/"; see pagefindPathOf in languages.ts).
 */
export function shardPath(shard: number, pagefindPath = '/pagefind/'): string {
  return `${pagefindPath}search-data/${shard}.json`;
}

/** The shard of a folded word (undefined for an empty one). */
export function shardOf(word: string): number | undefined {
  const code = word.codePointAt(0);
  return code === undefined ? undefined : code % SHARD_COUNT;
}

/**
 * The shard of the Latin names (SearchData.latin) whose first word is `word`: one of its own beside
 * the word's, SHARD_COUNT on, so that a query loads them only when it has a word the index does
 * not hold (planWithShards), and a query of known words fetches not a byte more for them.
 */
export function latinShardOf(word: string): number | undefined {
  const shard = shardOf(word);
  return shard === undefined ? undefined : SHARD_COUNT + shard;
}

/**
 * The shard of the English words the site never uses (SearchData.english) that begin as `word`
 * does, 3 × SHARD_COUNT on: loaded only for a word the index does not hold, to tell whether the
 * reader typed a real word, which correction then leaves alone.
 */
export function englishShardOf(word: string): number | undefined {
  const shard = shardOf(word);
  return shard === undefined ? undefined : 3 * SHARD_COUNT + shard;
}

/**
 * The shard of the vocabulary's words that have the sound code `code` (a Double Metaphone code:
 * sound-alike.ts), 2 × SHARD_COUNT on: matching by sound compares a word with the words that share
 * a code with it, whatever their first letters ("Qyrgyzstan" and kyrgyzstan), so they are filed by
 * the code, and a query matched by sound loads the shards of its words' codes, not every letter's.
 */
export function soundShardOf(code: string): number {
  return 2 * SHARD_COUNT + (code.codePointAt(0)! % SHARD_COUNT);
}

/**
 * The shard of the vocabulary's words whose second letter begins `rest` (a word less its first
 * letter), 4 × SHARD_COUNT on: a word whose first letter was dropped ("eparatism"), mistyped
 * ("xeparatism") or swapped with the second ("esparatism") shares the rest of the word, not its
 * first letter, so its correction is among the words filed by their second letter (firstLetterShards).
 */
export function restShardOf(rest: string): number | undefined {
  const shard = shardOf(rest);
  return shard === undefined ? undefined : 4 * SHARD_COUNT + shard;
}

/**
 * The shards that hold the corrections of a typo in `word`'s first letter (firstLetterForms in
 * edit-distance.ts): a rest is filed by its first letter, the typed word's first or second
 * (restShardOf), and a word by its own, the typed word's second (shardOf).
 */
export function firstLetterShards(word: string): number[] {
  const letters = [...word];
  if (letters.length < FIRST_LETTER_TYPOS_FROM) return [];
  const [first = '', second = ''] = letters;
  return [restShardOf(first), restShardOf(second), shardOf(second)].filter(
    (shard): shard is number => shard !== undefined,
  );
}

/**
 * The shards an entry is filed in: that of the first word of each of its names and authors. A query
 * names an entry only with all of a name's words (in any order, or joined: see namedEntries), so
 * the name's first word is among the query's words, and its shard is loaded.
 */
export function entryShards(entry: NamedEntry): Set<number> {
  const shards = new Set<number>();
  for (const name of [...entry.names, ...entry.authors]) {
    const first = nameWords(name)[0];
    const shard = first === undefined ? undefined : shardOf(first);
    if (shard !== undefined) shards.add(shard);
  }
  return shards;
}

/**
 * The shards a synonym group is filed in: that of each word of each of its phrases. A group expands
 * a query holding one of its phrases, whose first word is then the query's; and a word being typed
 * is completed to any word of a group (groupWordBeginning in query-variants.ts), whose first letter
 * it has.
 */
export function synonymShards(group: readonly (readonly string[])[]): Set<number> {
  return shardsOfWords(group.flat());
}

/** The fixed part's file. */
interface SearchIndexFile {
  version: 4;
  /** SHARD_COUNT when written: a change of the rule is refused, not misread. */
  shardCount: number;
  /**
   * The shards that exist (have a word, an entry, a Latin name or a synonym group; others are
   * empty and never fetched): character n is "1" when shard n exists. A string of digits, not a
   * list of numbers, because opening search fetches this file, and it gzips to a fraction of it.
   */
  shards: string;
  /**
   * The synonym groups, when the shards do not hold them (encodeShards' `fixedSynonyms`): "|"
   * between groups, "," between phrases (words are letters and digits only).
   */
  synonyms?: string;
  /** Result ids of records, space-separated. */
  records?: string;
  /** SearchData.definedBy: "record:term" pairs, space-separated. */
  definedBy?: string;
  common?: string[];
  /** SearchData.initialisms, space-separated. */
  initialisms?: string;
  /** SearchData.home. */
  home?: string;
  /** SearchData.shared, space-separated. */
  shared?: string;
}

/** A shard's file. */
interface ShardFile {
  words: Record<string, string>;
  entries: [string, string[], string[]][];
  /** Latin names whose first word is in this shard, by the English name they stand for: [name, ...latin]. */
  latin?: string[][];
  /** English words the site never uses (SearchData.english, englishShardOf), space-separated. */
  english?: string;
  /** Page headings whose first name word is in this shard (SearchData.headings): [id, heading]. */
  headings?: [string, string][];
  /** Seats whose place's first name word is in this shard (SearchData.seats): [id, place]. */
  seats?: [string, string][];
  /**
   * The synonym groups filed in this shard (synonymShards), each with its place among them all:
   * "3:seat,seated|7:join,member states", a phrase's words joined by spaces.
   */
  synonyms?: string;
  /**
   * The words of those groups filed in other letters' shards that a query bringing them in as
   * synonyms need not load those shards for, space-separated: those the index holds (their counts
   * are among `words`) and those it does not (ShardedWords).
   */
  carried?: string;
}

/** What one shard holds, read. */
interface Shard {
  words: Map<string, number>;
  entries: NamedEntry[];
  latin: LatinName[];
  english: string[];
  headings: PageHeading[];
  seats: Seat[];
  /** Synonym groups, by their place among them all. */
  synonyms: Map<number, string[][]>;
  carried: string[];
}

/** What the build writes: the fixed part's text and each shard's. */
export interface EncodedShards {
  index: string;
  shards: Map<number, string>;
}

/**
 * Splits search data into the fixed part and its shards (see the module's comment). With
 * `soundCodes` (a word's sound codes that count: soundCodesOf in sound-alike.ts, which the build
 * passes, so that the dialog does not load the encoder for this), the words are also filed by their
 * codes (soundShardOf). With `fixedSynonyms`, the synonym groups are written in the fixed part
 * instead of the shards: a language written without spaces (Chinese) finds a phrase inside the
 * words its query is cut into, whose first letters need not be the phrase's.
 */
export function encodeShards(
  data: SearchData,
  soundCodes?: (word: string) => readonly string[],
  fixedSynonyms = false,
): EncodedShards {
  const words = new Map<number, Map<string, number>>();
  const entries = new Map<number, NamedEntry[]>();
  const file = (shard: number | undefined, word: string, count: number): void => {
    if (shard === undefined) return;
    let map = words.get(shard);
    if (!map) words.set(shard, (map = new Map()));
    map.set(word, count);
  };
  for (const [word, count] of data.words) {
    file(shardOf(word), word, count);
    for (const code of soundCodes?.(word) ?? []) file(soundShardOf(code), word, count);
    const letters = [...word];
    if (letters.length >= FIRST_LETTER_TYPOS_FROM)
      file(restShardOf(letters.slice(1).join('')), word, count);
  }
  for (const entry of data.entries)
    for (const shard of entryShards(entry)) {
      let list = entries.get(shard);
      if (!list) entries.set(shard, (list = []));
      list.push(entry);
    }
  const latin = new Map<number, LatinName[]>();
  for (const each of data.latin ?? []) {
    const first = nameWords(each.latin)[0];
    const shard = first === undefined ? undefined : latinShardOf(first);
    if (shard === undefined) continue;
    let list = latin.get(shard);
    if (!list) latin.set(shard, (list = []));
    list.push(each);
  }
  // A page's heading, a term's seat: in the shard of the phrase's first name word.
  const byPhrase = (pairs: readonly [string, string][]): Map<number, [string, string][]> => {
    const shards = new Map<number, [string, string][]>();
    for (const [id, phrase] of pairs) {
      const first = nameWords(phrase)[0];
      const shard = first === undefined ? undefined : shardOf(first);
      if (shard === undefined) continue;
      let list = shards.get(shard);
      if (!list) shards.set(shard, (list = []));
      list.push([id, phrase]);
    }
    return shards;
  };
  const headings = byPhrase((data.headings ?? []).map(({ id, heading }) => [id, heading]));
  const seats = byPhrase((data.seats ?? []).map(({ id, place }) => [id, place]));
  const synonyms = new Map<number, string[]>();
  const carried = new Map<number, Set<string>>();
  // The words of names, headings and seats: what a query holding them names is filed under the
  // letter of a phrase's first word (entryShards, byPhrase), theirs or another's.
  const named = new Set(
    [
      ...data.entries.flatMap((entry) => [...entry.names, ...entry.authors]),
      ...(data.headings ?? []).map(({ heading }) => heading),
      ...(data.seats ?? []).map(({ place }) => place),
    ].flatMap(nameWords),
  );
  const held = [...data.words.keys()];
  if (!fixedSynonyms)
    data.synonyms.forEach((group, at) => {
      const text = `${at}:${encodeGroups([group])}`;
      for (const shard of synonymShards(group)) {
        synonyms.set(shard, [...(synonyms.get(shard) ?? []), text]);
        // A group's words travel with it, held or not, so that a query that brings one in as a
        // synonym need not load the shard of its letter to learn whether the index holds it ("join"
        // brings "accession" and "accede": the question "when did India join the SCO" loaded the
        // shard of "a" for them); unless something is filed under the word there.
        for (const word of group.flat()) {
          const count = data.words.get(word);
          // Not a word that begins a longer one the index holds: a shard of its letter tells so.
          if (
            shardOf(word) === shard ||
            named.has(word) ||
            (count === undefined && held.some((other) => other.startsWith(word)))
          )
            continue;
          if (count !== undefined) file(shard, word, count);
          carried.set(shard, (carried.get(shard) ?? new Set()).add(word));
        }
      }
    });
  const english = new Map<number, string[]>();
  for (const word of [...(data.english ?? [])].sort()) {
    const shard = englishShardOf(word);
    if (shard === undefined) continue;
    let list = english.get(shard);
    if (!list) english.set(shard, (list = []));
    list.push(word);
  }
  const present = [
    ...new Set([
      ...words.keys(),
      ...entries.keys(),
      ...latin.keys(),
      ...english.keys(),
      ...headings.keys(),
      ...seats.keys(),
      ...synonyms.keys(),
    ]),
  ].sort((a, b) => a - b);
  const index: SearchIndexFile = {
    version: 4,
    ...(fixedSynonyms ? { synonyms: encodeGroups(data.synonyms) } : {}),
    shardCount: SHARD_COUNT,
    shards: Array.from({ length: (present.at(-1) ?? -1) + 1 }, (_, shard) =>
      present.includes(shard) ? '1' : '0',
    ).join(''),
    ...(data.records ? { records: [...data.records].sort().join(' ') } : {}),
    ...(data.definedBy?.size
      ? {
          definedBy: [...data.definedBy]
            .map(([record, term]) => `${record}:${term}`)
            .sort()
            .join(' '),
        }
      : {}),
    ...(data.common?.size ? { common: [...data.common].sort() } : {}),
    ...(data.initialisms?.size ? { initialisms: [...data.initialisms].sort().join(' ') } : {}),
    ...(data.home ? { home: data.home } : {}),
    ...(data.shared?.size ? { shared: [...data.shared].sort().join(' ') } : {}),
  };
  const shards = new Map<number, string>();
  for (const shard of present) {
    const file: ShardFile = {
      words: encodeWordBuckets(words.get(shard) ?? new Map()),
      entries: (entries.get(shard) ?? []).map((entry) => [entry.id, entry.names, entry.authors]),
      ...(latin.has(shard) ? { latin: byName(latin.get(shard)!) } : {}),
      ...(english.has(shard) ? { english: english.get(shard)!.join(' ') } : {}),
      ...(headings.has(shard) ? { headings: headings.get(shard)! } : {}),
      ...(seats.has(shard) ? { seats: seats.get(shard)! } : {}),
      ...(carried.has(shard) ? { carried: [...carried.get(shard)!].sort().join(' ') } : {}),
      ...(synonyms.has(shard) ? { synonyms: synonyms.get(shard)!.join('|') } : {}),
    };
    shards.set(shard, JSON.stringify(file));
  }
  return { index: JSON.stringify(index), shards };
}

/** Synonym groups as the files write them: "seat,seated|join,member states". */
function encodeGroups(groups: readonly (readonly (readonly string[])[])[]): string {
  return groups.map((group) => group.map((phrase) => phrase.join(' ')).join(',')).join('|');
}

/** Synonym groups read back (encodeGroups). */
function decodeGroups(text: string): string[][][] {
  return text.split('|').map((group) => group.split(',').map((phrase) => phrase.split(' ')));
}

/** Latin names grouped by the English name they stand for, each group [name, ...latin], in first-seen order. */
function byName(names: readonly LatinName[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const { latin, name } of names) groups.set(name, [...(groups.get(name) ?? [name]), latin]);
  return [...groups.values()];
}

/** The fixed part, read. */
export interface SearchIndex {
  shards: ReadonlySet<number>;
  /** The synonym groups, when the fixed part holds them (a language written without spaces). */
  synonyms?: string[][][];
  records?: ReadonlySet<string>;
  definedBy?: ReadonlyMap<string, string>;
  common?: ReadonlySet<string>;
  initialisms?: ReadonlySet<string>;
  home?: string;
  shared?: ReadonlySet<string>;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SearchDataError(`the search data (${what}) is not JSON`, { cause: error });
  }
}

/** Reads the fixed part; throws SearchDataError on anything but what encodeShards wrote. */
export function decodeSearchIndex(text: string): SearchIndex {
  const file = parseJson(text, 'index') as Partial<SearchIndexFile> | null;
  if (
    file?.version !== 4 ||
    file.shardCount !== SHARD_COUNT ||
    typeof file.shards !== 'string' ||
    !/^[01]*$/.test(file.shards) ||
    (file.synonyms !== undefined && typeof file.synonyms !== 'string') ||
    (file.records !== undefined && typeof file.records !== 'string') ||
    (file.definedBy !== undefined && !/^(?:[^\s:]+:[^\s:]+(?: |$))*$/.test(file.definedBy)) ||
    (file.common !== undefined &&
      !(Array.isArray(file.common) && file.common.every((word) => typeof word === 'string'))) ||
    (file.initialisms !== undefined && typeof file.initialisms !== 'string') ||
    (file.home !== undefined && typeof file.home !== 'string') ||
    (file.shared !== undefined && typeof file.shared !== 'string')
  )
    throw new SearchDataError('the search data index has an unknown shape');
  return {
    shards: new Set([...file.shards].flatMap((bit, shard) => (bit === '1' ? [shard] : []))),
    ...(file.synonyms !== undefined
      ? { synonyms: file.synonyms ? decodeGroups(file.synonyms) : [] }
      : {}),
    ...(file.records !== undefined
      ? { records: new Set(file.records.split(' ').filter((id) => id !== '')) }
      : {}),
    ...(file.definedBy
      ? {
          definedBy: new Map(
            file.definedBy.split(' ').map((pair) => pair.split(':') as [string, string]),
          ),
        }
      : {}),
    ...(file.common ? { common: new Set(file.common) } : {}),
    ...(file.initialisms ? { initialisms: new Set(file.initialisms.split(' ')) } : {}),
    ...(file.home ? { home: file.home } : {}),
    ...(file.shared ? { shared: new Set(file.shared.split(' ').filter((id) => id !== '')) } : {}),
  };
}

/** Absent, or a list of pairs of strings (a shard's headings, seats). */
function isPairList(value: unknown): boolean {
  return (
    value === undefined ||
    (Array.isArray(value) &&
      value.every(
        (pair) =>
          Array.isArray(pair) &&
          pair.length === 2 &&
          pair.every((part: unknown) => typeof part === 'string'),
      ))
  );
}

/** Reads a shard; throws SearchDataError on anything but what encodeShards wrote. */
export function decodeShard(text: string, shard: number): Shard {
  const file = parseJson(text, `shard ${shard}`) as Partial<ShardFile> | null;
  if (
    typeof file?.words !== 'object' ||
    file.words === null ||
    !Array.isArray(file.entries) ||
    (file.latin !== undefined && !Array.isArray(file.latin)) ||
    (file.english !== undefined && typeof file.english !== 'string') ||
    !isPairList(file.headings) ||
    !isPairList(file.seats) ||
    (file.synonyms !== undefined && !/^\d+:[^|]+(?:\|\d+:[^|]+)*$/.test(file.synonyms)) ||
    (file.carried !== undefined && typeof file.carried !== 'string')
  )
    throw new SearchDataError(`the search data shard ${shard} has an unknown shape`);
  return {
    words: decodeWordBuckets(file.words),
    entries: file.entries.map(([id, names, authors]) => ({ id, names, authors })),
    latin: (file.latin ?? []).flatMap(([name, ...latin]) =>
      latin.map((each) => ({ latin: each, name: name! })),
    ),
    english: file.english?.split(' ') ?? [],
    headings: (file.headings ?? []).map(([id, heading]) => ({ id, heading })),
    seats: (file.seats ?? []).map(([id, place]) => ({ id, place })),
    synonyms: new Map(
      (file.synonyms?.split('|') ?? []).map((group) => {
        const at = group.indexOf(':');
        return [Number(group.slice(0, at)), decodeGroups(group.slice(at + 1))[0]!];
      }),
    ),
    carried: file.carried?.split(' ') ?? [],
  };
}

/**
 * The vocabulary of the shards loaded so far. Looking up a word whose shard exists but is not
 * loaded answers "not held", and notes the shard in `missed`, so that the planner can load it and
 * plan again (planWithShards): the query layer needs no list of the words it will look up.
 */
export class ShardedWords extends Map<string, number> {
  /** Shards a lookup needed and did not have. */
  readonly missed = new Set<number>();
  #absent: (shard: number) => boolean;
  /** Words a loaded shard carries (ShardFile.carried): held or not, no shard of theirs to load. */
  readonly carried: ReadonlySet<string>;

  constructor(
    entries: Iterable<[string, number]>,
    absent: (shard: number) => boolean,
    carried: ReadonlySet<string> = new Set(),
  ) {
    super(entries);
    this.#absent = absent;
    this.carried = carried;
  }

  #note(word: string): void {
    const shard = shardOf(word);
    if (shard !== undefined && this.#absent(shard) && !this.carried.has(word))
      this.missed.add(shard);
  }

  override has(word: string): boolean {
    if (super.has(word)) return true;
    this.#note(word);
    return false;
  }

  override get(word: string): number | undefined {
    const count = super.get(word);
    if (count === undefined) this.#note(word);
    return count;
  }
}

/** The words the loaded shards carry for their synonym groups (ShardFile.carried). */
export function carriedWords(data: SearchData): ReadonlySet<string> {
  return data.words instanceof ShardedWords ? data.words.carried : new Set();
}

/** The shards a plan on `data` looked for and did not have (none for unsharded data). */
export function missedShards(data: SearchData): Set<number> {
  return data.words instanceof ShardedWords ? data.words.missed : new Set();
}

/** The shards of a query's words as typed (folded, any word). */
export function shardsOfWords(words: readonly string[]): Set<number> {
  return new Set(words.map(shardOf).filter((shard) => shard !== undefined));
}

/** How many sets of shards keep their search data object (a query and its corrections reuse theirs). */
const KEPT_SETS = 8;

/**
 * The search data, loaded a shard at a time. `fetchShard` reads one shard's text (the browser
 * fetches it, the Node tools read the file); a failed read is forgotten, so a later query tries again.
 */
export class ShardedSearchData {
  readonly #index: SearchIndex;
  readonly #fetchShard: (shard: number) => Promise<string>;
  readonly #shards = new Map<number, Promise<Shard>>();
  readonly #loaded = new Set<number>();
  /** Search data per set of shards ("3,7,12"), the most recent last. */
  readonly #bySet = new Map<string, SearchData>();

  constructor(index: SearchIndex, fetchShard: (shard: number) => Promise<string>) {
    this.#index = index;
    this.#fetchShard = fetchShard;
  }

  /** The shards that exist. */
  get shards(): ReadonlySet<number> {
    return this.#index.shards;
  }

  /** Shards loaded so far. */
  get loaded(): ReadonlySet<number> {
    return this.#loaded;
  }

  #load(shard: number): Promise<Shard> {
    let loading = this.#shards.get(shard);
    if (!loading) {
      loading = this.#fetchShard(shard).then(
        (text) => decodeShard(text, shard),
        (error: unknown) => {
          this.#shards.delete(shard);
          throw error;
        },
      );
      this.#shards.set(shard, loading);
    }
    return loading;
  }

  /**
   * Search data holding exactly the given shards (those that exist), so that what a query finds never
   * depends on the queries before it: the shards an earlier query loaded are kept for fetching, not
   * added to this query's data. A lookup in a shard outside the set is noted as missed (ShardedWords).
   * The same set gives the same object (the query layer caches per data object: sorted words, synonym
   * groups); a few recent sets are kept.
   */
  async dataFor(shards: Iterable<number>): Promise<SearchData> {
    const wanted = [...new Set(shards)]
      .filter((shard) => this.#index.shards.has(shard))
      .sort((a, b) => a - b);
    const key = wanted.join(',');
    const cached = this.#bySet.get(key);
    if (cached) return cached;
    const parts = await Promise.all(wanted.map((shard) => this.#load(shard)));
    for (const shard of wanted) this.#loaded.add(shard);
    const inSet = new Set(wanted);
    const entries = new Map<string, NamedEntry>();
    for (const part of parts) for (const entry of part.entries) entries.set(entry.id, entry);
    const latin = parts.flatMap((part) => part.latin);
    const english = parts.flatMap((part) => part.english);
    const headings = parts.flatMap((part) => part.headings);
    const seats = parts.flatMap((part) => part.seats);
    // A group filed in several shards is one group, in its place among them all.
    const groups = new Map(parts.flatMap((part) => [...part.synonyms]));
    const data: SearchData = {
      words: new ShardedWords(
        parts.flatMap((part) => [...part.words]),
        (shard) => this.#index.shards.has(shard) && !inSet.has(shard),
        new Set(parts.flatMap((part) => part.carried)),
      ),
      synonyms:
        this.#index.synonyms ??
        [...groups.keys()].sort((a, b) => a - b).map((at) => groups.get(at)!),
      entries: [...entries.values()],
      ...(this.#index.records ? { records: this.#index.records } : {}),
      ...(this.#index.definedBy ? { definedBy: this.#index.definedBy } : {}),
      ...(this.#index.common ? { common: this.#index.common } : {}),
      ...(this.#index.initialisms ? { initialisms: this.#index.initialisms } : {}),
      ...(this.#index.home ? { home: this.#index.home } : {}),
      ...(this.#index.shared ? { shared: this.#index.shared } : {}),
      ...(latin.length > 0 ? { latin } : {}),
      ...(english.length > 0 ? { english: new Set(english) } : {}),
      ...(headings.length > 0 ? { headings } : {}),
      ...(seats.length > 0 ? { seats } : {}),
    };
    this.#bySet.set(key, data);
    if (this.#bySet.size > KEPT_SETS) this.#bySet.delete(this.#bySet.keys().next().value!);
    return data;
  }

  /**
   * The words that have any of the sound codes `codes` (soundShardOf), with their counts: what
   * matching by sound compares a word with.
   */
  async soundWords(codes: Iterable<string>): Promise<Map<string, number>> {
    const shards = [...new Set([...codes].map(soundShardOf))].filter((shard) =>
      this.#index.shards.has(shard),
    );
    const parts = await Promise.all(shards.map((shard) => this.#load(shard)));
    return new Map(parts.flatMap((part) => [...part.words]));
  }
}
