import type { ContentProblem } from '../content-error.ts';
import { checkEditorialContent, fingerprintCommand } from './checks.ts';
import { readEditorialContent, type EditorialInput } from './content-units.ts';
import { FingerprintSchema, toArticlePrint, type ArticlePrint } from './fingerprint.ts';

export type { EditorialInput, EditorialFile } from './content-units.ts';

/** Reads the fingerprint files; a malformed one, or one for no article, is a problem. */
export function readPrints(
  input: EditorialInput,
  articles: ReadonlySet<string>,
): { prints: Map<string, ArticlePrint>; problems: ContentProblem[] } {
  const prints = new Map<string, ArticlePrint>();
  const problems: ContentProblem[] = [];
  for (const { file, text } of input.fingerprints) {
    const id = file.replace(/^.*\//, '').replace(/\.json$/, '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const result = FingerprintSchema.safeParse(parsed);
    if (!result.success || result.data.source !== id) {
      problems.push({
        file,
        field: result.success ? 'source' : (result.error.issues[0]?.path.join('.') ?? '(file)'),
        problem: result.success
          ? `names "${result.data.source}", but the file is for "${id}"`
          : 'is not a fingerprint file as the fingerprint command writes it',
        fix: `write it again with \`${fingerprintCommand(id)}\`; never edit it by hand`,
      });
    } else if (!articles.has(id)) {
      problems.push({
        file,
        field: '(file)',
        problem: `is the fingerprint of "${id}", which is not an article with paragraph summaries in content/sources`,
        fix: 'remove it, or add the article to content/sources',
      });
    } else {
      prints.set(id, toArticlePrint(result.data));
    }
  }
  return { prints, problems };
}

/**
 * The editorial rules checked by machine, on the content files as text: no copied runs, every
 * quotation word for word in what it cites, every paragraph summary anchored to its paragraph, every
 * glossary "discussed in" section naming its term. Returns every problem found.
 */
export function checkEditorialRules(input: EditorialInput): ContentProblem[] {
  const content = readEditorialContent(input);
  const articles = new Set([...content.sources.values()].filter((s) => s.openings).map((s) => s.id));
  const { prints, problems } = readPrints(input, articles);
  return [...problems, ...checkEditorialContent(content, prints)];
}
