/**
 * Function words: what a query of two or more words drops ("when did India join" searches "india
 * join"), and what a name is searched without ("Charter of the United Nations"). Used by the query
 * planner (search-query.ts), the names a query gives (named-entries.ts) and the build's name lists.
 */
import { splitQuery, type QueryWord } from './search-words.ts';

/**
 * Function words dropped from a query of two or more words: Pagefind requires every word, so "when
 * did India join" would find nothing. Only words that carry no subject; "not", "no", "five" stay.
 * Words of relative time ("new", "latest", "now") are among them: on a reference site they name no
 * subject, and the pages that answer seldom use them ("2023 new member" is "2023 member"), but
 * "newest" is not: the home page's key facts name the newest member, and say so; so are
 * hedges ("really", "actually"), which the site never uses in the sense a question does; vague
 * words that stand for what a question does not name ("thing", "anything in particular"); and "vs",
 * "versus", which join the things compared (no page says "vs"; landingOf reads the comparison);
 * a question word run together with "is" ("who's", "wheres": folded without the apostrophe); and
 * a verb run together with "not" that opens a question ("isn't", "doesnt"), which no page writes
 * ("not" typed apart stays: a name may hold it).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about after all also am an and any are as at be been before being between both but by can could did do does doing done during
  for from had has have having he her here hers him his how i if in into is it its itself just me more most my of on once only or
  other our ours out over own please same she should so some such than that thats the their theirs them then there these they this
  those through to too under until up very was we were what whats when where which while who whom whose why will with would you
  whos wheres hows whens whys theres heres im ive youre isnt arent wasnt werent doesnt dont didnt hasnt havent cant
  your many much tell show find explain define definition definitions meaning mean means say says said write writes wrote written meant
  year years date dates happen happened happens took take stand stands full form called
  mr mrs ms dr prof
  new latest recent recently current currently now today really actually vs versus
  thing things anything something everything stuff exactly basically particular`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/**
 * Phrases of relative time or of emphasis whose words name a subject elsewhere ("right now", "in
 * the first place", "at the moment"): a question's, like "now" (STOPWORDS), not the site's. So are
 * "take place", which asks when or where something happened, as "happen" does, and "make up"
 * ("which values make up the Shanghai Spirit"), which asks what something holds.
 */
const TIME_PHRASES: readonly (readonly string[])[] = [
  'right now',
  'right away',
  'first place',
  'at the moment',
  'at present',
  'these days',
  'so far',
  'to date',
  'as of today',
  'take place',
  'takes place',
  'took place',
  'taken place',
  'taking place',
  'make up',
  'makes up',
  'made up',
].map((phrase) => phrase.split(' '));

/** The positions of `words` that are words of a TIME_PHRASES phrase there. */
function timePhraseWords(words: readonly string[]): Set<number> {
  const at = new Set<number>();
  for (const phrase of TIME_PHRASES)
    for (let start = 0; start + phrase.length <= words.length; start += 1)
      if (phrase.every((word, offset) => words[start + offset] === word))
        phrase.forEach((_, offset) => at.add(start + offset));
  return at;
}

/**
 * Drops function words from a query of two or more words, and single letters (an initial, as in
 * "R. Alimov": Pagefind would match it as the start of every word), unless nothing would be left.
 */
export function dropStopwords(words: readonly QueryWord[]): QueryWord[] {
  if (words.length < 2) return [...words];
  const inPhrase = timePhraseWords(words.map((word) => word.folded));
  const kept = words.filter(
    (word, at) => !STOPWORDS.has(word.folded) && !/^\p{L}$/u.test(word.folded) && !inPhrase.has(at),
  );
  return kept.length > 0 ? kept : [...words];
}

/** A name's folded words, without function words ("Charter of the United Nations" → charter united nations). */
export function nameWords(name: string): string[] {
  return dropStopwords(splitQuery(name)).map((word) => word.folded);
}
