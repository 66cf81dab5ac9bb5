/**
 * Adds the built site's new URLs and section ids to the published-link lock
 * (tests/published-links.txt) and never removes any. Run through `npm run links:update`, which
 * builds first; commit the file with the change that published them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { formatLock, listPublished, mergeLock, parseLock } from '#lib/content/published-links.ts';
import { readSiteAnchors } from './lib/site-anchors.ts';

const LOCK = 'tests/published-links.txt';
const { site, sectionIds } = readSiteAnchors('dist');
const locked = existsSync(LOCK) ? parseLock(readFileSync(LOCK, 'utf8')) : [];
const { urls, added } = mergeLock(locked, listPublished(site, sectionIds));
writeFileSync(LOCK, formatLock(urls));
console.log(
  `${LOCK}: ${urls.length} URLs (${added.length} added${added.length > 0 ? `: ${added.slice(0, 10).join(' ')}${added.length > 10 ? ' …' : ''}` : ''})`,
);
