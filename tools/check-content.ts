/**
 * `npm run check:content`: every check the build makes of content/, without rendering a page.
 *
 * It runs the build's own code, not a copy of it:
 *   1. Astro's content layer (`astro sync`): the loaders and the Zod schemas of src/content.config.ts,
 *      so YAML syntax, missing and duplicate ids, and every field the schemas check;
 *   2. `getSiteContent()` from src/data/content.ts, loaded through Astro's own Vite plugins: it compiles
 *      each MDX file with the site's MDX plugins (section ids, citations) and runs the cross-checks of
 *      src/lib/content/validate-content.ts (sources, paragraphs, glossary links to sections, frontmatter);
 *   3. the member map, drawn for each variant the site publishes (every member needs a map code).
 * A check added to any of these runs here too. A check that the build makes elsewhere, while it
 * renders a page, must be added to step 3 so that this command stays complete; tests/build/
 * check-content.test.ts holds both to the same messages.
 *
 * Prints each problem as the build does (file, field, what is wrong, the fix) and exits 1; exits 0
 * with a one-line summary when everything checks out.
 */
import { join } from 'node:path';
import { sync } from 'astro';
import { getViteConfig } from 'astro/config';
import { createServer } from 'vite';

const root = process.cwd();
const seconds = (): string => `${process.uptime().toFixed(1)} s`;

/**
 * Prints a failed check as `astro build` reports it (Astro's own formatter, less the stack trace):
 * `[Name] message`, Astro's hint, and the file's location when the error carries one.
 */
function report(error: unknown): never {
  const {
    name = 'Error',
    message = String(error),
    hint,
    loc,
  } = (error ?? {}) as {
    name?: string;
    message?: string;
    hint?: string;
    loc?: { file?: string; line?: number; column?: number };
  };
  // Astro writes **bold** in its messages and renders it in the terminal; plain text here.
  const plain = (text: string): string => text.replace(/\*\*(.+?)\*\*/g, '$1');
  const lines = [`[${name}] ${plain(message)}`];
  if (hint) lines.push('  Hint:', `    ${plain(hint).replace(/\n/g, '\n    ')}`);
  if (loc?.file) lines.push('  Location:', `    ${loc.file}:${loc.line ?? 0}:${loc.column ?? 0}`);
  console.error(`\ncheck:content: content/ has problems (${seconds()})\n\n${lines.join('\n')}\n`);
  process.exit(1);
}

// Step 1. The build's first step: load every collection and validate it against its schema. Astro
// logs what it does at "info"; only its warnings and errors are worth an editor's attention here.
// The data store goes to .astro/, where the dev-mode Vite server below reads it (as `astro dev` does),
// not to node_modules/.astro/, which copies of the site that share node_modules would share.
try {
  await sync({ root, logLevel: 'warn', cacheDir: join(root, '.astro') });
} catch (error) {
  report(error);
}

// Steps 2 and 3, in a Vite server with Astro's plugins (astro:content, MDX), that serves nothing.
const viteConfig = await getViteConfig(
  {},
  { root, logLevel: 'silent' },
)({ mode: 'production', command: 'serve' });
const server = await createServer({
  ...viteConfig,
  configFile: false,
  logLevel: 'silent',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
});
let summary = '';
try {
  const { getSiteContent } = (await server.ssrLoadModule(
    '/src/data/content.ts',
  )) as typeof import('../src/data/content.ts');
  const { getMemberMaps } = (await server.ssrLoadModule(
    '/src/data/maps.ts',
  )) as typeof import('../src/data/maps.ts');
  const content = await getSiteContent();
  // Every member map the pages show (a code the atlas lacks, a cohort no member joined in, stop here).
  await getMemberMaps();
  const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  summary = [
    count(content.topics.length, 'topic'),
    count(content.pages.length, 'page'),
    count(content.sources.length, 'source'),
    count(content.glossary.length, 'glossary term'),
    count(content.timeline.length, 'timeline event'),
    count(content.members.length, 'member state'),
  ].join(', ');
} catch (error) {
  // Exit at once: after a failed module load, closing the Vite server may never settle (Node then
  // exits with 13, "unsettled top-level await", instead of 1).
  report(error);
}
console.log(`check:content: content/ checks out (${summary}) in ${seconds()}`);
process.exit(0);
