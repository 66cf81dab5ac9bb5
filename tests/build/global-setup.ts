import { execFileSync } from 'node:child_process';
import { DIST } from '../../tools/lib/dist.ts';

/**
 * Builds the site once before the build-output and browser tests, so they always check what the
 * current sources produce. The build goes to DIST (.tmp/test-dist/), never to the dist/ that
 * `npm start` may be serving. Set SKIP_BUILD=1 to test an existing build (e.g. while iterating on
 * a test; tools/test.ts sets it after building).
 */
export default function setup(): void {
  if (process.env['SKIP_BUILD'] === '1') return;
  // Vitest sets NODE_ENV=test, which would make the build a development one (import.meta.env.DEV),
  // and BASE_URL=/, which would override Astro's base in import.meta.env.
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', DIST], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', BASE_URL: undefined },
  });
}
