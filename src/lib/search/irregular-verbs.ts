/**
 * English verbs whose past forms are not made with -ed, by past form, with the base form each
 * stands for: language data, as the function words are (stopwords.ts), not the site's. The build
 * writes a synonym group of each past and its base into the search data (irregularGroups, for
 * src/integrations/search-data.ts), so that a query loads only the pairs of its own words' first
 * letters (search-shards.ts) and the dialog's code carries no table: "came" also searches "come"
 * (the site says "Where the idea comes from"). Not "found" (the past of "find" is also "to found",
 * which the site says of the SCO), "left" (a side), "set", "put" and "cut" (the same in every form).
 */
import { isKnownWord } from './vocabulary.ts';
import type { SearchData } from './search-words.ts';

export const IRREGULAR_PASTS: Readonly<Record<string, string>> = Object.fromEntries(
  (
    'came:come became:become began:begin begun:begin held:hold met:meet led:lead made:make ' +
    'took:take taken:take wrote:write written:write said:say gave:give given:give went:go ' +
    'gone:go grew:grow grown:grow chose:choose chosen:choose saw:see seen:see told:tell ' +
    'spoke:speak spoken:speak knew:know known:know brought:bring thought:think sought:seek ' +
    'fought:fight built:build sent:send spent:spend meant:mean won:win drew:draw drawn:draw ' +
    'broke:break broken:break rose:rise risen:rise fell:fall fallen:fall stood:stand kept:keep ' +
    'ran:run struck:strike stricken:strike bound:bind bore:bear borne:bear withdrew:withdraw ' +
    'withdrawn:withdraw undertook:undertake undertaken:undertake arose:arise arisen:arise ' +
    'forgot:forget forgotten:forget understood:understand overtook:overtake'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * A synonym group of each base form with its irregular pasts, as folded words ("take": took, taken),
 * when the index holds the base or words it begins ("come": "comes"; Pagefind matches the start of
 * words), and neither is in a group of the content's own (`written`: a word is in one group only;
 * "began" and "begin" are in the content's group of founding).
 */
export function irregularGroups(
  words: SearchData['words'],
  written: readonly string[][][],
): string[][][] {
  const index: SearchData = { words, synonyms: [], entries: [] };
  const grouped = new Set(written.flat().map((phrase) => phrase.join(' ')));
  const pasts = new Map<string, string[]>();
  for (const [past, base] of Object.entries(IRREGULAR_PASTS))
    if (!grouped.has(past) && !grouped.has(base) && isKnownWord(base, index))
      pasts.set(base, [...(pasts.get(base) ?? []), past]);
  return [...pasts].map(([base, forms]) => [...forms.map((past) => [past]), [base]]);
}
