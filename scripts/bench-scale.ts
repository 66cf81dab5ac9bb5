/**
 * Scale benchmark (prints figures; not a test). For each N, copies the site to a temporary folder,
 * adds N synthetic topic pages (four sections each, prose drawn from the site's own words plus
 * invented names, from a seeded generator so every run indexes the same text), builds the copy and
 * reports: build time, time per page, Pagefind's share of the build, the index on disk, and the
 * bytes a browser fetches from /pagefind/ to open search and show the first query's results
 * (raw, and gzip -9 as a host would send them). N = 0 measures the site as it is.
 * Usage: npm run bench:scale [-- N ...]   (default: 500 2000)
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/support/chromium.ts';
import { copySite } from '../tests/support/site-copy.ts';
import { serveDist } from '../tests/support/static-server.ts';

const COUNTS = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [500, 2000];
if (!COUNTS.every((n) => Number.isInteger(n) && n >= 0 && n < 10000)) {
  throw new Error(`Usage: npm run bench:scale [-- N ...], each N a whole number from 0 to 9999 (got ${process.argv.slice(2).join(' ')})`);
}
/** A word common in the real pages, so that the first query has many results and loads fragments. */
const QUERY = 'security';
const KINDS = ['principle', 'institution', 'event'] as const;
const SYLLABLES = 'ka ro mi tsu ban del or quin ash ve lo tar gri sen uk pa zhe mor il dan yi ost reb chu nal'.split(' ');

/** mulberry32: a small seeded PRNG, so that every run generates the same pages. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every word of the site's prose, repeats kept: drawing from it uniformly gives the real pages'
 * word frequencies (a few very common words, a long tail), which is what shapes Pagefind's index.
 */
function readWordPool(contentDir: string): string[] {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|yaml)$/.test(f));
  const text = files.map((file) => readFileSync(join(contentDir, file), 'utf8')).join('\n');
  // Tags, URLs, link targets, heading ids and YAML keys are markup, not prose.
  const prose = text.replace(/<[^>]+>|https?:\/\/\S+|\]\([^)]*\)|\{#[^}]*\}|^[\s-]*[A-Za-z]+:/gm, ' ').toLowerCase();
  return prose.match(/\b[a-z]{2,}\b/g) ?? [];
}

/** Prose from the site's words, with one word in twelve an invented name so the vocabulary grows with N. */
function createWriter(pool: string[], random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const word = () =>
    random() < 1 / 12 ? Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('') : pick(pool);
  const words = (min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, word);
  const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const sentence = () => `${capitalise(words(8, 20).join(' '))}.`;
  const paragraph = () => `${Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ')}<Cite source="sco-about" />`;
  return { words, capitalise, paragraph };
}

/** Writes N topic pages into the copy's content/topics/, valid by src/schemas/topic.ts. */
function writeTopics(dir: string, count: number): void {
  const random = seededRandom(count);
  const { words, capitalise, paragraph } = createWriter(readWordPool(join(dir, 'content')), random);
  for (let i = 1; i <= count; i += 1) {
    const slug = `synthetic-${String(i).padStart(4, '0')}`;
    let description = capitalise(words(10, 14).join(' '));
    while (description.length < 60) description += ` ${words(1, 1)[0]}`;
    const frontmatter = [
      `title: ${JSON.stringify(`Synthetic topic ${i}: ${capitalise(words(2, 5).join(' '))}`)}`,
      `navLabel: Synthetic ${i}`,
      `description: ${JSON.stringify(`${description.slice(0, 150).trim()}.`)}`,
      `learn: ${JSON.stringify(`${description.slice(0, 150).trim()}.`)}`,
      `kind: ${KINDS[i % KINDS.length]}`,
      // Orders after the real topics (1–4), unique per page.
      `order: ${100 + i}`,
      'sources: [sco-about]',
      'lastReviewed: 2026-11-22',
    ];
    const sections = Array.from({ length: 4 }, (_, s) => {
      const heading = words(2, 5);
      const paragraphs = Array.from({ length: 2 + Math.floor(random() * 2) }, paragraph);
      return `## ${capitalise(heading.join(' '))} {#s${s + 1}-${heading[0]}}\n\n${paragraphs.join('\n\n')}`;
    });
    writeFileSync(
      join(dir, 'content/topics', `${slug}.mdx`),
      `---\n${frontmatter.join('\n')}\n---\n\n${paragraph()}\n\n${sections.join('\n\n')}\n`,
    );
  }
}

/**
 * Builds the copy as `npm run build` does, streaming the output (copySite's build buffers it, and
 * thousands of pages print more than spawnSync's buffer holds).
 */
function buildCopy(dir: string): Promise<{ ms: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['BASE_URL'];
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0
        ? resolve({ ms: performance.now() - started, output })
        : reject(new Error(`astro build exited ${code}:\n${output.slice(-4000)}`)),
    ),
  );
}

