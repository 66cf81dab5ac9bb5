import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string; sub_results: { url: string }[] }> }[] }>;
}

/** One search hit: the page URL and its best section (page URL with #id when a section matched). */
export interface Hit {
  url: string;
  section: string;
}

/**
 * Loads the built Pagefind bundle in Node. Pagefind fetches its index files relative to its own
 * URL; Node's fetch cannot read file: URLs, so fetch is pointed at the files on disk.
 */
export async function loadPagefind(dist = 'dist'): Promise<(query: string) => Promise<Hit[]>> {
  const bundle = pathToFileURL(`${resolve(dist, 'pagefind')}/`);
  globalThis.fetch = (async (input: string | URL) =>
    new Response(await readFile(fileURLToPath(new URL(String(input), bundle))))) as typeof fetch;
  const pagefind = (await import(new URL('pagefind.js', bundle).href)) as PagefindApi;
  await pagefind.options({ basePath: bundle.href });
  // Results come back as "<basePath's parent><page path>"; keep only the page path ("/rats/#functions").
  const siteRoot = fileURLToPath(new URL('..', bundle));
  const strip = (url: string): string => {
    const at = url.indexOf(siteRoot);
    if (at === -1) throw new Error(`Unexpected Pagefind result URL ${url}`);
    return url.slice(at + siteRoot.length - 1);
  };
  return async (query) => {
    const search = await pagefind.search(query);
    const data = await Promise.all(search.results.map((result) => result.data()));
    return data.map((d) => ({ url: strip(d.url), section: strip(d.sub_results[0]?.url ?? d.url) }));
  };
}
