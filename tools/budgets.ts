/**
 * Prints each built page's byte budget figures (gzip -9 per file): HTML, CSS, HTML + CSS (the first
 * round trip; budget 14 KB on topic pages), script at start (2 KB) and everything fetched on load
 * (20 KB). Usage: npm run build && npm run budgets
 */
import { measurePage } from './lib/budgets.ts';
import { DIST, readPages } from './lib/dist.ts';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log('| page | HTML | CSS | HTML + CSS | script at start | on load |');
console.log('|---|---|---|---|---|---|');
for (const page of readPages(DIST).filter((p) => p.path !== '/404.html')) {
  const cost = measurePage(page, DIST);
  console.log(
    `| ${page.path} | ${kb(cost.html)} | ${kb(cost.css)} | ${kb(cost.html + cost.css)} | ${kb(cost.startScript)} | ${kb(cost.onLoad)} |`,
  );
}
console.log('\nKB = 1,024 bytes, gzip -9 per file.');
