/**
 * The edit distance typos are corrected by: Damerau–Levenshtein, so that a swap of two letters is
 * one edit, from the damerau-levenshtein package; and the completion of a word still being typed
 * (completeWord). A module of its own, which corrections.ts loads the first time a plan has a word
 * to correct (loadEditDistance): the package is CommonJS, and importing it here keeps its wrapping
 * in this module's chunk, off the dialog's opening bytes.
 */
import distance from 'damerau-levenshtein';
import {
  allowedTypos,
  type Candidate,
  isBetterCandidate,
  MIN_PARTIAL_STEM,
  MIN_STEM,
  verbStems,
  wordsAfterInNames,
  wordsBeginning,
} from './search-query.ts';
import type { SearchData } from './search-words.ts';

/** The number of edits between two words. */
export function editDistance(a: string, b: string): number {
  // No third argument: the library sizes its matrix by it, and a limit below the lengths breaks it.
  return distance(a, b).steps;
}

/** How many first letters two forms of a word share at least ("adopted" and adopt). */
export const FORM_STEM = 5;

/**
 * True when `candidate` is another form of `word`, not a different word: one begins with the whole
 * of the other ("plan" and plans, "officially" and official; a word shorter than FORM_STEM only as
 * its plural), or they share all but the last letter
 * of the shorter, and that is FORM_STEM letters or more ("agreed" and agreement). "status" and
 * states share four letters, "plan" and plain three, "supposed" and support five of seven:
 * different words.
 */
export function isFormOf(word: string, candidate: string): boolean {
  const a = [...word];
  const b = [...candidate];
  let same = 0;
  while (same < a.length && a[same] === b[same]) same += 1;
  const shorter = Math.min(a.length, b.length);
  // A short word that another begins is its form only as its plural: "liv" (a volume's number,
  // LIV) is no form of "live".
  if (same === shorter && shorter < FORM_STEM) {
    const longer = a.length > b.length ? a : b;
    return longer.length === shorter || (longer.length === shorter + 1 && longer.at(-1) === 's');
  }
  return same === shorter || (same >= FORM_STEM && same >= shorter - 1);
}

/**
 * The edits correctWord counts to turn `word` into `candidate`: Infinity when `word` is an English
 * word the site never uses (`english`: SearchData.english) and `candidate` is not a form of it, for
 * a reader who typed a real word meant it.
 */
export function correctionEdits(
  word: string,
  candidate: string,
  english?: ReadonlySet<string>,
): number {
  return english?.has(word) && !isFormOf(word, candidate)
    ? Infinity
    : editDistance(word, candidate);
}

/**
 * The vocabulary word whose start a word still being typed misspells ("Kaling" for Kaliningrad,
 * "kazahks" for Kazakhstan), for correctWord when no whole word is near enough: as correctWord,
 * with the same first letter and at most `allowed` edits, but measured against each longer word's
 * starts of about the typed length, not the whole word; of words as near, one that follows the word
 * `before` it in an entry's name first. An English word the site never uses is completed only into
 * a form of itself (`measure` is correctionEdits, or the build's cached copy).
 */
export function completeWord(
  word: string,
  data: SearchData,
  allowed: number,
  measure: typeof correctionEdits = correctionEdits,
  before: readonly string[] = [],
): string | undefined {
  const length = [...word].length;
  if (allowed === 0) return undefined;
  // Of words as near, one that follows the word before it in an entry's name ("territorial
  // interg": integrity, not interference).
  const previous = before.at(-1);
  const after = previous === undefined ? new Set<string>() : wordsAfterInNames(previous, data);
  const named = (candidate: string): boolean => after.has(candidate);
  let best: (Candidate & { named: boolean }) | undefined;
  for (const [candidate, count] of data.words) {
    const letters = [...candidate];
    if (candidate[0] !== word[0] || letters.length <= length - allowed) continue;
    let edits = Infinity;
    // Starts of the typed length, give or take the edits allowed (but one letter typed too many at
    // most: "chingdao" is not "chinao…" with two dropped), and shorter than the word.
    const longest = Math.min(letters.length - 1, length + allowed);
    for (let end = Math.max(1, length - Math.min(allowed, 1)); end <= longest; end += 1)
      edits = Math.min(edits, measure(word, letters.slice(0, end).join(''), data.english));
    if (edits > allowed) continue;
    const next = { word: candidate, edits, count, named: named(candidate) };
    if (
      !best ||
      (next.edits === best.edits && next.named !== best.named
        ? next.named
        : isBetterCandidate(next, best))
    )
      best = next;
  }
  return best?.word;
}

/**
 * The word whose start an -ed or -ing form's misspelt stem is, for correctWord when the whole form
 * is too far from any word ("non-alligned": the stem "nonallign" begins "nonalignment", which the
 * site writes; the form itself is five edits from it). The index has no stemmer, so the site's
 * other form of the word is what finds it. Allowed the edits of a word one letter shorter than the
 * stem, as a start, for a stem of MIN_PARTIAL_STEM letters or more ("rashe" of the name "Rasheed"
 * is none). An English word the site never uses ("supposed") is no typo.
 */
