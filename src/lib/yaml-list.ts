import { parseDocument } from 'yaml';
import { ID_PATTERN } from '../schemas/common';
import { ContentError, type ContentProblem } from './content-error';

/** One item of a YAML list file, with its id checked. */
export interface YamlListItem {
  id: string;
  data: Record<string, unknown>;
}

/**
 * Parses a YAML file that holds a list of entries, each with a permanent `id`.
 * Unlike Astro's `file()` loader, which logs and skips an item without an id and keeps the last of
 * two items with the same id, this stops with every such problem named.
 */
export function parseYamlList(text: string, file: string): YamlListItem[] {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((error) => ({
        file,
        field: `line ${error.linePos?.[0].line ?? '?'}`,
        problem: `not valid YAML (${error.message.split('\n')[0]})`,
        fix: 'correct the YAML syntax at that line (indentation, a missing colon, an unclosed quote)',
      })),
    );
  }
  const value: unknown = doc.toJS();
  if (!Array.isArray(value)) {
    throw new ContentError([
      { file, field: '(top level)', problem: 'the file is not a list', fix: 'write one entry per item, each starting with "- id: …"' },
    ]);
  }
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  const items: YamlListItem[] = [];
  value.forEach((raw: unknown, index) => {
    const where = `item ${index + 1}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push({
        file,
        field: where,
        problem: 'is not a mapping of fields',
        fix: 'write the entry as "- id: …" with its fields below it',
      });
      return;
    }
    const data = raw as Record<string, unknown>;
    const id = data['id'];
    if (typeof id !== 'string' || id === '') {
      problems.push({ file, field: `${where} → id`, problem: 'is missing', fix: 'give the entry a permanent id such as "three-forces"' });
      return;
    }
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        field: `${where} → id`,
        problem: `"${id}" is not lowercase letters, digits and single hyphens`,
        fix: 'use an id such as "three-forces"',
      });
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        file,
        field: `${where} → id`,
        problem: `"${id}" is already used by item ${first}`,
        fix: 'ids are anchors other sites link to: give this entry an id of its own',
      });
      return;
    }
    seen.set(id, index + 1);
    items.push({ id, data });
  });
  if (problems.length > 0) throw new ContentError(problems);
  return items;
}
