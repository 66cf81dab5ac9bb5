/**
 * Matching a misspelt name or transliteration by sound ("Rasheed" → rashid; "Tsindao", Qingdao in
 * Russian's romanisation of Chinese → qingdao: romanisationKey), when edit distance finds nothing:
 * loaded with its encoder only for a query that needs it (src/lib/search/sound.ts), so that
 * opening search does not pay its bytes. The words it compares come from the shards of the
 * query's sound codes, which the build files by code (soundShardOf in search-shards.ts): the site's
 * names only (src/integrations/proper-names.ts), since a sound code made for surnames matches an
 * ordinary word to too many others.
 */
import { correctionEdits } from './edit-distance.ts';
import {
  type Candidate,
  isBetterCandidate,
  maySoundAlike,
  MIN_SOUND_WORD,
  type SoundMatcher,
} from './search-query.ts';
import type { SearchData } from './search-words.ts';

/**
 * The sound codes of a word: Double Metaphone's two (src/lib/search/sound.ts loads it), and the
 * romanisation key beside them (soundEncoder).
 */
export type SoundEncoder = (word: string) => string[];

/**
 * The spellings of one sound in the ways Chinese names are written in Latin letters: pinyin
 * ("Qingdao", "Xi Jinping"), Wade–Giles and the postal forms ("Tsingtao", "Hsi"), and Russian's
 * Palladius system in Latin letters ("Tsindao", "Si Tszinpin"), and the Latin letters of a name
 * heard in Russian, whose "дж" is "dzh" ("Dzhinping", "Tiandzhin"), each with the one spelling they
 * share in romanisationKey. Longer spellings first.
 */
const ROMANISATIONS: readonly [RegExp, string][] = [
  [/tsz|chzh|dzh|zh|ch|ts|dz|[qjzc]/g, 'c'],
  [/hs|x|s(?=[iy])/g, 's'],
  [/kh/g, 'h'],
  [/ng/g, 'n'],
  [/b/g, 'p'],
  [/d/g, 't'],
  [/g/g, 'k'],
  [/y/g, 'i'],
];

/**
 * A word's spelling with the differences between the romanisations of Chinese (ROMANISATIONS)
 * taken out, in small letters, which no Double Metaphone code uses: "qingdao", "tsingtao" and
 * "tsindao" are all "cintao". Double Metaphone reads a word as English, and gives these three
 * three different codes.
 */
export function romanisationKey(word: string): string {
  return ROMANISATIONS.reduce((key, [spelling, shared]) => key.replace(spelling, shared), word);
}

/** Double Metaphone's codes of a word and its romanisation key (romanisationKey). */
export function soundEncoder(metaphone: SoundEncoder): SoundEncoder {
  return (word) => [...metaphone(word), romanisationKey(word)];
}

/** Shortest sound code that counts. */
const MIN_SOUND_CODE = 3;

/**
 * A word's sound codes that count: none for a word under MIN_SOUND_WORD letters, and none under
 * MIN_SOUND_CODE letters long. The build files the vocabulary by them (encodeShards), and a query
 * looks its words up by them.
 */
export function soundCodesOf(word: string, encode: SoundEncoder): string[] {
  if ([...word].length < MIN_SOUND_WORD) return [];
  return [...new Set(encode(word))].filter((code) => code.length >= MIN_SOUND_CODE);
}

/** Each word's codes, per encoder: a word's codes never change, and a session may ask again. */
const wordCodes = new WeakMap<SoundEncoder, Map<string, string[]>>();

function codesOfWord(word: string, encode: SoundEncoder): string[] {
  let known = wordCodes.get(encode);
  if (!known) wordCodes.set(encode, (known = new Map()));
  let codes = known.get(word);
  if (!codes) known.set(word, (codes = soundCodesOf(word, encode)));
  return codes;
}

/** The words of each code, per encoder and set of words compared (built once, on first use). */
const byCode = new WeakMap<
  SoundEncoder,
  WeakMap<ReadonlyMap<string, number>, Map<string, string[]>>
>();

function wordsByCode(
  words: ReadonlyMap<string, number>,
  encode: SoundEncoder,
): Map<string, string[]> {
  let known = byCode.get(encode);
  if (!known) byCode.set(encode, (known = new WeakMap()));
  let codes = known.get(words);
  if (!codes) {
    codes = new Map();
    for (const word of words.keys())
      for (const code of codesOfWord(word, encode)) {
        const list = codes.get(code);
        if (list) list.push(word);
        else codes.set(code, [word]);
      }
    known.set(words, codes);
  }
  return codes;
}

/**
 * The vocabulary word a misspelt name or transliteration sounds like, when edit distance finds
 * none: "Rasheed" → rashid, "Alimoff" → alimov, "Qyrgyzstan" → kyrgyzstan (Double Metaphone, the
 * `double-metaphone` package; either of a word's two codes may match either of the other's). Of
 * words that sound alike, the fewest edits, then the more frequent, then alphabetical order; none
 * more than half the word's letters away, so that an English word the site never uses ("fight") is
 * not turned into one it does, nor an English word into anything but a form of itself
 * (SearchData.english). Undefined for a known word, a number, or a word under MIN_SOUND_WORD.
 * `words` are the words compared, with their counts: the vocabulary's, or those of the shards of
 * the word's codes (soundMatcher).
 */
export function soundAlike(
  word: string,
  data: SearchData,
  encode: SoundEncoder,
  words: ReadonlyMap<string, number> = data.words,
): string | undefined {
  if (!maySoundAlike(word, data)) return undefined;
  const length = [...word].length;
  const codes = wordsByCode(words, encode);
  const candidates = new Set(codesOfWord(word, encode).flatMap((code) => codes.get(code) ?? []));
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    const edits = correctionEdits(word, candidate, data.english);
    if (edits > Math.floor(length / 2)) continue;
    const count = words.get(candidate) ?? 0;
    const next = { word: candidate, edits, count };
    if (!best || isBetterCandidate(next, best)) best = next;
  }
  return best?.word;
}

/**
 * The matcher by sound for a query whose words (and their parts: indexedWords) are `words`: it
 * compares them with the words `wordsOf` gives for their codes (the shards of those codes:
 * ShardedSearchData.soundWords), or, without it, with the plan's vocabulary.
 */
export async function soundMatcher(
  words: readonly string[],
  encode: SoundEncoder,
  wordsOf?: (codes: string[]) => Promise<ReadonlyMap<string, number>>,
): Promise<SoundMatcher> {
  const compared = await wordsOf?.(words.flatMap((word) => codesOfWord(word, encode)));
  return (word, data) => soundAlike(word, data, encode, compared);
}
