/**
 * Where an excerpt is cut from its text. Pagefind's excerpt is a window of words: it may begin and
 * end inside a sentence ("…and it began"). As DocSearch and Starlight's results do, an ellipsis says
 * so: at the end when the window stops before a sentence's end, at the start when it begins inside
 * one (a lowercase letter in a script with capitals).
 */
import type { ExcerptPart } from './config.ts';

/** The ellipsis put where an excerpt is cut. */
export const CUT = '…';

/** The end of a sentence, a closing quotation mark or bracket after it, and spaces. */
const SENTENCE_END = /[.!?。！？…][\p{Pf}\p{Pe}"'’”»」』]*\s*$/u;

/** Lower case at the start: a word inside a sentence (Latin, Cyrillic, Greek … not Chinese). */
const INSIDE_SENTENCE = /^[\s\p{Pi}\p{Ps}"'‘“«]*\p{Ll}/u;

/** The excerpt's parts with an ellipsis where the window cuts a sentence; none for an empty excerpt. */
export function withCutEnds(parts: readonly ExcerptPart[]): ExcerptPart[] {
  const text = parts.map((part) => part.text).join('');
  if (text.trim() === '') return [...parts];
  const out = parts.map((part) => ({ ...part }));
  if (INSIDE_SENTENCE.test(text)) out.unshift({ text: CUT, marked: false });
  if (!SENTENCE_END.test(text)) {
    const last = out.at(-1)!;
    if (last.marked) out.push({ text: CUT, marked: false });
    else last.text = `${last.text.trimEnd()}${CUT}`;
  }
  return out;
}
