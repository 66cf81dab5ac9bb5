/**
 * The words the site writes as names: matching by sound (src/lib/search/sound-alike.ts) is for
 * misspelt names and transliterations ("Rasheed" → Rashid, "Qyrgyzstan" → Kyrgyzstan), and Double
 * Metaphone, made for surnames, finds an ordinary word for too many others ("Kaling" sounds like
 * "calling", "percent" like "present"). So the build files only names by their sound codes.
 */
import { foldWord } from '#lib/search/search-words.ts';

/**
 * The folded words the texts write with a capital more often than without, a word that begins a
 * sentence, a heading or the text not counted (its capital says nothing): "Kyrgyzstan", "Alimov",
 * "RATS", and the words of titles ("Counteracting"), not "calling" or "states".
 */
export function properNames(texts: Iterable<string>): Set<string> {
  const capitalised = new Map<string, number>();
  const lowercase = new Map<string, number>();
  const add = (counts: Map<string, number>, word: string): void => {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const text of texts) {
    let starts = true;
    for (const raw of text.split(/\s+/)) {
      for (const part of raw.split(/[\p{P}\p{S}]+/u)) {
        const word = foldWord(part);
        if (word === '' || /\d/.test(word)) continue;
        if (/^\p{Lu}/u.test(part)) {
          if (!starts) add(capitalised, word);
        } else if (/^\p{Ll}/u.test(part)) add(lowercase, word);
      }
      if (raw !== '') starts = /[.!?:]["”’)]*$/u.test(raw);
    }
  }
  return new Set(
    [...capitalised]
      .filter(([word, count]) => count > (lowercase.get(word) ?? 0))
      .map(([word]) => word),
  );
}
