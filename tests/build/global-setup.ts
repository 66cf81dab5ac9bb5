import { execFileSync } from 'node:child_process';

/**
 * Builds the site once before the build-output tests, so they always check what the current
 * sources produce. Set SKIP_BUILD=1 to test an existing dist/ (e.g. while iterating on a test).
 */
export default function setup(): void {
  if (process.env['SKIP_BUILD'] === '1') return;
  // Vitest sets NODE_ENV=test, which would make the build a development one (import.meta.env.DEV),
  // and BASE_URL=/, which would override Astro's base in import.meta.env.
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', BASE_URL: undefined },
  });
}
