/**
 * Typos: how many edits a word of a given length may have corrected (Algolia's rule), the
 * vocabulary word a typo most likely stands for, and how a correction is shown in the reader's
 * own case. The edit distance itself is loaded only when a plan has a word to correct.
 */
import { loadOnce } from './load-once.ts';
import { foldWord, type SearchData } from './search-words.ts';
import { nameWords } from './stopwords.ts';
import { isKnownWord } from './vocabulary.ts';

/** Words of at least this length may have one typo corrected, and two from the next (Algolia's rule). */
export const ONE_TYPO_FROM = 4;
export const TWO_TYPOS_FROM = 8;
/**
 * Shortest word a typo in its first letter is corrected in (correctWord, on a second try): a shorter
 * word is one first letter away from too many others ("rats" from "bats", "cats").
 */
export const FIRST_LETTER_TYPOS_FROM = 5;

/** One correction made to the query. */
export interface Correction {
  from: string;
  to: string;
}

/**
 * Shortest word allowed one more edit when the query finds nothing as corrected (PlanOptions.loose):
 * "Beralus" (two letters swapped apart) is two edits from Belarus, one more than seven letters get.
 * A shorter word is two edits from too many others ("pekin" from "plain").
 */
export const LOOSE_TYPOS_FROM = 7;
/**
 * Shortest word whose one more edit may be a third: "organizatsiya" is three from "organization",
 * but three edits make another word of eight letters ("European" is not "Eurasian").
 */
export const LOOSE_THREE_TYPOS_FROM = 12;

/**
 * Allowed edits for a word of this many letters, and `extra` more on a second try for a word of
 * LOOSE_TYPOS_FROM letters or more: two at most, or three from LOOSE_THREE_TYPOS_FROM letters.
 */
export function allowedTypos(length: number, extra = 0): number {
  const typos = length >= TWO_TYPOS_FROM ? 2 : length >= ONE_TYPO_FROM ? 1 : 0;
  if (extra === 0 || length < LOOSE_TYPOS_FROM) return typos;
  return Math.min(typos + extra, length >= LOOSE_THREE_TYPOS_FROM ? 3 : 2);
}

/** A correction candidate: the word, its edits from what was typed, and how often the site uses it. */
export interface Candidate {
  word: string;
  edits: number;
  count: number;
}

/** Fewer edits first, then the more frequent word, then alphabetical order (so that ties are stable). */
export function isBetterCandidate(a: Candidate, b: Candidate): boolean {
  if (a.edits !== b.edits) return a.edits < b.edits;
  if (a.count !== b.count) return a.count > b.count;
  return a.word < b.word;
}

/**
 * Of two corrections as many edits away, the longer word first: a letter left out is a likelier
 * typo than a wrong one ("joind" is joined, not joint), and a wrong one than a letter too many.
 * But of two that one begins, the shorter: Pagefind matches the start of words, so it finds both
 * ("Pakistani" is searched as Pakistan, which finds "Pakistans" too). Then as isBetterCandidate.
 */
function isLikelierTypo(a: Candidate, b: Candidate): boolean {
  if (a.edits !== b.edits || a.word.length === b.word.length) return isBetterCandidate(a, b);
  return a.word.startsWith(b.word) || b.word.startsWith(a.word)
    ? a.word.length < b.word.length
    : a.word.length > b.word.length;
}

/**
 * The edit distance correctWord counts by (edit-distance.ts). It is loaded by loadEditDistance the
 * first time a plan has a word to correct, so that a query of words the index holds fetches none of
 * its code (planWithShards in search-run.ts).
 */
let editDistance: typeof import('./edit-distance.ts').correctionEdits | undefined;
/** The word a numeronym stands for ("a11y": numeronymOf), loaded with it. */
let numeronym: typeof import('./edit-distance.ts').numeronymOf | undefined;
/** A numeronym: a word's first and last letters with the count of letters between them. */
const NUMERONYM = /^\p{L}\d{1,2}\p{L}$/u;
/** Its completion of a word still being typed (completeWord), loaded with it. */
let completion: typeof import('./edit-distance.ts').completeWord | undefined;
/** Its correction of a misspelt verb form by its stem (completeStem), loaded with it. */
let stemCompletion: typeof import('./edit-distance.ts').completeStem | undefined;

/** The English word a Russian word in Latin letters stands for (romanisedWord), loaded with it. */
let romanised: typeof import('./edit-distance.ts').romanisedWord | undefined;

