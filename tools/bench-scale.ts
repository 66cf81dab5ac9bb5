/**
 * Scale benchmark (prints figures; not a test). For each N, copies the site to a temporary folder,
 * adds N synthetic topic pages (four sections each, prose drawn from the site's own words plus
 * invented names, from a seeded generator so every run indexes the same text), builds the copy and
 * reports: build time, time per page, Pagefind's share of the build, the index on disk, and the
 * bytes a browser fetches from /pagefind/ to open search and show the first query's results
 * (raw, and gzip -9 as a host would send them). N = 0 measures the site as it is. Each copy gets
 * caches of its own (node_modules/.astro: the content layer's store, the social images), so the first
 * build is cold; a second build after one topic's text changed measures a rebuild.
 * With --starlight, the same N pages (the same words, citations left out) are also built by a plain
 * Starlight 0.42 site, installed once into ~/.cache/sco-bench-starlight (never into the project), and
 * its cold build, rebuild and dist/ are printed beside ours.
 * Each build's own output is kept in .tmp/bench-scale/<N>-<build>.log, to read where its time goes.
 * With --keep, the last copy (site, N pages and its dist/) is kept and its folder printed, to profile a
 * step of the build by hand (e.g. the output pass: tools/bench-output.ts).
 * Usage: npm run bench:scale [-- [--starlight] [--keep] N ...]   (default: 500 2000)
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/chromium.ts';
import { copySite } from './lib/site-copy.ts';
import { serveDist } from './lib/static-server.ts';

const ARGS = process.argv.slice(2);
const WITH_STARLIGHT = ARGS.includes('--starlight');
const KEEP = ARGS.includes('--keep');
const NUMBERS = ARGS.filter((arg) => arg !== '--starlight' && arg !== '--keep');
const COUNTS = NUMBERS.length > 0 ? NUMBERS.map(Number) : [500, 2000];
if (!COUNTS.every((n) => Number.isInteger(n) && n >= 0 && n < 10000)) {
  throw new Error(
    `Usage: npm run bench:scale [-- [--starlight] [--keep] N ...], each N a whole number from 0 to 9999 (got ${ARGS.join(' ')})`,
  );
}
/** The Starlight release the issue compares against. */
const STARLIGHT = '0.42';
/** A word common in the real pages, so that the first query has many results and loads fragments. */
const QUERY = 'security';
const KINDS = ['principle', 'institution', 'event'] as const;
const SYLLABLES =
  'ka ro mi tsu ban del or quin ash ve lo tar gri sen uk pa zhe mor il dan yi ost reb chu nal'.split(
    ' ',
  );

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
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(mdx|yaml)$/.test(f),
  );
  const text = files.map((file) => readFileSync(join(contentDir, file), 'utf8')).join('\n');
  // Tags, URLs, link targets, heading ids and YAML keys are markup, not prose.
  const prose = text
    .replace(/<[^>]+>|https?:\/\/\S+|\]\([^)]*\)|\{#[^}]*\}|^[\s-]*[A-Za-z]+:/gm, ' ')
    .toLowerCase();
  return prose.match(/\b[a-z]{2,}\b/g) ?? [];
}

/** Prose from the site's words, with one word in twelve an invented name so the vocabulary grows with N. */
function createWriter(pool: string[], random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const word = () =>
    random() < 1 / 12
      ? Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('')
      : pick(pool);
  const words = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, word);
  const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const sentence = () => `${capitalise(words(8, 20).join(' '))}.`;
  const paragraph = () =>
    `${Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ')}<Cite source="sco-about" />`;
  return { words, capitalise, paragraph };
}

/** One synthetic topic: valid by src/schemas/topic.ts for our site; the same words serve Starlight. */
interface SyntheticTopic {
  slug: string;
  title: string;
  description: string;
  frontmatter: string[];
  body: string;
}

