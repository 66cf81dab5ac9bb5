import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

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
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  // Astro keeps the content layer's data store in its cache folder (node_modules/.astro/ by default)
  // and bundles the site from that file: copies that share node_modules and build at the same time
  // would read one another's content. Each copy gets a cache of its own.
  const config = join(dir, 'astro.config.mjs');
  const withCache = readFileSync(config, 'utf8').replace('defineConfig({', "defineConfig({\n  cacheDir: './.astro-cache/',");
  if (!withCache.includes('.astro-cache')) throw new Error('copySite: astro.config.mjs has no "defineConfig({" to add a cacheDir to');
  writeFileSync(config, withCache);
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
        env: { ...process.env, NODE_ENV: 'production', BASE_URL: undefined, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    checkContent() {
      // Asynchronous, so that several copies can be checked at once (test.concurrent).
      return new Promise((done, fail) => {
        const child = spawn(process.execPath, [resolve('scripts/check-content.ts')], {
          cwd: dir,
          env: { ...process.env, NODE_ENV: 'production', BASE_URL: undefined, NO_COLOR: '1', FORCE_COLOR: '0' },
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
