/**
 * Matching a misspelt name or transliteration by sound ("Rasheed" → rashid), when edit distance
 * finds nothing: loaded with its encoder only for a query that needs it (src/lib/search/sound.ts),
 * so that opening search does not pay its bytes.
 */
import distance from 'damerau-levenshtein';
import {
  type Candidate,
  isBetterCandidate,
  maySoundAlike,
  MIN_SOUND_WORD,
} from './search-query.ts';
import type { SearchData } from './search-words.ts';

/** The sound codes of a word: Double Metaphone's two (src/lib/search/sound.ts loads it). */
export type SoundEncoder = (word: string) => string[];

const MIN_SOUND_CODE = 3;

/** Sound codes of every vocabulary word, per data object (built once, on first use). */
const soundCodes = new WeakMap<SearchData, Map<string, string[]>>();

/**
 * Each word's codes that count, per encoder: every query matched by sound has data of its own (its
 * shards), and encoding the vocabulary again for each took most of its time.
 */
const wordCodes = new WeakMap<SoundEncoder, Map<string, string[]>>();

function codesOfWord(word: string, encode: SoundEncoder): string[] {
  let known = wordCodes.get(encode);
  if (!known) wordCodes.set(encode, (known = new Map()));
  let codes = known.get(word);
  if (!codes) {
    codes = [...new Set(encode(word))].filter((code) => code.length >= MIN_SOUND_CODE);
    known.set(word, codes);
  }
  return codes;
}

function codesOf(data: SearchData, encode: SoundEncoder): Map<string, string[]> {
  let codes = soundCodes.get(data);
  if (!codes) {
    codes = new Map();
    for (const word of data.words.keys()) {
      if ([...word].length < MIN_SOUND_WORD) continue;
      for (const code of codesOfWord(word, encode)) {
        const words = codes.get(code);
        if (words) words.push(word);
        else codes.set(code, [word]);
      }
    }
    soundCodes.set(data, codes);
  }
  return codes;
}

/**
 * The vocabulary word a misspelt name or transliteration sounds like, when edit distance finds
 * none: "Rasheed" → rashid, "Alimoff" → alimov, "Qyrgyzstan" → kyrgyzstan (Double Metaphone, the
 * `double-metaphone` package; either of a word's two codes may match either of the other's). Of
 * words that sound alike, the fewest edits, then the more frequent, then alphabetical order; none
 * more than half the word's letters away, so that an English word the site never uses ("fight") is
 * not turned into one it does. Undefined for a known word, a number, or a word under MIN_SOUND_WORD.
 */
export function soundAlike(
  word: string,
  data: SearchData,
  encode: SoundEncoder,
): string | undefined {
  if (!maySoundAlike(word, data)) return undefined;
  const length = [...word].length;
  const codes = codesOf(data, encode);
  const candidates = new Set(
    encode(word)
      .filter((code) => code.length >= MIN_SOUND_CODE)
      .flatMap((code) => codes.get(code) ?? []),
  );
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    const edits = distance(word, candidate).steps;
    if (edits > Math.floor(length / 2)) continue;
    const count = data.words.get(candidate) ?? 0;
    const next = { word: candidate, edits, count };
    if (!best || isBetterCandidate(next, best)) best = next;
  }
  return best?.word;
}
