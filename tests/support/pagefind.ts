import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS, rankSections, type SectionHit } from '../../src/lib/search.ts';

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{
    results: {
      data(): Promise<{ url: string; content: string; meta: { title?: string }; filters: { kind?: string[] }; sub_results: SectionHit[] }>;
    }[];
    totalFilters: { kind?: Record<string, number> };
  }>;
}

/** One search hit, as the results list shows it. */
export interface Hit {
  /** Site path of the page or record ("/rats/", "/glossary/#rats"). */
  url: string;
  /** Its sections, best first, as the results list ranks them ("/rats/#functions"). */
  sections: string[];
  /** Where the hit lands: the best section, or the page or record itself. */
  section: string;
  title: string;
  kind: string | undefined;
  /** The words indexed for the page or record, as plain text. */
  content: string;
}

/**
 * Loads the built Pagefind bundle in Node. Pagefind fetches its index files relative to its own
 * URL; Node's fetch cannot read file: URLs, so fetch is pointed at the files on disk.
 */
export async function loadPagefind(dist: string): Promise<(query: string, kind?: string) => Promise<Hit[]>> {
  const bundle = pathToFileURL(`${resolve(dist, 'pagefind')}/`);
  globalThis.fetch = (async (input: string | URL) =>
    new Response(await readFile(fileURLToPath(new URL(String(input), bundle))))) as typeof fetch;
  const pagefind = (await import(new URL('pagefind.js', bundle).href)) as PagefindApi;
  // The browser's options (ranking, highlight parameter), so that tests rank as readers see.
  await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: bundle.href });
  // Results come back as "<basePath's parent><page path>"; keep only the page path ("/rats/#functions").
  const siteRoot = fileURLToPath(new URL('..', bundle));
  const strip = (url: string): string => {
    const at = url.indexOf(siteRoot);
    if (at === -1) throw new Error(`Unexpected Pagefind result URL ${url}`);
    return url.slice(at + siteRoot.length - 1);
  };
  // The highlight parameter is the browser's business; compare bare paths.
  const bare = (url: string): string => strip(url).replace(/\?[^#]*/, '');
  return async (query, kind) => {
    const search = await pagefind.search(query, kind ? { filters: { kind } } : {});
    const data = await Promise.all(search.results.map((result) => result.data()));
    return data.map((d) => {
      const sections = rankSections(d.url, d.sub_results).map((sub) => bare(sub.url));
      return {
        url: bare(d.url),
        sections,
        section: sections[0] ?? bare(d.url),
        title: d.meta.title ?? '',
        kind: d.filters.kind?.[0],
        content: d.content,
      };
    });
  };
}