export function completeStem(
  word: string,
  data: SearchData,
  extra = 0,
  measure: typeof correctionEdits = correctionEdits,
): string | undefined {
  if (data.english?.has(word)) return undefined;
  for (const stem of verbStems(word)) {
    const length = [...stem].length;
    if (length < MIN_PARTIAL_STEM) continue;
    const found = completeWord(stem, data, allowedTypos(length - 1, extra), measure);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The word of the index a numeronym stands for: its first and last letters with the count of
 * letters between them ("a11y" → accessibility), the word the index holds most if several fit.
 * Undefined when none fits. Here, loaded on demand, as a correction is (correctWord).
 */
export function numeronymOf(word: string, data: SearchData): string | undefined {
  const [, first = '', count, last = ''] = /^(\p{L})(\d{1,2})(\p{L})$/u.exec(word) ?? [];
  return wordsBeginning(first, data)
    .filter((each) => [...each].length === Number(count) + 2 && each.endsWith(last))
    .sort((a, b) => (data.words.get(b) ?? 0) - (data.words.get(a) ?? 0))[0];
}

/**
 * Endings of Russian words typed in Latin letters, and what they are in English: a noun in -tsiya
 * (in any case: -tsii, -tsiyu …) is the English noun in -tion ("deklaratsiya": declaration,
 * "organizatsii": organization); an adjective in -sk- ("astaninskaya", "tashkentskiy",
 * "kazakhstanskoy") is its place's name, with the link before -sk- ("-in-", "-ov-") or without it,
 * and one in -ichesk- is the English word in -ic or -ist ("antiterroristicheskaya": antiterrorist).
 * Russian builds the forms a reader transliterates this way; the English word may still differ by
 * a letter ("deklaration"), which correction then finds.
 */
const ROMANISED_NOUN = /ts(?:iya|ija|ia|ii|iyu|iju|iey|iej|iei|ie|iy)$/;
const ROMANISED_ADJECTIVE =
  /(?:ichesk|esk|sk|ck)(?:aya|aja|ii|iy|ij|yy|yi|iye|ie|oye|oe|ogo|oy|oi|om|ikh|ym|ye|y|a|o)$/;
const ADJECTIVE_LINK = /(?:in|ov|ev|yn|en)$/;

/** Shortest English form of a Russian word in Latin letters worth correcting. */
const MIN_ROMANISED_FORM = 4;

/**
 * The English forms a Russian word typed in Latin letters may stand for (ROMANISED_NOUN,
 * ROMANISED_ADJECTIVE), longest first: "astaninskaya" → "astanin", "astan". None for a word with
 * neither ending.
 */
export function romanisedForms(word: string): string[] {
  if (ROMANISED_NOUN.test(word)) return [word.replace(ROMANISED_NOUN, 'tion')];
  if (!ROMANISED_ADJECTIVE.test(word)) return [];
  const stem = word.replace(ROMANISED_ADJECTIVE, '');
  return [stem, stem.replace(ADJECTIVE_LINK, '')].filter(
    (form, at, all) => [...form].length >= MIN_ROMANISED_FORM && all.indexOf(form) === at,
  );
}

/**
 * The word of the index a Russian word in Latin letters stands for (romanisedForms): a form the
 * index holds whole, the commonest word a form of MIN_STEM letters or more begins (word-forms.ts) ("astan":
 * Astana), or the form corrected (`correct`: by edit distance, then by sound).
 */
export function romanisedWord(
  word: string,
  data: SearchData,
  correct: (form: string) => string | undefined,
): string | undefined {
  for (const form of romanisedForms(word)) {
    if (data.words.has(form)) return form;
    const longer = [...form].length >= MIN_STEM ? wordsBeginning(form, data) : [];
    if (longer.length > 0)
      return longer.reduce((best, other) =>
        (data.words.get(other) ?? 0) > (data.words.get(best) ?? 0) ? other : best,
      );
    const corrected = correct(form);
    if (corrected !== undefined) return corrected;
  }
  return undefined;
}

/**
 * What a word with a typo in its first letter may be (isFirstLetterTypo; the shards that hold it: firstLetterShards in search-shards.ts): a word
 * whose rest (less its first letter) is one of `rests`, the typed word itself (its first letter
 * dropped, "eparatism") or less its first letter (mistyped, "xeparatism"); or one of `words`, the
 * typed word less its first letter (one too many, "aseparatism") or with its first two swapped
 * ("esparatism"). One list of the four typos for the query, the shards and the build alike.
 */
export function firstLetterForms(word: string): { rests: string[]; words: string[] } {
  const [first = '', second = '', ...tail] = [...word];
  const rest = second + tail.join('');
  return { rests: [word, rest], words: [rest, second + first + tail.join('')] };
}

/**
 * True when `candidate` is `typed` with one edit at its start: the first letter dropped, wrong, one
 * too many, or swapped with the second.
 */
export function isFirstLetterTypo(typed: string, candidate: string): boolean {
  const { rests, words } = firstLetterForms(typed);
  return rests.includes([...candidate].slice(1).join('')) || words.includes(candidate);
}

/**
 * The word of the index that `word` is with a typo in its first letter (isFirstLetterTypo), one edit
 * in all (`measure`, which leaves an English word the site never uses alone); the site's most used
 * of such words if several. correctWord asks it on a second try only, when no word of the same
 * first letter is near enough.
 */
export function firstLetterCorrection(
  word: string,
  data: SearchData,
  measure: typeof correctionEdits,
): string | undefined {
  let best: Candidate | undefined;
  for (const [candidate, count] of data.words) {
    if (candidate[0] === word[0] || !isFirstLetterTypo(word, candidate)) continue;
    if (measure(word, candidate, data.english) !== 1) continue;
    const next = { word: candidate, edits: 1, count };
    if (!best || isBetterCandidate(next, best)) best = next;
  }
  return best?.word;
}
