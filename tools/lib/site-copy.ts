import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SOCIAL_IMAGE_CACHE_DIR } from '#lib/meta/social-image-cache.ts';

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];
/** Cache folders in node_modules that each copy keeps for itself. */
const CACHES = ['.vite', '.astro', '.cache'];

/** A throwaway copy of the site (sharing node_modules) for builds that are meant to go wrong. */
export interface SiteCopy {
  dir: string;
  /** Rewrites a file of the copy. */
  edit(file: string, change: (text: string) => string): void;
  /** Runs `astro build` in the copy (with extra environment, e.g. BASE_PATH) and returns its exit code and all it printed. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  /** Runs `npm run check:content`'s script in the copy (no rendering) and returns its exit code and all it printed. */
  checkContent(): Promise<{ status: number | null; output: string }>;
  remove(): void;
}

export function copySite(): SiteCopy {
  const dir = mkdtempSync(join(tmpdir(), 'sco-site-'));
  for (const name of COPIED) cpSync(name, join(dir, name), { recursive: true });
  // node_modules is a folder of links to the installed packages, not one link to the folder: Vite and
  // Astro keep caches in node_modules/.vite and node_modules/.astro, which copies that check or build
  // at the same time must not share.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync('node_modules')) {
    if (CACHES.includes(entry)) continue;
    symlinkSync(resolve('node_modules', entry), join(dir, 'node_modules', entry), 'dir');
  }
  // The social images drawn so far, copied (not linked, so the copy's build writes only its own): each
  // is keyed by everything it is drawn from (src/lib/meta/social-image-cache.ts), so a copy redraws only the
  // cards its edits change, as a rebuild of the site would, instead of all of them (about 20 s of CPU).
  if (existsSync(SOCIAL_IMAGE_CACHE_DIR))
    cpSync(SOCIAL_IMAGE_CACHE_DIR, join(dir, SOCIAL_IMAGE_CACHE_DIR), { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`copySite.edit: the change to ${file} changed nothing`);
      writeFileSync(path, after);
    },
    build(env = {}) {
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        // Vitest sets NODE_ENV=test; a build under it would be a development build.
        // and BASE_URL=/, which would override Astro's base in import.meta.env.
        env: {
          ...process.env,
          NODE_ENV: 'production',
          BASE_URL: undefined,
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          ...env,
        },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    checkContent() {
      // Asynchronous, so that several copies can be checked at once (test.concurrent).
      return new Promise((done, fail) => {
        const child = spawn(process.execPath, [resolve('tools/check-content.ts')], {
          cwd: dir,
          env: {
            ...process.env,
            NODE_ENV: 'production',
            BASE_URL: undefined,
            NO_COLOR: '1',
            FORCE_COLOR: '0',
          },
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('error', fail);
        child.on('close', (status) => done({ status, output }));
      });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
