/**
 * The words a page reached from a search result marks, from the link's highlight parameters. Pagefind
 * cuts a Chinese query into the words of its dictionary and puts each in the link: "白俄罗斯"
 * (Belarus) comes as 白 and 俄罗斯 (Russia), and marked apart they mark Russia's row of the member
 * table and every 白 on the page. Pagefind keeps their order, so consecutive Chinese terms are the
 * run the reader typed, and are marked as one; a run of one character marks nothing, as a word of
 * one or two letters marks nothing in another script (MIN_HIGHLIGHT_LENGTH, config.ts). Pure.
 */

import { MIN_HIGHLIGHT_LENGTH } from './config.ts';
import { foldWord } from './search-words.ts';

/** A term written in Chinese characters only. */
const HAN = /^\p{Script=Han}+$/u;

/** Fewest characters of a run of Chinese marked on the landing page: a word of two ("上合"). */
export const MIN_HAN_RUN = 2;

/**
 * The terms to mark: consecutive Chinese terms joined into the longest runs `text` (the page's) holds,
 * a lone Chinese character left out. Pieces of a run that the page does not hold together are marked
 * apart when each is a word ("印度 … 上合组织"), and not beside a lone character: Pagefind cuts a
 * word it does not know into pieces ("白罗斯" → 白 + 罗斯), and "罗斯" alone would mark Russia's name.
 */
export function landingTerms(terms: readonly string[], text: string): string[] {
  const marked: string[] = [];
  let run: string[] = [];
  const close = (): void => {
    const words: string[] = [];
    for (const term of run)
      if (words.length > 0 && text.includes(words[words.length - 1]! + term))
        words[words.length - 1] += term;
      else words.push(term);
    const lone = (index: number): boolean =>
      words[index] !== undefined && [...words[index]!].length < MIN_HAN_RUN;
    marked.push(...words.filter((_, index) => !lone(index - 1) && !lone(index + 1)));
    run = [];
  };
  // An empty term (a hand-made "?highlight=") is nothing typed: it neither marks nor parts a run.
  for (const term of terms.filter((each) => each.trim() !== '')) {
    if (HAN.test(term)) run.push(term);
    else {
      close();
      marked.push(term);
    }
  }
  close();
  return marked.filter((term) => !HAN.test(term) || [...term].length >= MIN_HAN_RUN);
}

/** Letters Pagefind's index folds into others (й into и, ё into е), and what each may stand for. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = { и: 'ий', е: 'её' };

/**
 * Marks that may stand inside a word on the page and not in the term: the query layer searches a
 * word as Pagefind folds it, without its punctuation ("noninterference", "alimovs", "chinaorgcn",
 * "a73833", "20170609", "20242029"), and the page writes "non-interference", "Alimov’s",
 * "china.org.cn", "A/73/833", "2017-06-09" and a range's en dash, "2024–2029".
 */
export const WORD_JOINERS: readonly string[] = [
  '-',
  '\u2010',
  '\u2011',
  '\u2013',
  '.',
  '/',
  "'",
  '\u2019',
];

/** Fewest letters of a term that mark the whole word they begin: a stem ("генеральн"), as Russian is indexed. */
export const MIN_STEM = 4;

/**
 * Letters, their marks and digits: what a word is made of. Not a Chinese character: Chinese writes
 * no space between its words and a number or a Latin name ("2017年", "SCO成员国").
 */
const WORD_CHARACTER = '(?:(?!\\p{Script=Han})[\\p{L}\\p{M}\\p{N}])';

/**
 * A term as the pattern the landing page marks. Outside Chinese it starts a word, never inside one
 * ("наци" is not marked in "транснациональной", nor "non" in "nonetheless"); a term of MIN_STEM
 * letters or more marks the whole word it begins (the index, and so the link, holds stems:
 * "генеральн" marks "Генеральный"), a shorter one or one ending in a digit only itself. Letters
 * Pagefind's index folds are matched as the page writes them ("шанхаискии" marks "Шанхайский":
 * mark.js knows no Cyrillic letter's variants), case is ignored, and so is any of `joiners` between
 * two letters or digits (WORD_JOINERS).
 */
export function landingPattern(term: string, joiners: readonly string[] = WORD_JOINERS): RegExp {
  // Escaped as a pattern's own characters, and, in a class, as a class's ("-" may be escaped only
  // there in a Unicode pattern: "\-" elsewhere throws, and a term "-" stopped every mark).
  const escape = (part: string): string => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const inClass = (part: string): string => part.replace(/[\]\\^-]/g, '\\$&');
  const letters = [...term].map((letter) => {
    const variants = FOLDED_LETTERS[letter];
    return variants ? `[${variants}]` : escape(letter);
  });
  const between = joiners.length > 0 ? `[${joiners.map(inClass).join('')}]?` : '';
  const body = letters.join(between);
  if (HAN.test(term)) return new RegExp(body, 'gu');
  const end =
    letters.length >= MIN_STEM && /\p{L}$/u.test(term)
      ? '(?:(?!\\p{Script=Han})[\\p{L}\\p{M}])*'
      : `(?!${WORD_CHARACTER})`;
  return new RegExp(`(?<!${WORD_CHARACTER})${body}${end}`, 'giu');
}

/** A run of text, marked when it is one of the words searched (an excerpt's part, as config.ts's). */
export interface MarkedPart {
  text: string;
  marked: boolean;
}

/**
 * `text` in runs, marked where the landing page would mark `terms` (a result link's highlight terms):
 * the runs of landingTerms, each where landingPattern finds it. Pagefind's own excerpt marks a
 * Chinese word one character off when its dictionary's words and the text's characters disagree
 * ("上海合作组织成员[国禁毒]战略", "[不对]抗" for 不对抗), and lone characters of a word cut into pieces
 * ("阿斯[塔]纳" for 塔什干); marked as the landing page marks them, the results show what the page
 * they open will. Pure.
 */
export function landingParts(text: string, terms: readonly string[]): MarkedPart[] {
  const ranges: [number, number][] = [];
  for (const term of landingTerms(terms, text))
    for (const match of text.matchAll(landingPattern(term)))
      if (match[0] !== '') ranges.push([match.index, match.index + match[0].length]);
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const parts: MarkedPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: text.slice(at, from), marked: false });
    // Overlapping matches make one mark; adjacent ones stay apart, as the page marks each term.
    const last = parts.at(-1);
    if (last?.marked && start < at) last.text += text.slice(from, end);
    else parts.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/**
 * True when Pagefind's mark on `word` in an excerpt is one the page the result opens would make,
 * or an inflection of one: a word that landingPattern finds for one of `terms` (the link's
 * highlight terms: "Anti-Terrorist" for terrorist, "SCO’s" for sco), a word sharing all but the
 * last letter of a term of MIN_STEM letters or more ("силу", "силами" for силы; "terrorism" for
 * terrorist), or a word too short for a link to carry ("UN", "St"). Pagefind also marks the
 * longer words its matching reached from a short one: "states" and "stance" for St, "Untitled"
 * and "2017" for UN and 2, "триада" for три, "Азии" for Азам. Pure.
 */
export function keepsMark(word: string, terms: readonly string[]): boolean {
  const folded = foldWord(word);
  if ([...folded].length < MIN_HIGHLIGHT_LENGTH) return true;
  return terms.some((term) => {
    if (landingPattern(term).test(word)) return true;
    const letters = [...term];
    if (letters.length < MIN_STEM) return false;
    const start = letters.slice(0, -1).join('');
    return folded.startsWith(start);
  });
}
