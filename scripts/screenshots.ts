/**
 * Takes screenshots of every page of the built site at 320 px and 1280 px, light and dark, into
 * .tmp/screenshots/ for a reviewer to look at. Usage: npm run build && node scripts/screenshots.ts [--top] [path…]
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/support/chromium.ts';
import { CONTRACT_PATHS } from '../tests/support/site-paths.ts';
import { serveDist } from '../tests/support/static-server.ts';

// --top: only the first screenful of each page, for a quick look.
const top = process.argv.includes('--top');
const args = process.argv.slice(2).filter((arg) => arg !== '--top');
const PAGES = args.length > 0 ? args : [...CONTRACT_PATHS, '/sources/alimov-2017/', '/sources/sco-about/', '/search/?q=RATS', '/missing/'];
const out = '.tmp/screenshots';
mkdirSync(out, { recursive: true });
const server = await serveDist('dist');
const context = await launchChromium();
try {
  for (const width of [320, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of PAGES) {
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
        await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: !top });
      }
      await page.close();
    }
  }
} finally {
  await context.close();
  await server.close();
}
console.log(`Screenshots in ${out}/`);
