import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { expect, test } from 'vitest';

// The tools run under plain Node (`node tools/x.ts`), which resolves a relative import only with its
// extension; so do the modules they import, all the way down (the social-image worker too). Vite
// would resolve an import without one, so the tests alone would not notice a tool that no longer starts.

// `typeof import('…')` is a type (tools/check-content.ts loads those modules through Vite).
const RELATIVE = /(?:from|(?<!typeof )import)\s*\(?\s*'((?:\.{1,2}|#lib)\/[^']+)'/g;
/** Where an import points: relative to the file, or under src/lib for the #lib/ alias (package.json "imports"). */
const target = (file: string, spec: string): string =>
  spec.startsWith('#lib/') ? join('src/lib', spec.slice(5)) : normalize(join(dirname(file), spec));

/** The relative imports of a file that name no extension, and the files it imports, followed. */
function walk(file: string, seen: Set<string>, missing: string[]): void {
  if (seen.has(file)) return;
  seen.add(file);
  const text = readFileSync(file, 'utf8').replace(/^\s*import type .*$/gm, '');
  for (const [, spec = ''] of text.matchAll(RELATIVE)) {
    if (!/\.(ts|cjs|mjs|js|json)$/.test(spec)) missing.push(`${file}: '${spec}'`);
    else if (spec.endsWith('.ts')) walk(target(file, spec), seen, missing);
  }
}

test('every module a tool loads names its relative imports with their extension', () => {
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const folder of ['tools', 'tools/lib']) {
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.ts')))
      walk(join(folder, name), seen, missing);
  }
  walk('src/lib/meta/social-image-worker.ts', seen, missing);
  expect(seen.size).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});
