import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  checkLock,
  findUnlisted,
  formatLock,
  listPublished,
  parseLock,
} from '#lib/content/published-links.ts';
import { TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';
import { editionPaths } from '#lib/meta/site-pages.ts';
import { readSiteAnchors } from '../../tools/lib/site-anchors';
import { copySite, type SiteCopy } from '../../tools/lib/site-copy';

const LOCK_FILE = 'tests/published-links.txt';
const lockText = readFileSync(LOCK_FILE, 'utf8');
const locked = parseLock(lockText);

describe('the published-link lock', () => {
  const { site, sectionIds, aliases } = readSiteAnchors();

  test('lists every page and section the site publishes', () => {
    expect(locked.length).toBeGreaterThan(150);
    const missing = findUnlisted(listPublished(site, sectionIds), locked, site.redirects, aliases);
    expect(missing, `run "npm run links:update" and commit ${LOCK_FILE}`).toEqual([]);
  });

  test('every locked URL and URL#id still resolves (or is carried by an alias or a redirect)', () => {
    expect(checkLock(locked, site)).toEqual([]);
  });

  test('is sorted, without repeats, in the format links:update writes', () => {
    expect(lockText).toBe(formatLock(locked));
  });
});

// End to end: a copy of the site with a section and a timeline event renamed (and the site's own
// links to them updated, as an editor would): without aliases the lock fails, with them it passes.
describe('renaming', () => {
  let copy: SiteCopy | undefined;
  afterAll(() => copy?.remove());

  const rename = (site: SiteCopy, withAliases: boolean): void => {
    site.edit('content/topics/rats.mdx', (text) =>
      text
        .replace('{#alimov-on-threats}', '{#alimov-threats}')
        .replace(
          /^lastReviewed: (.*)$/m,
          withAliases
            ? 'lastReviewed: $1\naliases: [{ from: alimov-on-threats, to: alimov-threats }]'
            : 'lastReviewed: $1',
        ),
    );
    site.edit('content/topics/2017-enlargement.mdx', (text) =>
      text.replaceAll('/rats/#alimov-on-threats', '/rats/#alimov-threats'),
    );
    // Every edition keeps the English page's section and event ids: its translations are renamed too
    // (the aliases stay in the English frontmatter and data, which the editions follow).
    for (const locale of TRANSLATED_LOCALES) {
      const own = (file: string) => existsSync(join(site.dir, 'content', locale, file));
      if (own('topics/rats.mdx'))
        site.edit(`content/${locale}/topics/rats.mdx`, (text) =>
          text.replace('{#alimov-on-threats}', '{#alimov-threats}'),
        );
      if (own('topics/2017-enlargement.mdx'))
        site.edit(`content/${locale}/topics/2017-enlargement.mdx`, (text) =>
          text.replaceAll('/rats/#alimov-on-threats', '/rats/#alimov-threats'),
        );
      if (own('timeline.yaml'))
        site.edit(`content/${locale}/timeline.yaml`, (text) =>
          text.replace('- id: iran-joins-2023\n', '- id: iran-joins\n'),
        );
    }
    // Every term that names the section (the Secretariat's, the Secretary-General's).
    site.edit('content/glossary.yaml', (text) =>
      text.replaceAll('section: alimov-on-threats', 'section: alimov-threats'),
    );
    site.edit('content/timeline.yaml', (text) =>
      text.replace(
        '- id: iran-joins-2023\n',
        withAliases ? '- id: iran-joins\n  aliases: [iran-joins-2023]\n' : '- id: iran-joins\n',
      ),
    );
  };

  test('without an alias, the renamed section and event fail the lock, naming each URL', () => {
    copy = copySite();
    rename(copy, false);
    const { status, output } = copy.build();
    expect(status, output).toBe(0);
    const problems = checkLock(locked, readSiteAnchors(join(copy.dir, 'dist')).site);
    // In every edition that the lock lists, each at its own address.
    const broken = (path: string, id: string) =>
      editionPaths(path)
        .filter((url) => locked.includes(`${url}#${id}`))
        .map((url) =>
          expect.stringMatching(
            new RegExp(`^${url}#${id}: ${url} has no element with id "${id}"\\. Fix: .*alias`),
          ),
        );
    const expected = [
      ...broken('/rats/', 'alimov-on-threats'),
      ...broken('/timeline/', 'iran-joins-2023'),
    ];
    expect(problems).toHaveLength(expected.length);
    expect(problems).toEqual(expect.arrayContaining(expected));
    copy.remove();
    copy = undefined;
  });

  test('with aliases declared in the content, every locked URL resolves again', () => {
    copy = copySite();
    rename(copy, true);
    const { status, output } = copy.build();
    expect(status, output).toBe(0);
    expect(checkLock(locked, readSiteAnchors(join(copy.dir, 'dist')).site)).toEqual([]);
  });
});
