/**
 * The weights a query puts on kinds of results (a source, a glossary term, an event): by its
 * question form (question-forms.ts), the nouns it holds, and the names it gives (named-entries.ts).
 * search-run.ts multiplies each result's score by its kind's weight; no kind is hidden.
 */
import { namedThings, namesAuthor, namesBy, SOURCE_WORDS } from './named-entries.ts';
import {
  GLOSSARY_KIND,
  isQuestion,
  nounWeights,
  QUESTION_WEIGHTS,
  questionIntent,
  questionWeights,
  SOURCE_KIND,
} from './question-forms.ts';
import { nameWords } from './stopwords.ts';
import { foldWords, type SearchData } from './search-words.ts';

/**
 * What a source page weighs in the results of a query that is not a question and names no author
 * or outlet of one: a source page restates one article paragraph by paragraph, and the site's own
 * account of the same words (a topic, a term, an event) comes first, as it does for a question
 * (QUESTION_WEIGHTS.source), by a little less: the words may be the article's. It was 0.7 until
 * the twenty-fourth round, when a result came to count where its title leads: 0.5 measured one
 * tuning row better ("byelorussia joined sco" had put the TASS report above the timeline's event).
 * 0.4 since the thirty-third round, once the tables had grown: one more tuning row in the top 3,
 * two more held-out rows first (0.3: two fewer first, on both).
 */
export const UNNAMED_SOURCE_WEIGHT = 0.4;

/**
 * The weights of kinds of results: those its nouns name (KIND_NOUNS), as typed or as searched; a question's
 * (questionWeights), its definition intent ("what is …") only when the rest of it is a name; and
 * for a query that is not a question, glossary records SEVERAL_NAMES_GLOSSARY_WEIGHT when it names
 * two or more entries (namedThings), sources UNNAMED_SOURCE_WEIGHT when it names no author or
 * outlet, glossary records AUTHOR_SUBJECT_GLOSSARY_WEIGHT when it names one beside other words.
 */
export function kindWeightsOf(
  query: string,
  variants: readonly string[][],
  data: SearchData,
): Record<string, number> {
  const weights = {
    ...nounWeights([...(variants[0] ?? []), ...foldWords(query)]),
    ...questionWeights(query),
  };
  // "What is X" asks for a definition only when X is a name ("what is RATS"); "what was signed at the
  // Tianjin summit" and "what are the external principles of the Shanghai Spirit" ask for more.
  if (
    weights[GLOSSARY_KIND] === QUESTION_WEIGHTS.intent &&
    !variants.some((variant) =>
      data.entries.some((entry) => entry.names.some((name) => namesBy(nameWords(name), variant))),
    )
  )
    delete weights[GLOSSARY_KIND];
  // "Non-use of force UN Charter": each record defines one of the things named; the account of both
  // comes first. A question is weighed by its form ("what is mutual trust in the Shanghai Spirit"
  // asks for a definition).
  if (!isQuestion(query) && namedThings(variants[0] ?? [], data) >= 2)
    weights[GLOSSARY_KIND] = (weights[GLOSSARY_KIND] ?? 1) * SEVERAL_NAMES_GLOSSARY_WEIGHT;
  if (isQuestion(query) || SOURCE_KIND in weights || questionIntent(query) === SOURCE_KIND)
    return weights;
  if (!namesAuthor(variants, data)) return { ...weights, [SOURCE_KIND]: UNNAMED_SOURCE_WEIGHT };
  // "Azam on drug trafficking": an author beside words of a subject asks what the author says of it,
  // which the site's accounts attribute; a glossary record defines the subject.
  const words = variants[0] ?? [];
  const authors = new Set(data.entries.flatMap((entry) => entry.authors.flatMap(nameWords)));
  const subject = words.filter((word) => !authors.has(word) && !SOURCE_WORDS.has(word));
  return words.some((word) => authors.has(word)) && subject.length > 0
    ? { ...weights, [GLOSSARY_KIND]: AUTHOR_SUBJECT_GLOSSARY_WEIGHT }
    : weights;
}

/**
 * What a glossary record weighs in the results of a query (not a question) that names two or more
 * entries ("non-use of force UN Charter", "inviolability of borders not in the UN Charter"): a
 * record defines one of them; the site's account that relates them (a topic's section) comes
 * first, as in a question about what something does (QUESTION_WEIGHTS.glossary).
 */
export const SEVERAL_NAMES_GLOSSARY_WEIGHT = 0.5;

/**
 * What a glossary record weighs in the results of a query that names an author beside words of a
 * subject ("Azam drugs"): the site's account of what the author says comes before a definition.
 */
export const AUTHOR_SUBJECT_GLOSSARY_WEIGHT = 0.7;
