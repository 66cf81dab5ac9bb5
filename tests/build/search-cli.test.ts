import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { DIST } from '../../tools/lib/dist';
import { loadSiteSearch } from '../../tools/lib/pagefind';

// `npm run search` (tools/search.ts) is how an editor checks what a reader will find: one JSON line a
// query, its results as the dialog ranks them. It reads its input as the dialog does: markup pasted
// with the words and runs of white space are not words ("<b>RATS</b>" had found nothing).
function cli(args: string[], input = ''): Record<string, unknown>[] {
  const out = execFileSync(process.execPath, ['tools/search.ts', ...args], {
    env: { ...process.env, DIST },
    input,
    encoding: 'utf8',
  });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

test('one line a query, its results those of the query layer, the query as typed', async () => {
  const search = await loadSiteSearch(DIST);
  // Standard input, a query a line (each line trimmed); then a query as an argument.
  const typed = ['<b>RATS</b>', 'three \t evils', 'Kazakstan'];
  const lines = [...cli([], typed.join('\n')), ...cli(['<em>Alimov</em>'])];
  typed.push('<em>Alimov</em>');
  expect(lines.map((line) => line['query'])).toEqual(typed);
  for (const [index, line] of lines.entries()) {
    const words = typed[index]!.replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const run = await search(words, { limit: 10 });
    expect(line['searched']).toBe(run.searched);
    expect((line['results'] as { url: string }[]).map((result) => result.url)).toEqual(
      run.hits.map((hit) => hit.section),
    );
    expect((line['results'] as unknown[]).length).toBeGreaterThan(0);
  }
});
