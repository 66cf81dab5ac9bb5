/**
 * The initialisms of the names the site writes in capitals: "UN Department of Public Information"
 * is typed "UN DPI" or "DPI", "Global Counter-Terrorism Strategy" "GCTS", though the site never
 * writes them so. Each is searched as the name it stands for, as a translated edition's name in
 * Latin letters is (SearchData.latin, fromLatinNames in src/lib/search/latin-names.ts): loaded only
 * for a query with a word the index does not hold. An initialism that begins a word of the index
 * ("mea", Ministry of External Affairs: "measures") is listed apart (SearchData.initialisms, written
 * by search-data.ts): typed in capitals ("MEA") it is the name; in lower case, that word's start.
 */
import type { LatinName, NamedEntry } from '#lib/search/search-words.ts';
import { initialismsOfName, LINKS } from '#lib/search/initials.ts';
import { foldWords } from '#lib/search/search-words.ts';
import { STOPWORDS } from '#lib/search/stopwords.ts';

export { initialismsOfName, MIN_INITIALISM } from '#lib/search/initials.ts';

/** Fewest capitalised words of a name with an initialism ("SCO Secretary-General"). */
const MIN_NAME_WORDS = 2;

/**
 * The names in capitals the texts hold, each with its initialisms: a run of two or more words
 * each written with a capital (an acronym among them, "UN", kept whole), with lower-case "of",
 * "and" … between them; its initialism is each word's first letter (each part of a hyphenated
 * word's: "Counter-Terrorism" → ct) and an acronym as written ("UN Department of Public
 * Information" → undpi); a name that begins with an acronym also has its initialism without it
 * (dpi). A run loses its first words while they are function words ("The Regional …").
 * Initialisms the index holds as words (`words`: "rats", "sco") are left out: the word is the
 * reader's. An initialism of two names is left out (it names neither), unless one is inside the
 * other, which is then the name, or both are names of one entry (`entries`: "UN Global
 * Counter-Terrorism Strategy" and "United Nations Global Counter-Terrorism Strategy", one term).
 */
export function initialismsOf(
  texts: Iterable<string>,
  words: ReadonlyMap<string, number>,
  entries: readonly NamedEntry[] = [],
): LatinName[] {
  // Each name's entries, by its folded words.
  const entriesOf = new Map<string, Set<string>>();
  for (const entry of entries)
    for (const name of entry.names) {
      const key = foldName(name);
      entriesOf.set(key, (entriesOf.get(key) ?? new Set()).add(entry.id));
    }
  const sameEntry = (a: string, b: string): boolean =>
    [...(entriesOf.get(foldName(a)) ?? [])].some((id) => entriesOf.get(foldName(b))?.has(id));
  const names = new Map<string, Map<string, number>>();
  for (const text of texts)
    for (const run of capitalisedRuns(text))
      for (const initialism of initialismsOfName(run)) {
        if (words.has(initialism)) continue;
        const counts = names.get(initialism) ?? new Map<string, number>();
        counts.set(run, (counts.get(run) ?? 0) + 1);
        names.set(initialism, counts);
      }
  const found: LatinName[] = [];
  for (const [initialism, counts] of [...names].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // The same name written twice, or inside longer ones ("Global Counter-Terrorism Strategy" in
    // "UN Global …"), is one name: the shortest.
    const [shortest, ...others] = [...counts.keys()].sort((a, b) => a.length - b.length);
    if (
      shortest &&
      others.every(
        (other) => foldName(other).includes(foldName(shortest)) || sameEntry(other, shortest),
      )
    )
      found.push({ latin: initialism, name: shortest });
  }
  return found;
}

function foldName(name: string): string {
  return foldWords(name).join(' ');
}

/** Runs of words written with a capital, joined by LINKS, in a text: the names it writes. */
export function capitalisedRuns(text: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  let links: string[] = [];
  const close = (): void => {
    while (run.length > 0 && STOPWORDS.has(run[0]!.toLowerCase())) run.shift();
    if (run.filter((word) => !LINKS.has(word)).length >= MIN_NAME_WORDS) runs.push(run.join(' '));
    run = [];
    links = [];
  };
  for (const token of text.split(/\s+/)) {
    // A word with punctuation after it ends the run ("Kazakhstan, Kyrgyzstan"); before it, begins
    // one ("Regional Anti-Terrorist Structure (RATS)").
    const word = token.replace(/^[("“‘'«]+/u, '');
    if (word !== token) close();
    const bare = word.replace(/[)"”’'».,;:!?]+$/u, '');
    const ends = bare !== word;
    if (/^\p{Lu}[\p{L}’'-]*$/u.test(bare)) {
      run.push(...links, bare.replace(/[’']s$/u, ''));
      links = [];
      if (ends || /[’']s$/u.test(bare)) close();
    } else if (run.length > 0 && LINKS.has(bare) && !ends) links.push(bare);
    else close();
  }
  close();
  return runs;
}
