import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  checkLock,
  findUnlisted,
  formatLock,
  listPublished,
  parseLock,
} from '#lib/content/published-links.ts';
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
      text.replace('/rats/#alimov-on-threats', '/rats/#alimov-threats'),
    );
    site.edit('content/glossary.yaml', (text) =>
      text.replace('section: alimov-on-threats', 'section: alimov-threats'),
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
    expect(problems).toEqual([
      expect.stringMatching(
        /^\/rats\/#alimov-on-threats: \/rats\/ has no element with id "alimov-on-threats"\. Fix: .*alias/,
      ),
      expect.stringMatching(
        /^\/timeline\/#iran-joins-2023: \/timeline\/ has no element with id "iran-joins-2023"/,
      ),
    ]);
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