/** Its correction of a typo in a word's first letter (firstLetterCorrection), loaded with it. */
let firstLetter: typeof import('./edit-distance.ts').firstLetterCorrection | undefined;

/** Search data that a plan wanted the edit distance for before it was loaded. */
const distanceWanted = new WeakSet<SearchData>();

/** Loads the edit distance (once; tried again on the next call after a failed load). */
export const loadEditDistance = loadOnce(async () => {
  ({
    correctionEdits: editDistance,
    completeWord: completion,
    completeStem: stemCompletion,
    numeronymOf: numeronym,
    romanisedWord: romanised,
    firstLetterCorrection: firstLetter,
  } = await import('./edit-distance.ts'));
});

/**
 * True when a plan made with `data` had a word to correct but no edit distance to do it with: the
 * caller loads it (loadEditDistance) and plans again, as it loads a missed shard.
 */
export function wantsEditDistance(data: SearchData): boolean {
  return editDistance === undefined && distanceWanted.has(data);
}

/**
 * The vocabulary word a typo most likely stands for: fewest edits (Damerau–Levenshtein, so a swap
 * of two letters is one edit), then the more frequent word, then alphabetical order. Undefined
 * when the word is known, has a digit, is too short, or nothing is near enough; a numeronym ("a11y")
 * is the word it stands for (numeronymOf in edit-distance.ts). The first letter
 * must match: typists seldom get it wrong, and an English word the site never uses ("leads") is
 * otherwise "corrected" to an unrelated one ("heads") instead of being left out on retry. An English
 * word the site never uses is corrected only to another form of itself (SearchData.english).
 * `measure` is the edit distance loaded (the build, whose code cannot load it later, passes it).
 */
export function correctWord(
  word: string,
  data: SearchData,
  extra = 0,
  measure = editDistance,
  // The words before it, when `word` is the last, still being typed (completeWord).
  partial: false | readonly string[] = false,
  // The only candidates, when not every word of the vocabulary may be one (an acronym's).
  only?: ReadonlySet<string>,
  // A misspelt verb form may be corrected by its stem (completeStem): false when the caller tries
  // that after a match by sound (stemCorrection).
  stems = true,
): string | undefined {
  const length = [...word].length;
  const allowed = allowedTypos(length, extra);
  // A numeronym ("a11y") is corrected to the word it stands for.
  if (NUMERONYM.test(word) && !isKnownWord(word, data)) {
    if (!numeronym) distanceWanted.add(data);
    return numeronym?.(word, data);
  }
  // A word too short to correct alone, after the word it follows in an entry's name ("Shanghai
  // fve"): one edit to that name's word, which the word before makes likely (nameAfter).
  const previous = partial ? partial.at(-1) : undefined;
  const inName = allowed === 0 && length === ONE_TYPO_FROM - 1 && previous !== undefined && !only;
  // The last word the start of longer words only ("centra": central), but one edit from the word
  // that follows the one before it in an entry's name, which it does not begin ("anti-drug centra":
  // centre): that name's word, which the word before makes likelier than a word begun.
  if (
    previous !== undefined &&
    !only &&
    allowed > 0 &&
    !data.words.has(word) &&
    isKnownWord(word, data)
  ) {
    const next = [...wordsAfterInNames(foldWord(previous), data)];
    if (next.some((candidate) => candidate.startsWith(word))) return undefined;
    if (!next.some((candidate) => Math.abs([...candidate].length - length) <= 1)) return undefined;
    if (!measure) {
      distanceWanted.add(data);
      return undefined;
    }
    return nameAfter(word, foldWord(previous), data, measure);
  }
  if ((allowed === 0 && !inName) || /\d/.test(word) || isKnownWord(word, data)) return undefined;
  if (!measure) {
    // Not loaded yet: the caller loads it and plans again (wantsEditDistance).
    distanceWanted.add(data);
    return undefined;
  }
  if (inName) return nameAfter(word, foldWord(previous), data, measure);
  let best: Candidate | undefined;
  for (const [candidate, count] of data.words) {
    if (candidate[0] !== word[0] || Math.abs([...candidate].length - length) > allowed) continue;
    if (only && !only.has(candidate)) continue;
    const edits = measure(word, candidate, data.english);
    if (edits > allowed) continue;
    const next = { word: candidate, edits, count };
    if (!best || isLikelierTypo(next, best)) best = next;
  }
  // On a second try (the query found nothing), a long word with no correction of the same first
  // letter may have that letter wrong: one edit there ("eparatism", "xeparatism": separatism).
  const firstLetterFix =
    !best && extra > 0 && !only && length >= FIRST_LETTER_TYPOS_FROM
      ? firstLetter?.(word, data, measure)
      : undefined;
  // The last word may be still being typed: the start of a longer word may be what it misspells.
  // A start leaves more to chance than a whole word: it is allowed the edits of a word one letter
  // shorter ("nato" is one edit from the start of "nations", as any four letters are from some word's).
  return (
    best?.word ??
    firstLetterFix ??
    (previous !== undefined && !only
      ? nameAfter(word, foldWord(previous), data, measure, true)
      : undefined) ??
    (partial
      ? completion?.(word, data, allowedTypos(length - 1, extra), measure, partial)
      : undefined) ??
    (only || !stems ? undefined : stemCompletion?.(word, data, extra, measure))
  );
}

