/**
 * Takes screenshots of every page of the built site at 320, 390, 768 and 1280 px, light and dark, and
 * in print emulation at 768 px, into .tmp/screenshots/ for a reviewer to look at.
 * Usage: npm run build && node tools/screenshots.ts [--top] [--widths=390,1280] [--no-print] [path…]
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { CONTRACT_PATHS } from './lib/site-paths.ts';
import { serveDist } from './lib/static-server.ts';

// --top: only the first screenful of each page, for a quick look.
const top = process.argv.includes('--top');
const print = !process.argv.includes('--no-print');
const widthsArg = process.argv.find((arg) => arg.startsWith('--widths='));
const WIDTHS = widthsArg
  ? widthsArg.slice('--widths='.length).split(',').map(Number)
  : [320, 390, 768, 1280];
const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const PAGES =
  args.length > 0
    ? args
    : [
        ...CONTRACT_PATHS,
        '/sources/alimov-2017/',
        '/sources/sco-about/',
        '/search/?q=RATS',
        '/missing/',
      ];
const out = '.tmp/screenshots';
mkdirSync(out, { recursive: true });
const server = await serveDist('dist');
const context = await launchChromium();
/**
 * Opens a page as a reader would see it: in a full-page screenshot, lazy images (the member map) below
 * the first screen would stay blank, so the page is scrolled through to its end first and back to the top.
 */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  if (top) return;
  // A screen at a time: a lazy image loads only when it comes near the screen.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await page.evaluate(() => window.scrollTo(0, 0));
}
const fileName = (path: string): string =>
  path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
try {
  for (const width of WIDTHS) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of PAGES) {
        await open(page, path);
        await page.screenshot({
          path: `${out}/${fileName(path)}-${width}-${scheme}.png`,
          fullPage: !top,
        });
      }
      await page.close();
    }
  }
  if (print) {
    // Print emulation at about an A4 page's width of text: what a reader gets on paper.
    const page = await context.newPage();
    await page.setViewportSize({ width: 768, height: 1000 });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    for (const path of PAGES) {
      await open(page, path);
      await page.screenshot({ path: `${out}/${fileName(path)}-print.png`, fullPage: !top });
    }
    await page.close();
  }
} finally {
  await context.close();
  await server.close();
}
console.log(`Screenshots in ${out}/`);
