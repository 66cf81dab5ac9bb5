import { describe, expect, test } from 'vitest';
import { ContentError } from '#lib/content/content-error.ts';
import { idFromFileName } from '#lib/content/file-id.ts';
import { parseYamlList } from '#lib/content/yaml-list.ts';

const FILE = 'content/glossary.yaml';

/** The message parseYamlList throws for the text, or "no error". */
function errorOf(text: string): string {
  try {
    parseYamlList(text, FILE);
    return 'no error';
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
}

describe('parseYamlList', () => {
  test('returns the items with their ids', () => {
    expect(parseYamlList('- id: rats\n  name: RATS\n- id: sco\n  name: SCO\n', FILE)).toEqual([
      { id: 'rats', data: { id: 'rats', name: 'RATS' } },
      { id: 'sco', data: { id: 'sco', name: 'SCO' } },
    ]);
  });

  test.each([
    ['an id used twice', '- id: rats\n- id: sco\n- id: rats\n', 'content/glossary.yaml:3 → item 3 → id: "rats" is already used by item 1'],
    ['a missing id', '- id: rats\n- name: SCO\n', 'content/glossary.yaml:2 → item 2 → id: is missing'],
    [
      'an id that is not lowercase-hyphenated',
      '- id: Three Forces\n',
      'content/glossary.yaml:1 → item 1 → id: "Three Forces" is not lowercase letters',
    ],
    ['a file that is not a list', 'id: rats\n', 'content/glossary.yaml:1 → (top level): the file is not a list'],
    ['an item that is not a mapping', '- rats\n', 'content/glossary.yaml:1 → item 1: is not a mapping of fields'],
    ['broken YAML', '- id: rats\n  name: "RATS\n', 'content/glossary.yaml:3 → (YAML syntax): is not valid YAML: Missing closing "quote'],
  ])('stops on %s, naming the file and field', (_name, text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  test('says what to do', () => {
    expect(errorOf('- id: rats\n- id: rats\n')).toMatch(/Fix: ids are anchors other sites link to/);
  });

  test('reports every problem at once', () => {
    expect(errorOf('- id: a\n- id: a\n- name: x\n')).toMatch(/^Content check failed \(2 problems\)/);
  });
});

describe('idFromFileName', () => {
  test('takes the file name without its extension', () => {
    expect(idFromFileName('2017-enlargement.mdx', 'content/topics')).toBe('2017-enlargement');
  });

  test('refuses a name that is not a valid id instead of slugifying it', () => {
    expect(() => idFromFileName('Three Forces.mdx', 'content/topics')).toThrow(
      'content/topics/Three Forces.mdx → file name: "Three Forces" is not lowercase',
    );
  });
});
