import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BadCase } from '../build/bad-content.cases.ts';

// Applying a row of the bad-content table (tests/build/bad-content.cases.ts) to a copy of the site,
// shared by the content check's tests, the build's and `npm run check:content`'s.

/** "<file>:<line>" of the first line of `text` that contains `needle`. */
export function locate(file: string, text: string) {
  return (needle: string): string => {
    const index = text.indexOf(needle);
    if (index === -1) throw new Error(`the changed ${file} has no "${needle}"`);
    return `${file}:${text.slice(0, index).split('\n').length}`;
  };
}

/** Applies a row to the files under `dir`; returns the changed text and a function that undoes it. */
export function apply(dir: string, row: BadCase): { text: string; undo: () => void } {
  const path = join(dir, row.file);
  const before = existsSync(path) ? readFileSync(path) : undefined;
  const text = row.write ?? row.change?.(before?.toString('utf8') ?? '') ?? '';
  if (before !== undefined && text === before.toString('utf8'))
    throw new Error(`the row "${row.name}" changes nothing in ${row.file}`);
  writeFileSync(path, row.latin1 ? Buffer.from(text, 'latin1') : text);
  return { text, undo: () => (before === undefined ? rmSync(path) : writeFileSync(path, before)) };
}