/** N topic pages of about 500 words and four sections each, the same for every run with the same N. */
function generateTopics(contentDir: string, count: number): SyntheticTopic[] {
  const random = seededRandom(count);
  const { words, capitalise, paragraph } = createWriter(readWordPool(contentDir), random);
  return Array.from({ length: count }, (_, index) => {
    const i = index + 1;
    const slug = `synthetic-${String(i).padStart(4, '0')}`;
    let description = capitalise(words(10, 14).join(' '));
    while (description.length < 60) description += ` ${words(1, 1)[0]}`;
    const title = `Synthetic topic ${i}: ${capitalise(words(2, 5).join(' '))}`;
    description = `${description.slice(0, 150).trim()}.`;
    const frontmatter = [
      `title: ${JSON.stringify(title)}`,
      `navLabel: Synthetic ${i}`,
      `description: ${JSON.stringify(description)}`,
      `learn: ${JSON.stringify(description)}`,
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
    return {
      slug,
      title,
      description,
      frontmatter,
      body: `${paragraph()}\n\n${sections.join('\n\n')}\n`,
    };
  });
}

/** Writes the topics into our copy's content/topics/. */
function writeTopics(dir: string, topics: readonly SyntheticTopic[]): void {
  for (const topic of topics) {
    writeFileSync(
      join(dir, 'content/topics', `${topic.slug}.mdx`),
      `---\n${topic.frontmatter.join('\n')}\n---\n\n${topic.body}`,
    );
  }
}

/**
 * Gives a copy a node_modules of its own that links every installed package but not .astro, so its
 * caches (content store, social images) start empty and stay its own; a symlink of the whole folder
 * would share the project's caches and make the first build warm.
 */
function isolateCaches(dir: string, modules: string): void {
  const local = join(dir, 'node_modules');
  rmSync(local, { recursive: true, force: true });
  mkdirSync(local);
  for (const entry of readdirSync(modules)) {
    if (entry !== '.astro') symlinkSync(join(modules, entry), join(local, entry), 'dir');
  }
}

/** Changes one topic's text, as an editor's fix of one paragraph would. */
function editOneTopic(file: string): void {
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nOne sentence added to measure a rebuild.\n`);
}

/**
 * Builds the copy as `npm run build` does, streaming the output (copySite's build buffers it, and
 * thousands of pages print more than spawnSync's buffer holds).
 */
function buildCopy(dir: string): Promise<{ ms: number; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env['BASE_URL'];
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    env,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      if (code === 0) resolve({ ms: performance.now() - started, output });
      else {
        // The whole output is kept: the first error is often far above the end.
        keepLog('failed', output);
        reject(
          new Error(
            `astro build exited ${code} (its whole output: .tmp/bench-scale/failed.log):\n${output.slice(-4000)}`,
          ),
        );
      }
    }),
  );
}

/** Where each build's own output is kept, so that its phases (Astro's timestamps) can be read. */
const LOGS = resolve('.tmp/bench-scale');

/** Keeps a build's output as .tmp/bench-scale/<name>.log. */
function keepLog(name: string, output: string): void {
  mkdirSync(LOGS, { recursive: true });
  writeFileSync(join(LOGS, `${name}.log`), output);
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
  /** gzip -9 bytes per part: runtime (scripts, wasm, entry, meta), index chunks, filters, fragments, search data. */
  parts: Record<Part, number>;
}

const PARTS = ['runtime', 'index', 'filter', 'fragment', 'data'] as const;
type Part = (typeof PARTS)[number];

/**
 * Which part of Pagefind's bundle a file is: /pagefind/index/…, /pagefind/fragment/…, the query
 * layer's search data (/pagefind/search-data.json and its shards), or the runtime.
 */
function partOf(path: string): Part {
  if (path.startsWith('/pagefind/search-data')) return 'data';
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
    const payload: QueryPayload = {
      files: 0,
      raw: 0,
      gzip: 0,
      parts: { runtime: 0, index: 0, filter: 0, fragment: 0, data: 0 },
    };
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

/**
 * A Starlight site, installed once into ~/.cache (never into the project) with the Astro version the
 * project uses; each run copies its few files and links its node_modules.
 */
function prepareStarlight(): string {
  const astro = (
    JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string }
  ).version;
  const home = join(homedir(), '.cache', 'sco-bench-starlight');
  const manifest = {
    name: 'bench-starlight',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': `~${STARLIGHT}.0`, astro },
  };
  const wanted = JSON.stringify(manifest, null, 2);
  if (
    !existsSync(join(home, 'node_modules/@astrojs/starlight')) ||
    readFileSync(join(home, 'package.json'), 'utf8') !== wanted
  ) {
    process.stderr.write(`Installing Starlight ${STARLIGHT} with Astro ${astro} into ${home}…\n`);
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'package.json'), wanted);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: home,
      stdio: 'inherit',
    });
  }
  return home;
}

/**
 * The Starlight site with the same topics (citations left out: Starlight has no <Cite>) and an index
 * page, written into its install folder with its caches and last build cleared: Starlight's .astro
 * components do not build through a symlinked node_modules.
 */
function starlightCopy(home: string, topics: readonly SyntheticTopic[]): string {
  const dir = home;
  for (const stale of ['src', 'dist', 'node_modules/.astro', '.astro'])
    rmSync(join(dir, stale), { recursive: true, force: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://example.org', integrations: [starlight({ title: 'Bench' })] });\n`,
  );
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(
    join(dir, 'src/content/docs/index.mdx'),
    '---\ntitle: Bench\ndescription: Synthetic pages.\n---\n\nSynthetic pages.\n',
  );
  for (const topic of topics) {
    // Plain MDX reads `{#id}` as an expression: Starlight derives heading ids from the text instead.
    const body = topic.body.replace(/<Cite [^>]*\/>/g, '').replace(/ \{#[^}]*\}/g, '');
    writeFileSync(
      join(dir, 'src/content/docs', `${topic.slug}.mdx`),
      `---\ntitle: ${JSON.stringify(topic.title)}\ndescription: ${JSON.stringify(topic.description)}\n---\n\n${body}`,
    );
  }
  return dir;
}

/** gzip -9 bytes of a built page's HTML and the stylesheets it links. */
function pageHtmlCss(dist: string, page: string): number {
  const html = readFileSync(join(dist, page));
  const sheets = [
    ...html.toString().matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  return sheets.reduce(
    (sum, href) => sum + gzipSync(readFileSync(join(dist, href)), { level: 9 }).length,
    gzipSync(html, { level: 9 }).length,
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows: string[] = [];
const partRows: string[] = [];
const compareRows: string[] = [];
const starlightHome = WITH_STARLIGHT ? prepareStarlight() : '';
for (const count of COUNTS) {
  const copy = copySite();
  try {
    isolateCaches(copy.dir, resolve('node_modules'));
    const topics = generateTopics(join(copy.dir, 'content'), count);
    writeTopics(copy.dir, topics);
    process.stderr.write(`N = ${count}: building…\n`);
    const { ms, output } = await buildCopy(copy.dir);
    keepLog(`${count}-cold`, output);
    const pages = Number(/(\d+) page\(s\) built in/.exec(output)?.[1]);
    const indexed = /Pagefind indexed (\d+) pages and (\d+) records in (\d+) ms/.exec(output);
    if (!pages || !indexed)
      throw new Error(
        `Could not find the page count or Pagefind's timing in the build output:\n${output.slice(-2000)}`,
      );
    const pagefindMs = Number(indexed[3]);
    const dist = join(copy.dir, 'dist');
    const index = measureFolder(join(dist, 'pagefind'));
    const site = measureFolder(dist);
    const images = measureFolder(join(dist, 'og'));
    const topicPage = pageHtmlCss(dist, 'rats/index.html');
    process.stderr.write(
      `N = ${count}: built in ${(ms / 1000).toFixed(0)} s; rebuilding with one topic changed…\n`,
    );
    editOneTopic(join(copy.dir, 'content/topics/rats.mdx'));
    const rebuild = await buildCopy(copy.dir);
    keepLog(`${count}-rebuild`, rebuild.output);
    process.stderr.write(
      `N = ${count}: rebuilt in ${(rebuild.ms / 1000).toFixed(0)} s; measuring the first query…\n`,
    );
    const query = await measureFirstQuery(dist);
    rows.push(
      [
        count,
        pages,
        seconds(ms),
        `${(ms / pages).toFixed(0)} ms`,
        seconds(rebuild.ms),
        `${(pagefindMs / 1000).toFixed(1)} s (${((100 * pagefindMs) / ms).toFixed(0)} %)`,
        `${mb(index.bytes)} in ${index.files} files`,
        `${mb(site.bytes)} (${mb(site.bytes - images.bytes)} without og/)`,
        `${query.files} files, ${kb(query.raw)} / ${kb(query.gzip)}`,
      ].join(' | '),
    );
    partRows.push(
      [count, ...PARTS.map((part) => kb(query.parts[part])), kb(topicPage)].join(' | '),
    );
    if (WITH_STARLIGHT) {
      const dir = starlightCopy(starlightHome, topics);
      try {
        process.stderr.write(`N = ${count}: building the Starlight copy…\n`);
        const cold = await buildCopy(dir);
        keepLog(`${count}-starlight-cold`, cold.output);
        editOneTopic(join(dir, 'src/content/docs/synthetic-0001.mdx'));
        const warm = count > 0 ? await buildCopy(dir) : cold;
        keepLog(`${count}-starlight-rebuild`, warm.output);
        const starlightDist = measureFolder(join(dir, 'dist'));
        compareRows.push(
          [
            count,
            `${seconds(ms)} / ${seconds(cold.ms)} = ${(ms / cold.ms).toFixed(2)}×`,
            `${seconds(rebuild.ms)} / ${seconds(warm.ms)} = ${(rebuild.ms / warm.ms).toFixed(2)}×`,
            `${mb(site.bytes - images.bytes)} / ${mb(starlightDist.bytes)} = ${((site.bytes - images.bytes) / starlightDist.bytes).toFixed(2)}×`,
          ].join(' | '),
        );
      } finally {
        for (const built of ['src', 'dist'])
          rmSync(join(dir, built), { recursive: true, force: true });
      }
    }
  } finally {
    if (KEEP) process.stderr.write(`N = ${count}: the copy is kept in ${copy.dir}\n`);
    else copy.remove();
  }
}

console.log(
  `\nScale benchmark: N synthetic topics added to the site; first query "${QUERY}" in Chromium (raw / gzip -9).\n`,
);
console.log(
  '| N | pages built | cold build | per page | rebuild, one topic changed | Pagefind | index on disk | dist/ | first query, /pagefind/ |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row} |`);

console.log(
  '\nThe first query by part of the bundle (gzip -9), and one topic page (/rats/, HTML + CSS, gzip -9):\n',
);
console.log(
  '| N | runtime (scripts, wasm, entry, meta) | index chunks | filters | fragments | search data | /rats/ HTML + CSS |',
);
console.log('|---|---|---|---|---|---|---|');
for (const row of partRows) console.log(`| ${row} |`);

if (WITH_STARLIGHT) {
  console.log(
    `\nBeside Starlight ${STARLIGHT} with the same pages, in the same run (ours / Starlight's):\n`,
  );
  console.log('| N | cold build | rebuild, one page changed | dist/ (ours without og/) |');
  console.log('|---|---|---|---|');
  for (const row of compareRows) console.log(`| ${row} |`);
}