/** Number and total bytes of the files under `dir`. */
function measureFolder(dir: string): { files: number; bytes: number } {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile());
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

/** Bytes fetched for a first query: in all, and gzip -9 by part of the bundle. */
interface QueryPayload {
  files: number;
  raw: number;
  gzip: number;
  /** gzip -9 bytes per part: runtime (scripts, wasm, entry, meta), index chunks, filters, fragments. */
  parts: Record<Part, number>;
}

const PARTS = ['runtime', 'index', 'filter', 'fragment'] as const;
type Part = (typeof PARTS)[number];

/** Which part of Pagefind's bundle a file is: /pagefind/index/…, /pagefind/fragment/…, or the runtime. */
function partOf(path: string): Part {
  const folder = path.split('/')[2];
  return PARTS.find((part) => part !== 'runtime' && part === folder) ?? 'runtime';
}

/** Opens search with "/" on a topic page, types QUERY and sums the /pagefind/ files fetched until the network is quiet. */
async function measureFirstQuery(dist: string): Promise<QueryPayload> {
  const server = await serveDist(dist);
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    const fetched = new Set<string>();
    let pending = 0;
    let lastActivity = performance.now();
    const settle = () => ((pending -= 1), (lastActivity = performance.now()));
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/')) fetched.add(path);
      pending += 1;
      lastActivity = performance.now();
    });
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);
    await page.goto(`${server.url}/rats/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.locator('#search-dialog[open]').waitFor();
    await page.fill('#search-dialog-input', QUERY);
    await page.locator('.search-dialog-results .search-result').first().waitFor();
    // Result fragments load after the first result shows; wait for a second without a request.
    while (pending > 0 || performance.now() - lastActivity < 1000) await page.waitForTimeout(100);
    const payload: QueryPayload = { files: 0, raw: 0, gzip: 0, parts: { runtime: 0, index: 0, filter: 0, fragment: 0 } };
    for (const path of fetched) {
      const body = readFileSync(join(dist, decodeURIComponent(path)));
      const gzip = gzipSync(body, { level: 9 }).length;
      payload.files += 1;
      payload.raw += body.length;
      payload.gzip += gzip;
      payload.parts[partOf(path)] += gzip;
    }
    return payload;
  } finally {
    await context.close();
    await server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rows: string[] = [];
const partRows: string[] = [];
for (const count of COUNTS) {
  const copy = copySite();
  try {
    writeTopics(copy.dir, count);
    process.stderr.write(`N = ${count}: building…\n`);
    const { ms, output } = await buildCopy(copy.dir);
    const pages = Number(/(\d+) page\(s\) built in/.exec(output)?.[1]);
    const indexed = /Pagefind indexed (\d+) pages and (\d+) records in (\d+) ms/.exec(output);
    if (!pages || !indexed)
      throw new Error(`Could not find the page count or Pagefind's timing in the build output:\n${output.slice(-2000)}`);
    const pagefindMs = Number(indexed[3]);
    const dist = join(copy.dir, 'dist');
    const index = measureFolder(join(dist, 'pagefind'));
    const site = measureFolder(dist);
    process.stderr.write(`N = ${count}: built in ${(ms / 1000).toFixed(0)} s; measuring the first query…\n`);
    const query = await measureFirstQuery(dist);
    rows.push(
      [
        count,
        pages,
        `${(ms / 1000).toFixed(1)} s`,
        `${(ms / pages).toFixed(0)} ms`,
        `${(pagefindMs / 1000).toFixed(1)} s (${((100 * pagefindMs) / ms).toFixed(0)} %)`,
        `${mb(index.bytes)} in ${index.files} files`,
        mb(site.bytes),
        `${query.files} files, ${kb(query.raw)} / ${kb(query.gzip)}`,
      ].join(' | '),
    );
    // The header lists every topic, so a reading page grows with N too.
    const topicHtml = gzipSync(readFileSync(join(dist, 'rats/index.html')), { level: 9 }).length;
    partRows.push([count, ...PARTS.map((part) => kb(query.parts[part])), kb(topicHtml)].join(' | '));
  } finally {
    copy.remove();
  }
}

console.log(`\nScale benchmark: N synthetic topics added to the site; first query "${QUERY}" in Chromium (raw / gzip -9).\n`);
console.log('| N | pages built | build | per page | Pagefind | index on disk | dist/ | first query, /pagefind/ |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row} |`);

console.log('\nThe first query by part of the bundle (gzip -9), and one reading page (/rats/, HTML, gzip -9):\n');
console.log('| N | runtime (scripts, wasm, entry, meta) | index chunks | filters | fragments | /rats/ HTML |');
console.log('|---|---|---|---|---|---|');
for (const row of partRows) console.log(`| ${row} |`);
