import { readFileSync } from 'node:fs';
import { ContentError, type ContentProblem } from './content-error.ts';
import { readYaml } from './yaml-source.ts';

/** Where moved pages are declared: old path → new path (a published page must never just vanish). */
export const REDIRECTS_FILE = 'content/redirects.yaml';

const PATH = /^\/([a-z0-9]+(-[a-z0-9]+)*\/)*$/;

const FORMAT = 'write both as site paths with slashes, e.g. "/old-topic/: /new-topic/"';

/** The redirects as written, each with its line, and the problems of their form alone. */
export interface RedirectList {
  redirects: Map<string, string>;
  lines: Map<string, number | undefined>;
  problems: ContentProblem[];
}

/** Reads content/redirects.yaml: a mapping of old site paths to new ones ("/rats-old/: /rats/"). */
export function readRedirects(text: string, file = REDIRECTS_FILE): RedirectList {
  const list: RedirectList = { redirects: new Map(), lines: new Map(), problems: [] };
  const yaml = readYaml(text, file);
  if (yaml.problems.length > 0) return { ...list, problems: yaml.problems };
  const data = yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    list.problems.push({
      file,
      line: yaml.lineOf([]),
      field: '(top level)',
      problem: 'is not a mapping of old paths to new ones',
      fix: FORMAT,
    });
    return list;
  }
  for (const [from, to] of Object.entries(data as Record<string, unknown>)) {
    const line = yaml.lineOf([from]);
    if (!PATH.test(from) || typeof to !== 'string' || !PATH.test(to)) {
      list.problems.push({
        file,
        line,
        field: from,
        problem: `${JSON.stringify(from)} → ${JSON.stringify(to)} is not a redirect between two site paths`,
        fix: FORMAT,
      });
    } else if (from === to) {
      list.problems.push({ file, line, field: from, problem: 'redirects to itself', fix: 'remove the entry' });
    } else {
      list.redirects.set(from, to);
      list.lines.set(from, line);
    }
  }
  return list;
}

/**
 * Checks redirects against the pages the site builds: each old path must be free (a redirect over a
 * live page would hide it) and each new path must be a page, not a missing one and not another
 * redirect (a chain, or a loop).
 */
export function checkRedirects(
  list: Pick<RedirectList, 'redirects' | 'lines'>,
  livePaths: ReadonlySet<string>,
  file = REDIRECTS_FILE,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [from, to] of list.redirects) {
    const line = list.lines.get(from);
    const field = `${from}: ${to}`;
    if (livePaths.has(from)) {
      problems.push({
        file,
        line,
        field,
        problem: `${from} is a page the site still builds; a redirect would hide it`,
        fix: 'remove the redirect, or rename the page it would hide',
      });
      continue;
    }
    if (livePaths.has(to)) continue;
    const seen = [from];
    let next: string | undefined = to;
    while (next !== undefined && list.redirects.has(next) && !seen.includes(next)) {
      seen.push(next);
      next = list.redirects.get(next);
    }
    if (next !== undefined && seen.includes(next)) {
      problems.push({
        file,
        line,
        field,
        problem: `redirects in a loop: ${[...seen, next].join(' → ')}`,
        fix: 'point each old path at the page that exists now',
      });
    } else if (list.redirects.has(to)) {
      problems.push({
        file,
        line,
        field,
        problem: `${to} is itself a redirect (to ${list.redirects.get(to) ?? ''})`,
        fix: `redirect straight to the page: "${from}: ${next ?? ''}"`,
      });
    } else {
      problems.push({
        file,
        line,
        field,
        problem: `${to} is not a page of the site`,
        fix: 'redirect to the page\'s address now, e.g. "/rats/"; topic pages are content/topics/<slug>.mdx',
      });
    }
  }
  return problems;
}

/** Checks the form of the redirects (old → new paths); anything else stops the build, naming the line. */
export function parseRedirects(text: string, file = REDIRECTS_FILE): Record<string, string> {
  const list = readRedirects(text, file);
  if (list.problems.length > 0) throw new ContentError(list.problems);
  return Object.fromEntries(list.redirects);
}

/** Reads content/redirects.yaml for the redirect pages (src/pages/[...moved].astro). */
export function loadRedirects(file = REDIRECTS_FILE): Record<string, string> {
  return parseRedirects(readFileSync(file, 'utf8'), file);
}

/**
 * The id of a topic after following a redirect: data that names a moved topic by its old id
 * (`discussedIn: [{ topic: old-id, … }]`) means the page at its new address, as old links do.
 */
export function resolveTopicId(id: string, redirects: ReadonlyMap<string, string> | Readonly<Record<string, string>>): string {
  const map = redirects instanceof Map ? redirects : new Map(Object.entries(redirects));
  const to = map.get(`/${id}/`);
  const match = to === undefined ? null : /^\/([a-z0-9-]+)\/$/.exec(to);
  return match?.[1] ?? id;
}

/** The old ids of a moved topic: the slugs whose redirect points at its page ("/old/: /rats/" → ["old"]). */
export function oldTopicIds(id: string, redirects: Readonly<Record<string, string>>): string[] {
  return Object.entries(redirects).flatMap(([from, to]) => (to === `/${id}/` && /^\/[a-z0-9-]+\/$/.test(from) ? [from.slice(1, -1)] : []));
}
