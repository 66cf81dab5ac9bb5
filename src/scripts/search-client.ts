/**
 * Loads Pagefind's JS API from the built bundle, once, when search is first opened, and runs
 * queries with the site's options. Nothing here runs on a page until search is used.
 */
import { base } from 'astro:config/client';
import { withBase } from '../lib/paths';
import { PAGEFIND_OPTIONS, type SearchKind } from '../lib/search';

/** A section of a result page (Pagefind's sub-result). */
export interface SearchSection {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}

/** One result, with its data loaded. */
export interface SearchResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { kind?: string[] };
  sub_results: SearchSection[];
}

/** A finished search: the first results' data and the counts per kind for the whole query. */
export interface SearchOutcome {
  total: number;
  unfiltered: number;
  kindCounts: Record<string, number>;
  results: SearchResultData[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options: { filters?: Record<string, string> },
  ): Promise<{
    results: { data(): Promise<SearchResultData> }[];
    unfilteredResultCount: number;
    totalFilters: { kind?: Record<string, number> };
  } | null>;
}

/** Why search cannot run: the index is missing (dev without a build) or failed to load. */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError';
}

/** How many results are loaded and shown. */
export const RESULT_LIMIT = 10;

let loading: Promise<PagefindApi> | undefined;

/** Imports /pagefind/pagefind.js (under the site's base path) once and applies the site's options. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const bundle = withBase('/pagefind/pagefind.js', base);
    let api: PagefindApi;
    try {
      api = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
    } catch (error) {
      loading = undefined;
      throw new SearchUnavailableError(
        import.meta.env.DEV
          ? 'Search has no index yet. In "npm run dev" search uses the last build\'s index: run "npm run build" once, then reload this page.'
          : 'The search index could not be loaded. Check your connection and reload the page, or browse the glossary A–Z.',
        { cause: error },
      );
    }
    await api.options({ ...PAGEFIND_OPTIONS });
    void api.init();
    return api;
  })();
  return loading;
}

/**
 * Runs a query with Pagefind's own debounce. Resolves to undefined when a later keystroke has
 * superseded this query, so callers render only the latest.
 */
export async function runSearch(query: string, kind?: SearchKind): Promise<SearchOutcome | undefined> {
  const api = await loadPagefind();
  const search = await api.debouncedSearch(query, kind ? { filters: { kind } } : {});
  if (search === null) return undefined;
  const results = await Promise.all(search.results.slice(0, RESULT_LIMIT).map((result) => result.data()));
  return {
    total: search.results.length,
    unfiltered: search.unfilteredResultCount,
    kindCounts: search.totalFilters.kind ?? {},
    results,
  };
}
