import { LineCounter, parseDocument, isSeq, isScalar, type Node } from 'yaml';
import { ContentError, type ContentProblem } from '../content/content-error.ts';
import { foldWords } from './search-words.ts';

/** The content file of synonyms search expands queries with. */
export const SYNONYMS_FILE = 'content/synonyms.yaml';

/**
 * Reads content/synonyms.yaml: a list of groups, each a list of two or more words or phrases that a
 * reader may use for the same thing (`- [seat, based, headquarters]`). Returns each group's
 * phrases as folded words. Stops with every problem named by line: a group that is not a list, has
 * fewer than two phrases, an empty phrase, or a phrase already in another group (expansion would
 * then depend on the order of the file).
 */
export function parseSynonyms(text: string, file = SYNONYMS_FILE): string[][][] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lines.linePos(node.range[0]).line : 0;
  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file,
    field: `line ${error.linePos?.[0].line ?? '?'}`,
    problem: `not valid YAML (${error.message.split('\n')[0]})`,
    fix: 'correct the YAML syntax at that line',
  }));
  if (problems.length > 0) throw new ContentError(problems);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    throw new ContentError([
      {
        file,
        field: '(top level)',
        problem: 'the file is not a list of groups',
        fix: 'write one group per line: - [seat, based, headquarters]',
      },
    ]);
  }
  const groups: string[][][] = [];
  const owner = new Map<string, number>();
  for (const item of doc.contents.items) {
    const line = lineOf(item as Node);
    const field = `line ${line}`;
    if (!isSeq(item)) {
      problems.push({
        file,
        field,
        problem: 'a group must be a list of words or phrases',
        fix: 'write it as - [word, other word, a phrase]',
      });
      continue;
    }
    const phrases: string[][] = [];
    for (const entry of item.items) {
      const value = isScalar(entry) ? entry.value : undefined;
      const words =
        typeof value === 'string' || typeof value === 'number' ? foldWords(String(value)) : [];
      if (words.length === 0) {
        problems.push({
          file,
          field: `line ${lineOf(entry as Node) || line}`,
          problem: `"${String(value ?? '')}" is not a word or phrase`,
          fix: 'write a word or phrase, or remove it',
        });
        continue;
      }
      const key = words.join(' ');
      const before = owner.get(key);
      if (before !== undefined) {
        problems.push({
          file,
          field,
          problem: `"${String(value)}" is already in the group on line ${before}`,
          fix: 'merge the two groups, or keep the phrase in one of them',
        });
        continue;
      }
      owner.set(key, line);
      phrases.push(words);
    }
    if (phrases.length < 2 && item.items.length < 2) {
      problems.push({
        file,
        field,
        problem: 'a group needs at least two words or phrases that mean the same',
        fix: 'add the other names, or remove the group',
      });
    }
    if (phrases.length >= 2) groups.push(phrases);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return groups;
}

/** A member state's name in one edition (content/members.yaml, content/<locale>/members.yaml). */
export interface MemberName {
  id: string;
  name: string;
}

/**
 * A translated edition's synonym groups with each member state's English name beside the edition's
 * own ("belarus" with Беларусь and Белоруссия, "india" with Индия), matched by id: a reader who
 * types the English name on /ru/ or /zh/ finds what the edition writes (a reader's "india" and
 * "belarus" on /ru/ found nothing). The name joins the group that holds the edition's name, or a
 * group of its own; a name that is the same in both, or already in a group, is left as it is.
 */
export function withMemberNames(
  groups: readonly (readonly (readonly string[])[])[],
  english: readonly MemberName[],
  edition: readonly MemberName[],
): string[][][] {
  const out = groups.map((group) => group.map((phrase) => [...phrase]));
  const key = (phrase: readonly string[]): string => phrase.join(' ');
  const held = (phrase: readonly string[]): boolean =>
    out.some((group) => group.some((each) => key(each) === key(phrase)));
  const names = new Map(english.map((member) => [member.id, foldWords(member.name)]));
  for (const member of edition) {
    const englishName = names.get(member.id);
    const own = foldWords(member.name);
    if (!englishName?.length || !own.length || key(own) === key(englishName) || held(englishName))
      continue;
    const group = out.find((each) => each.some((phrase) => key(phrase) === key(own)));
    if (group) group.push(englishName);
    else out.push([own, englishName]);
  }
  return out;
}
