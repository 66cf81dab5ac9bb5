/**
 * `npm test`: every check, by tier, cheapest first, printing where it is.
 *
 *   1. content      check:content (tools/check-content.ts): the build's content checks, no rendering;
 *                   broken content stops here in seconds, with the build's message.
 *   2. build        one build of the site into .tmp/test-dist/ (never dist/, which `npm start` may be
 *                   serving); beside it ESLint, Prettier and the unit tests, one at a time, then astro
 *                   check once the build is done. Each prints one line when it ends, and everything it
 *                   printed if it failed.
 *   3. browser      the build-output and browser tests (Vitest's "build" project) on that build, as
 *                   soon as it is done; the static checks of tier 2 finish beside them.
 *
 * Never two of Astro's content syncs at once: check:content, the build and astro check each write the
 * project's .astro/ folder (content-assets.mjs through the same temporary file), and two of them at
 * once can fail one with "ENOENT: rename .astro/content-assets.mjs.tmp" (a CI run on a new machine
 * did). So the build starts after tier 1, and astro check runs after the build without a sync of its
 * own (`--noSync`: the build's sync has written the types it reads).
 *
 * A failure in tier 1 stops the run; otherwise every tier whose input exists runs, so one run reports
 * every failure. Exits 1 if anything failed. Jobs run `node` on each tool's own script, so that they
 * use this Node and no shell.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DIST } from './lib/dist.ts';

interface Job {
  name: string;
  args: string[];
  env?: Record<string, string | undefined>;
  /** Print the job's output as it comes (otherwise it is kept, and printed only if the job fails). */
  stream?: boolean;
  /** Starts only once this has settled (in a pool, the worker waits for it). */
  after?: Promise<unknown>;
}

interface Result {
  job: Job;
  ok: boolean;
  seconds: number;
  output: string;
}

const started = performance.now();
const since = (t: number): string => `${((performance.now() - t) / 1000).toFixed(1)} s`;
const cores = availableParallelism();
// Vitest sets NODE_ENV=test, under which `astro build` would make a development build.
const BUILD_ENV = { NODE_ENV: 'production', BASE_URL: undefined };

function run(job: Job): Promise<Result> {
  const t = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, job.args, {
      env: { ...process.env, ...job.env },
      stdio: job.stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) =>
      done({ job, ok: false, seconds: (performance.now() - t) / 1000, output: String(error) }),
    );
    child.on('close', (status) =>
      done({ job, ok: status === 0, seconds: (performance.now() - t) / 1000, output }),
    );
  });
}

function line(result: Result): void {
  console.log(`      ${result.ok ? '✓' : '✗'} ${result.job.name} (${result.seconds.toFixed(1)} s)`);
  if (!result.ok && !result.job.stream) console.log(`\n${result.output.trimEnd()}\n`);
}

/** Runs jobs at most `limit` at a time, in the order given, printing each as it ends. */
async function pool(jobs: Job[], limit: number): Promise<Result[]> {
  const results: Result[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++];
      if (!job) return;
      await job.after;
      const result = await run(job);
      line(result);
      results.push(result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

const failed: string[] = [];
const tier = (n: number, what: string): void =>
  console.log(`\n[${n}/3] ${what}  (${since(started)} in)`);

console.log(`npm test: 3 tiers, up to ${cores} jobs at a time (Node ${process.version})`);

tier(1, 'content: every content check, without rendering');
const content = await run({ name: 'check:content', args: ['tools/check-content.ts'] });
line(content);
if (!content.ok) {
  console.log(
    '\nnpm test: stopped at tier 1: fix the content problems above (then `npm run check:content`), and run it again.',
  );
  process.exit(1);
}

tier(2, `the site build into ${DIST}/, and beside it the static checks and unit tests`);
const building = run({
  name: `site build → ${DIST}/`,
  args: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', DIST],
  env: BUILD_ENV,
});
// Tier 3 starts as soon as the build is done: the static checks run on beside the browser tests.
const checking = pool(
  [
    { name: 'unit tests', args: ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit'] },
    { name: 'ESLint', args: ['node_modules/eslint/bin/eslint.js', '.'] },
    { name: 'Prettier check', args: ['node_modules/prettier/bin/prettier.cjs', '--check', '.'] },
    {
      name: 'astro check (TypeScript and Astro)',
      args: ['node_modules/astro/bin/astro.mjs', 'check', '--noSync'],
      after: building,
    },
  ],
  Math.max(1, cores - 1),
);
const build = await building;
line(build);
if (!build.ok) failed.push(build.job.name);

tier(3, 'build-output and browser tests (the static checks of tier 2 finish beside them)');
if (build.ok) {
  const buildTests = await run({
    name: 'build-output and browser tests',
    args: ['node_modules/vitest/vitest.mjs', 'run', '--project', 'build'],
    env: { SKIP_BUILD: '1' },
    stream: true,
  });
  line(buildTests);
  if (!buildTests.ok) failed.push(buildTests.job.name);
} else {
  console.log('      – skipped: the site did not build (its output is above)');
}
for (const result of await checking) if (!result.ok) failed.push(result.job.name);

console.log(
  failed.length === 0
    ? `\nnpm test: all passed in ${since(started)}`
    : `\nnpm test: failed in ${since(started)}: ${failed.join(', ')}`,
);
process.exit(failed.length === 0 ? 0 : 1);