/**
 * The words that follow `previous` in an entry's name, function words left out ("five" after
 * "shanghai", of "Shanghai Five"): the likelier reading of a typo there (nameAfter, completeWord).
 */
export function wordsAfterInNames(previous: string, data: SearchData): Set<string> {
  return wordsBesideInNames(previous, -1, data);
}

/**
 * The words of entries' names and of their authors' (a person's name: "Azhar Azam"), function
 * words left out, whose neighbour `side` words away is `word`: -1, the words that follow it ("five"
 * after "shanghai", "azam" after "azhar"); +1, those that come before it ("three" before "forces").
 */
function wordsBesideInNames(word: string, side: -1 | 1, data: SearchData): Set<string> {
  const beside = new Set<string>();
  for (const entry of data.entries)
    for (const name of [...entry.names, ...entry.authors])
      nameWords(name).forEach((each, at, words) => {
        if (words[at + side] === word) beside.add(each);
      });
  return beside;
}

/**
 * Of `candidates`, the one `measure` puts one edit from `word`, with the same first letter; the
 * site's most used of them if several (isLikelierTypo); undefined if none.
 */
function oneEditAmong(
  word: string,
  candidates: Iterable<string>,
  data: SearchData,
  measure: (candidate: string) => number,
  anyFirst = false,
): string | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if ((!anyFirst && candidate[0] !== word[0]) || measure(candidate) !== 1) continue;
    const next = { word: candidate, edits: 1, count: data.words.get(candidate) ?? 0 };
    if (!best || isLikelierTypo(next, best)) best = next;
  }
  return best?.word;
}

/**
 * A word the site never uses, one edit from the word beside the query's other word in an entry's
 * name: the word before the query's next word ("tree forces" is "three forces", `side` 1), or the
 * word after its previous one ("azhar azm cgtn": Azam, `side` -1). The other word makes the name
 * likelier than the English word typed, which correctWord leaves alone (SearchData.english) and the
 * search then drops, so it is measured as a typo of the name's word, whatever English word it also
 * is. The site's most used of such words if several; undefined if none, for a word the index holds,
 * or before the edit distance is loaded (wantsEditDistance).
 */
export function nameBeside(
  word: string,
  other: string,
  side: -1 | 1,
  data: SearchData,
): string | undefined {
  if ([...word].length < ONE_TYPO_FROM - 1 || /\d/.test(word) || isKnownWord(word, data))
    return undefined;
  const measure = editDistance;
  if (!measure) {
    distanceWanted.add(data);
    return undefined;
  }
  return oneEditAmong(word, wordsBesideInNames(other, side, data), data, (candidate) =>
    measure(word, candidate),
  );
}

/**
 * The word one edit from `word` that follows `previous` in an entry's name, the site's most used
 * of them if several ("fve" after "shanghai": five, of "Shanghai Five"); undefined if none.
 */
function nameAfter(
  word: string,
  previous: string,
  data: SearchData,
  measure: NonNullable<typeof editDistance>,
  anyFirst = false,
): string | undefined {
  return oneEditAmong(
    word,
    wordsAfterInNames(previous, data),
    data,
    (candidate) => measure(word, candidate, data.english),
    anyFirst,
  );
}

/**
 * The word of the index a Russian word typed in Latin letters stands for, by its English form
 * ("deklaratsiya": declaration, "astaninskaya": Astana; romanisedWord in edit-distance.ts), once
 * the edit distance is loaded; `correct` corrects a form that the index does not hold.
 */
