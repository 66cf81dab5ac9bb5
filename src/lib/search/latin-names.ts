/**
 * Names the translated editions give entries, typed in Latin letters ("shanghai jingshen",
 * "sekretariat shos"), and initialisms of the names the site writes in capitals ("GCTS", "UN DPI":
 * src/integrations/initialisms.ts), searched as the English names they stand for. Loaded with them
 * (SearchData.latin, latinShardOf in search-shards.ts), only for a query with a word the index does
 * not hold, so that no other query pays its bytes.
 */
import { editDistance } from './edit-distance.ts';
import {
  allowedTypos,
  type Correction,
  dropStopwords,
  isKnownAsTyped,
  nameWords,
} from './search-query.ts';
import { splitQuery, type QueryWord, type SearchData } from './search-words.ts';
import { initialismsOfName } from './initials.ts';

/** Most words a name in Latin letters is typed in ("Upravlenie OON po narkotikam i prestupnosti", function words and all). */
const MAX_LATIN_WORDS = 8;
/** Fewest letters of a run of words matched against a name in Latin letters ("OON", "DPI"): too few for a typo. */
export const MIN_LATIN_LETTERS = 3;
/** Fewest letters of the last word of a name still being typed ("shanghai jin"). */
export const MIN_LATIN_START = 3;

/**
 * The query with each run of words that is a translated edition's name in Latin letters
 * (SearchData.latin: "shanghai jingshen", "sekretariat shos") replaced by the English name it
 * stands for, and the replacements as corrections ("Showing results for Shanghai Spirit"). A run
 * matches with its spaces ignored ("shang hai jing shen") and as many typos as a word of its
 * length may have ("shankhaiskaya pyaterka"), the first letter kept; only a run with a word the
 * index does not hold is matched, so that no English query is taken for another language's.
 * The query's last words may be the start of a name still being typed. The longest run wins, from
 * the left.
 */
export function fromLatinNames(
  words: readonly QueryWord[],
  data: SearchData,
): { words: QueryWord[]; corrections: Correction[] } {
  const names = (data.latin ?? []).map((each) => {
    const letters = nameWords(each.latin).join('');
    // An initialism is matched only as typed (initials.ts).
    const exact = initialismsOfName(each.name).includes(letters);
    return { letters, length: [...letters].length, name: each.name, exact };
  });
  if (names.length === 0) return { words: [...words], corrections: [] };
  const out: QueryWord[] = [];
  const corrections: Correction[] = [];
  for (let at = 0; at < words.length;) {
    let found: { size: number; name: string } | undefined;
    for (let size = Math.min(MAX_LATIN_WORDS, words.length - at); size >= 1 && !found; size -= 1) {
      const run = words.slice(at, at + size);
      const letters = run.map((word) => word.folded).join('');
      // Two Chinese characters are a name ("中国", "印度"): each is a syllable, not a letter.
      if ([...letters].length < (/\p{Script=Han}/u.test(letters) ? 2 : MIN_LATIN_LETTERS)) continue;
      if (run.every((word) => /\d/.test(word.folded) || isKnownAsTyped(word, data))) continue;
      const length = [...letters].length;
      const allowed = allowedTypos(length);
      let best: { edits: number; name: string } | undefined;
      for (const each of names) {
        // A name of another first letter or length is never within reach: no distance is computed.
        if (each.letters[0] !== letters[0] || Math.abs(each.length - length) > allowed) continue;
        const edits = editDistance(letters, each.letters);
        if (edits <= (each.exact ? 0 : allowed) && (!best || edits < best.edits))
          best = { edits, name: each.name };
      }
      // The query's last words may be a name still being typed ("shanghai jings"): the whole
      // start of one, without a typo, of two words or more and MIN_LATIN_START letters of the last.
      if (!best && at + size === words.length && size > 1) {
        const last = [...run.at(-1)!.folded].length;
        const start =
          last >= MIN_LATIN_START
            ? names.find((each) => each.letters.startsWith(letters))
            : undefined;
        if (start) best = { edits: 0, name: start.name };
      }
      if (best) found = { size, name: best.name };
    }
    if (!found) {
      out.push(words[at]!);
      at += 1;
      continue;
    }
    const typed = words
      .slice(at, at + found.size)
      .map((word) => word.typed)
      .join(' ');
    // The name's words are searched without its function words, and shown with them, each after
    // the word before it ("UN Department of Public Information", not "UN Department Public …").
    const all = splitQuery(found.name);
    const kept = dropStopwords(all);
    const name: QueryWord[] = [];
    let pending = '';
    for (const word of all) {
      const last = name.at(-1);
      if (word === kept[name.length]) {
        name.push({ ...word, typed: `${pending}${word.typed}` });
        pending = '';
      } else if (last) last.typed += ` ${word.typed}`;
      else pending += `${word.typed} `;
    }
    // A word typed beside the name that the name holds is the name's own, searched and shown once
    // ("UN GCTS strategy": "UN Global Counter-Terrorism Strategy", not "… Strategy strategy").
    const own = name.map((word) => word.folded);
    const ownWord = (word: QueryWord | undefined): boolean => {
      const index = word ? own.indexOf(word.folded) : -1;
      if (index !== -1) own.splice(index, 1);
      return index !== -1;
    };
    // A name that respells the words typed, word for word, is shown in the reader's case, as an
    // edit's correction is (matchCase): typed in lower case, "terorism" is terrorism, as
    // "kyrgystan" is kyrgyzstan; in capitals, TERRORISM. Another name ("shanghai jingshen":
    // Shanghai Spirit; "un gcts") is shown as the site writes it.
    const typedWords = words.slice(at, at + found.size);
    const caps = typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase();
    if (
      (caps || typed === typed.toLowerCase()) &&
      name.length === typedWords.length &&
      name.every((word, index) => {
        const other = typedWords[index]!.folded;
        return word.folded[0] === other[0] && Math.abs(word.folded.length - other.length) <= 2;
      })
    )
      for (const word of name)
        word.typed = caps ? word.typed.toUpperCase() : word.typed.toLowerCase();
    while (out.length > 0 && ownWord(out.at(-1))) out.pop();
    at += found.size;
    while (at < words.length && ownWord(words[at])) at += 1;
    out.push(...name);
    corrections.push({ from: typed, to: name.map((word) => word.typed).join(' ') });
  }
  return { words: out, corrections };
}
