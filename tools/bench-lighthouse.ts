/**
 * Lighthouse benchmark (prints figures; not a test). Serves a built site on localhost and runs
 * Lighthouse's default (mobile) configuration, with simulated throttling, on every page of the
 * sitemap in the Chromium the tests use. Prints the four category scores and LCP, TBT and CLS per
 * page, then the lowest score per category. Exits non-zero when accessibility, best practices or
 * SEO is below 100 on any page (issue 5 requires 100 for those three); performance is reported only,
 * because it depends on the machine.
 * Usage: npm run build && npm run bench:lighthouse [-- dist-dir]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from './lib/chromium.ts';
import { readSitemapPaths } from './lib/dist.ts';
import { serveDist } from './lib/static-server.ts';

const DIST = process.argv[2] ?? 'dist';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Categories that must score 100 on every page. */
const REQUIRED = new Set<string>(['accessibility', 'best-practices', 'seo']);

/**
 * Starts headless Chromium with a DevTools port for Lighthouse to connect to, with the flags of
 * tests/support/chromium.ts. Lighthouse drives the browser over CDP itself, so Playwright's
 * launcher (which talks over a pipe) does not serve here. The resolver rule leaves Chromium unable
 * to reach anything but localhost, so no run can touch the internet.
 */
async function launchDebuggableChromium(): Promise<{ port: number; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sco-lighthouse-'));
  const child = spawn(
    findChromium(),
    [
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      ...CHROMIUM_FLAGS,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Chromium writes to its profile while it shuts down, so the folder goes only once it has exited.
  const close = async () => {
    child.kill();
    await exited;
    rmSync(userDataDir, { recursive: true, force: true });
  };
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) =>
      reject(new Error(`Chromium exited (${code}) before opening its DevTools port:\n${stderr}`)),
    );
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { port, close };
}

interface PageResult {
  path: string;
  scores: Record<string, number>;
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits that cost a required category points, e.g. "seo: canonical". */
  failures: string[];
}

const paths = readSitemapPaths(DIST);
const server = await serveDist(DIST);
const chromium = await launchDebuggableChromium();
const results: PageResult[] = [];
const started = performance.now();
try {
  for (const path of paths) {
    const url = `${server.url}${path}`;
    const result = await lighthouse(url, {
      port: chromium.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError)
      throw new Error(
        `Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
      );
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    );
    const failures = CATEGORIES.filter((id) => REQUIRED.has(id)).flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id} (${lhr.audits[ref.id]?.title})`),
    );
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    results.push({
      path,
      scores,
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      failures,
    });
    process.stderr.write(`${path} done\n`);
  }
} finally {
  await chromium.close();
  await server.close();
}

const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `\nLighthouse (default mobile config, simulated throttling), ${results.length} pages, ${seconds} s\n`,
);
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const s = CATEGORIES.map((id) => r.scores[id]).join(' | ');
  console.log(
    `| ${r.path} | ${s} | ${(r.lcp / 1000).toFixed(1)} s | ${r.tbt.toFixed(0)} ms | ${r.cls.toFixed(3)} |`,
  );
}
console.log('\n| category | min | max |\n|---|---|---|');
for (const id of CATEGORIES) {
  const values = results.map((r) => r.scores[id]!);
  console.log(`| ${id} | ${Math.min(...values)} | ${Math.max(...values)} |`);
}
const failing = results.filter((r) => [...REQUIRED].some((id) => r.scores[id]! < 100));
for (const r of failing)
  console.error(`\n${r.path} is below 100 on:\n  ${r.failures.join('\n  ')}`);
if (failing.length > 0) {
  console.error(
    `\n${failing.length} page(s) score below 100 on accessibility, best practices or SEO.`,
  );
  process.exitCode = 1;
}
