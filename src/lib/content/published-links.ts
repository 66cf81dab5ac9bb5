/**
 * The published-link lock: a committed list of every URL and URL#id the site has published. Links
 * from other sites must keep working, so a build whose pages no longer answer one of them fails,
 * unless an anchor alias (an old id kept on the page, declared in the content) or a redirect (a
 * moved page, content/redirects.yaml) carries it to its new home. New URLs and ids are added by
 * `npm run links:update`; nothing is ever removed.
 */

/** What the built site offers: each page's anchor ids (aliases included), and each redirect. */
export interface SiteAnchors {
  /** Page path ("/rats/") → the ids a link may target on it. */
  pages: ReadonlyMap<string, ReadonlySet<string>>;
  /** Old page path → new page path. */
  redirects: ReadonlyMap<string, string>;
}

/** One line per URL: "/rats/" or "/rats/#functions". Comments start with "#" at column 0. */
export function parseLock(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The lock file's text: a header that says what it is, then the URLs sorted. */
export function formatLock(urls: readonly string[]): string {
  const header = [
    '# Published links: every URL and URL#id this site has published. Other sites link to them, so',
    '# tests/build/published-links.test.ts fails when one stops resolving. Rename a section? Keep its old',
    '# id as an alias (see content/README.md). Move a page? Add a redirect (content/redirects.yaml).',
    '# Added to by `npm run links:update`; never remove a line.',
  ];
  return `${[...header, ...[...new Set(urls)].sort()].join('\n')}\n`;
}

/** Every URL and URL#id the site publishes now: each page, and each linkable section on it. */
export function listPublished(
  site: { pages: ReadonlyMap<string, ReadonlySet<string>> },
  sectionIds: ReadonlyMap<string, readonly string[]>,
): string[] {
  const urls: string[] = [];
  for (const path of site.pages.keys()) {
    urls.push(path);
    for (const id of sectionIds.get(path) ?? []) urls.push(`${path}#${id}`);
  }
  return [...new Set(urls)].sort();
}

/** The lock with the current URLs added; what was there stays, even if the site no longer has it. */
export function mergeLock(locked: readonly string[], current: readonly string[]): { urls: string[]; added: string[] } {
  const known = new Set(locked);
  const added = current.filter((url) => !known.has(url));
  return { urls: [...new Set([...locked, ...current])].sort(), added: [...new Set(added)].sort() };
}

/**
 * The URLs the site publishes now that the lock does not list. A moved page's URLs count as listed
 * when the lock has them under the old address (the redirect carries "/old/#id" to "/new/#id"), and a
 * renamed id counts as listed when the lock has its old id, which the page keeps as an alias
 * (`aliases`: page path → old id → the id it now stands for). Moving a page needs no edit of the lock.
 */
export function findUnlisted(
  current: readonly string[],
  locked: readonly string[],
  redirects: ReadonlyMap<string, string>,
  aliases: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(),
): string[] {
  const listed = new Set(locked);
  for (const url of locked) {
    const hash = url.indexOf('#');
    const path = follow(hash === -1 ? url : url.slice(0, hash), redirects);
    const id = hash === -1 ? undefined : url.slice(hash + 1);
    if (id === undefined) {
      listed.add(path);
      continue;
    }
    listed.add(`${path}#${id}`);
    const now = aliases.get(path)?.get(id);
    if (now !== undefined) listed.add(`${path}#${now}`);
  }
  return current.filter((url) => !listed.has(url));
}

/** Follows redirects from a path (at most 10, against loops) and returns where it ends. */
function follow(path: string, redirects: ReadonlyMap<string, string>): string {
  let current = path;
  for (let hops = 0; hops < 10; hops += 1) {
    const next = redirects.get(current);
    if (next === undefined) return current;
    current = next;
  }
  throw new Error(`published links: redirects from ${path} loop`);
}

/**
 * Checks every locked URL against the built site and returns one problem per URL that no longer
 * resolves, saying what to do.
 */
export function checkLock(locked: readonly string[], site: SiteAnchors): string[] {
  const problems: string[] = [];
  for (const url of locked) {
    const hash = url.indexOf('#');
    const path = hash === -1 ? url : url.slice(0, hash);
    const id = hash === -1 ? undefined : url.slice(hash + 1);
    const landing = follow(path, site.redirects);
    const ids = site.pages.get(landing);
    if (!ids) {
      problems.push(`${url}: the page ${path} is gone. Fix: restore it, or redirect it to its new home in content/redirects.yaml`);
    } else if (id !== undefined && !ids.has(id)) {
      problems.push(
        `${url}: ${landing} has no element with id "${id}". Fix: restore the id, or declare it as an alias of the section's new id (content/README.md, "Renaming a section")`,
      );
    }
  }
  return problems;
}

/**
 * Frontmatter aliases ({ from: old, to: new }) grouped by the section they point to. Missing
 * aliases count as none: Astro's content cache can hand back entries parsed before the field existed.
 */
export function aliasesBySection(aliases: readonly { from: string; to: string }[] = []): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { from, to } of aliases) map.set(to, [...(map.get(to) ?? []), from]);
  return map;
}