export function romanisedCorrection(
  word: string,
  data: SearchData,
  correct: (form: string) => string | undefined,
): string | undefined {
  if (/\d/.test(word) || isKnownWord(word, data)) return undefined;
  return romanised?.(word, data, correct);
}

/**
 * A misspelt verb form corrected by its stem (completeStem: "signning"), once the edit distance
 * is loaded. A planner tries it after a name by sound: "Chin-p'ing" (Xi Jinping in Wade–Giles) had
 * been read as the verb form of "chinp" and corrected to "chinese".
 */
export function stemCorrection(word: string, data: SearchData, extra = 0): string | undefined {
  if (!editDistance || /\d/.test(word) || isKnownWord(word, data)) return undefined;
  return stemCompletion?.(word, data, extra, editDistance);
}

/**
 * The word of the index that a finished word (the reader typed a space after it) is with a letter
 * doubled, when the index holds it only as the start of longer words: "mutuall" in "mutuall trust"
 * is "mutual", not the start of "mutually", which Pagefind would have matched and found one page
 * for. Of several, the word the site uses most. Only a doubled letter: a letter dropped from an
 * abbreviation makes another word ("sept" is not "set"). Undefined for a word the index holds
 * whole, a start of fewer than ONE_TYPO_FROM letters, or one no such letter makes a word of. (The
 * last word may still be being typed: "mutuall" on the way to "mutually" is not judged here.)
 */
export function letterDoubled(word: string, data: SearchData): string | undefined {
  const letters = [...word];
  if (letters.length < ONE_TYPO_FROM || /\d/.test(word) || data.words.has(word)) return undefined;
  if (!isKnownWord(word, data)) return undefined;
  let best: string | undefined;
  for (let at = 1; at < letters.length; at += 1) {
    if (letters[at] !== letters[at - 1]) continue;
    const shorter = [...letters.slice(0, at), ...letters.slice(at + 1)].join('');
    const count = data.words.get(shorter);
    if (count !== undefined && (best === undefined || count > (data.words.get(best) ?? 0)))
      best = shorter;
  }
  return best;
}

/**
 * Shortest word matched by sound (see soundAlike). Five until the thirtieth round; four finds a
 * name of four letters two edits from its transliteration ("Eron": Iran) and, of 300 made-up words
 * of four letters, turned three more into a name ("asem": Azam), none in capitals (an acronym).
 */
export const MIN_SOUND_WORD = 4;
/** True when a word may be matched by sound: long enough, without a digit, not a known word. */
export function maySoundAlike(word: string, data: SearchData): boolean {
  return [...word].length >= MIN_SOUND_WORD && !/\d/.test(word) && !isKnownWord(word, data);
}

/**
 * Shows a correction in the reader's own case pattern ("Kazakstan" → "Kazakhstan", "UNDOC" →
 * "UNODC") and with the reader's joiners ("non-alignmnet" → "non-alignment": the vocabulary holds
 * the word joined, as Pagefind folds it).
 */
export function matchCase(typed: string, folded: string): string {
  // A numeronym's letters ("A11Y") say nothing of its word's case.
  if (/\d/.test(typed)) return folded;
  const joined = withJoiners(typed, folded);
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase())
    return joined.toUpperCase();
  const first = typed[0];
  if (first !== undefined && first !== first.toLowerCase())
    return joined.charAt(0).toUpperCase() + joined.slice(1);
  return joined;
}

/**
 * The folded correction with each joiner typed inside the word (a hyphen, an apostrophe) put back
 * where the correction's letters before it, or after it, are the reader's own: where the typo is
 * on both sides, nothing says where the joiner falls, and it is left out; and none in a word of
 * another first letter.
 */
function withJoiners(typed: string, folded: string): string {
  const whole = foldWord(typed);
  // A name matched by sound from another first letter ("Chin-p'ing": Jinping) is another spelling,
  // shown as the site writes it.
  if (folded[0] !== whole[0]) return folded;
  let shown = folded;
  // From the last joiner back, so that each goes in before those already put back.
  for (const { 0: text, index } of [...typed.matchAll(/[\p{P}\p{S}]+/gu)].reverse()) {
    const before = foldWord(typed.slice(0, index)).length;
    const at = folded.startsWith(whole.slice(0, before))
      ? before
      : folded.endsWith(whole.slice(before))
        ? folded.length - whole.length + before
        : 0;
    if (before > 0 && before < whole.length && at > 0 && at < folded.length)
      shown = shown.slice(0, at) + text + shown.slice(at);
  }
  return shown;
}
