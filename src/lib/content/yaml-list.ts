import { ID_PATTERN } from '../../schemas/common';
import { ContentError, type ContentProblem } from './content-error';
import { readYaml, type YamlSource } from './yaml-source';

/** One item of a YAML list file, with its id checked. */
export interface YamlListItem {
  id: string;
  data: Record<string, unknown>;
}

/** A YAML list file read without throwing: its items (with their index), where each value is written, and the problems. */
export interface YamlListRead {
  items: (YamlListItem & { index: number })[];
  source: YamlSource;
  problems: ContentProblem[];
}

/**
 * Reads a YAML file that holds a list of entries, each with a permanent `id`, and checks the ids.
 * Unlike Astro's `file()` loader, which logs and skips an item without an id and keeps the last of
 * two items with the same id, this reports every such problem, each at its line.
 */
export function readYamlList(text: string, file: string): YamlListRead {
  const source = readYaml(text, file);
  const read: YamlListRead = { items: [], source, problems: [...source.problems] };
  if (source.problems.length > 0) return read;
  const value = source.data;
  if (!Array.isArray(value)) {
    read.problems.push({
      file,
      line: source.lineOf([]),
      field: '(top level)',
      problem: value === null || value === undefined ? 'the file is empty' : 'the file is not a list',
      fix: 'write one entry per item, each starting with "- id: …"',
    });
    return read;
  }
  const seen = new Map<string, number>();
  value.forEach((raw: unknown, index) => {
    const where = `item ${index + 1}`;
    const line = source.lineOf([index]);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      read.problems.push({
        file,
        line,
        field: where,
        problem: 'is not a mapping of fields',
        fix: 'write the entry as "- id: …" with its fields below it',
      });
      return;
    }
    const data = raw as Record<string, unknown>;
    const id = data['id'];
    if (typeof id !== 'string' || id === '') {
      read.problems.push({
        file,
        line,
        field: `${where} → id`,
        problem: 'is missing',
        fix: 'give the entry a permanent id such as "three-forces"',
      });
      return;
    }
    if (!ID_PATTERN.test(id)) {
      read.problems.push({
        file,
        line: source.lineOf([index, 'id']),
        field: `${where} → id`,
        problem: `"${id}" is not lowercase letters, digits and single hyphens`,
        fix: 'use an id such as "three-forces"',
      });
      return;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      read.problems.push({
        file,
        line: source.lineOf([index, 'id']),
        field: `${where} → id`,
        problem: `"${id}" is already used by item ${first}`,
        fix: 'ids are anchors other sites link to: give this entry an id of its own',
      });
      return;
    }
    seen.set(id, index + 1);
    read.items.push({ id, data, index });
  });
  return read;
}

/** Parses a YAML list file (content/glossary.yaml and the like), throwing a ContentError naming every problem. */
export function parseYamlList(text: string, file: string): YamlListItem[] {
  const read = readYamlList(text, file);
  if (read.problems.length > 0) throw new ContentError(read.problems);
  return read.items.map(({ id, data }) => ({ id, data }));
}
