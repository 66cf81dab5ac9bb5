/**
 * The initialisms of a name: "UN Department of Public Information" → undpi and dpi. The build
 * files them as names the site never writes so (src/integrations/initialisms.ts); the Latin-name
 * matcher (latin-names.ts) matches them only as typed, since a typo in three to six letters is
 * another acronym ("CSTO" is not "CSCO", the Charter of the Shanghai Cooperation Organization).
 */
import { foldWord } from './search-words.ts';

/** Lower-case words a name in capitals may hold between its words ("Ministry of External Affairs"). */
export const LINKS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'on', 'for', 'in', 'to']);
/** An article that may open a name. */
const ARTICLES = /^(?:the|a|an)$/iu;
/** Fewest letters of an initialism: two letters stand for too many names ("SG", "UN"). */
export const MIN_INITIALISM = 3;

/** The initialisms of a name (see initialismsOf in src/integrations/initialisms.ts), MIN_INITIALISM letters or more. */
export function initialismsOfName(name: string): string[] {
  const parts = name
    .split(/\s+/)
    // A title's article is no letter of its initialism: "The Regional Anti-Terrorist Structure" is RATS.
    .filter((word, at) => !LINKS.has(word) && !(at === 0 && ARTICLES.test(word)))
    .map((word) =>
      /^\p{Lu}{2,}$/u.test(word)
        ? { letters: foldWord(word), acronym: true }
        : {
            letters: word
              .split('-')
              .map((part) => foldWord(part).slice(0, 1))
              .join(''),
            acronym: false,
          },
    );
  const whole = parts.map((part) => part.letters).join('');
  const rest = parts[0]?.acronym
    ? parts
        .slice(1)
        .map((part) => part.letters)
        .join('')
    : '';
  return [whole, rest].filter(
    (each, index, all) => [...each].length >= MIN_INITIALISM && all.indexOf(each) === index,
  );
}
