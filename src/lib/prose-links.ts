import type { ContentProblem } from './content-error';
import type { ContentSnapshot, ProseEntry } from './validate-content';

/** A link in a page's prose, as written: `[text](url)`. */
export interface ProseLink {
  url: string;
  text: string;
}

/** What a link may land on: a page, and the ids on it (undefined when its template makes them). */
interface Target {
  ids?: ReadonlySet<string>;
  /** Where an editor finds the ids, for the fix. */
  idsIn?: string;
}

/** Prose pages that are not served at /<id>/ (the home page's overview is part of /). */
const PAGE_PATHS: Readonly<Record<string, string>> = { home: '/' };

/** Every page a prose link may point to, with its ids, from the content alone. */
export function linkTargets(snapshot: ContentSnapshot): Map<string, Target> {
  const targets = new Map<string, Target>();
  const prose = (entry: ProseEntry): Target => ({
    ids: new Set([...entry.sectionIds, ...(entry.aliases ?? []).map((alias) => alias.from)]),
    idsIn: `${entry.file} (the {#id} after each heading)`,
  });
  // Pages whose ids come from their templates: a link may land on the page; its #id is checked on
  // the built page by tests/build/links.test.ts.
  for (const path of ['/', '/sources/', '/search/']) targets.set(path, {});
  for (const topic of snapshot.topics) targets.set(`/${topic.id}/`, prose(topic));
  for (const page of snapshot.pages) {
    const path = PAGE_PATHS[page.id] ?? `/${page.id}/`;
    if (!targets.has(path)) targets.set(path, prose(page));
  }
  const list = (entries: ContentSnapshot['glossary'], file: string): Target => ({
    ids: new Set(entries.flatMap((entry) => [entry.id, ...(entry.aliases ?? [])])),
    idsIn: `${file} (each item's id)`,
  });
  targets.set('/glossary/', list(snapshot.glossary, 'content/glossary.yaml'));
  targets.set('/timeline/', list(snapshot.timeline, 'content/timeline.yaml'));
  for (const [id, source] of snapshot.sources) {
    const count = source.paragraphs?.length ?? 0;
    targets.set(`/sources/${id}/`, {
      ids: new Set(Array.from({ length: count }, (_, i) => `p${i + 1}`)),
      idsIn:
        count > 0
          ? `content/sources/${id}.yaml (paragraphs p1–p${count})`
          : `content/sources/${id}.yaml (a reference source has no paragraph ids)`,
    });
  }
  return targets;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Checks every link in the prose against the site: a site path must name a page the content makes
 * (with its trailing slash), and a #fragment an id on that page. External links are left alone.
 */
export function checkProseLinks(snapshot: ContentSnapshot): ContentProblem[] {
  const targets = linkTargets(snapshot);
  const problems: ContentProblem[] = [];
  for (const entry of [...snapshot.topics, ...snapshot.pages]) {
    const own = PAGE_PATHS[entry.id] ?? `/${entry.id}/`;
    for (const { url, text } of entry.links ?? []) {
      if (EXTERNAL.test(url) || url.startsWith('//')) continue;
      const field = `link [${text}](${url})`;
      const fail = (problem: string, fix: string): void => void problems.push({ file: entry.file, field, problem, fix });
      if (!url.startsWith('/') && !url.startsWith('#')) {
        fail('is a relative link', 'write the site path from the root, e.g. /glossary/#rats');
        continue;
      }
      const hash = url.indexOf('#');
      const path = url.startsWith('#') ? own : hash === -1 ? url : url.slice(0, hash);
      const id = hash === -1 ? '' : decodeURIComponent(url.slice(hash + 1));
      const target = targets.get(path);
      if (!target) {
        const slashed = path.endsWith('/') ? undefined : targets.get(`${path}/`);
        if (slashed) fail(`has no trailing slash`, `write ${path}/${hash === -1 ? '' : url.slice(hash)}`);
        else
          fail(
            `points to ${path}, which is no page of the site`,
            `link to one of: ${[...targets.keys()].sort().join(', ')} (a moved page's new path: see content/redirects.yaml)`,
          );
        continue;
      }
      if (id !== '' && target.ids && !target.ids.has(id)) {
        fail(`points to the id "${id}", which ${path} does not have`, `use an id listed in ${target.idsIn ?? path}`);
      }
    }
  }
  return problems;
}
