/**
 * Loads Pagefind's JS API and the search data from the built bundle when search is first used,
 * and runs queries through the query layer (src/lib/search/search-run.ts) that the Node tools use too.
 * Nothing here runs on a page until search is used. A load that fails or takes longer than
 * LOAD_TIMEOUT_MS rejects, and the next call tries again.
 */
import { base } from 'astro:config/client';
import { withBase } from '#lib/meta/paths.ts';
import { PAGEFIND_OPTIONS } from '#lib/search/config.ts';
import { type HeadingAnchor, type LandingHints } from '#lib/search/landing.ts';
import {
  runSearchQuery,
  type PagefindSearch,
  type RankedHit,
  type RunOptions,
  type SearchRun,
} from '#lib/search/search-run.ts';
import { SOURCE_LOCALE } from '#lib/i18n/locales.ts';
import type { EditionRules } from '#lib/search/edition-rules.ts';
import { pagefindPathOf, searchDataPathOf } from '#lib/search/search-paths.ts';
import { decodeSearchIndex, shardPath, ShardedSearchData } from '#lib/search/search-shards.ts';
import { RESULTS_PAGE_SIZE } from '#lib/search/summaries.ts';
import { searchLocale, searchStrings } from './search-edition';

/** A section of a result page (Pagefind's sub-result). */
export interface SearchSection {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number; location: number }[];
}

/** One result, with its data loaded. */
export interface SearchResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  /** The same with the zero-width spaces that part a segmented language's words: section locations count its words (contentWords). */
  raw_content?: string;
  excerpt: string;
  meta: { title?: string; names?: string; authors?: string };
  filters: { kind?: string[] };
  sub_results: SearchSection[];
  /** The page's headings with ids, each where it stands among the content's words. */
  anchors?: HeadingAnchor[];
  /** The query is one of its names and nothing else (RankedHit.nameOnly): its title leads to its top. */
  nameOnly?: boolean;
  /** What the search data tells of where its title leads (RankedHit.landing). */
  landing?: LandingHints;
  /** Its place among All's results, under a kind's filter (RankedHit.rank). */
  rank?: number;
}

/** A result whose data is loaded when it is shown. */
export type SearchHit = RankedHit<SearchResultData>;

/**
 * A result's data, marked when the query is one of its names (SearchResultData.nameOnly), with what
 * the search data tells of where its title leads (SearchResultData.landing).
 */
export async function shownData(hit: SearchHit): Promise<SearchResultData> {
  const data = await hit.data();
  return {
    ...data,
    ...(hit.nameOnly === true ? { nameOnly: true } : {}),
    ...(hit.landing ? { landing: hit.landing } : {}),
    ...(hit.rank === undefined ? {} : { rank: hit.rank }),
  };
}

interface PagefindApi extends PagefindSearch<SearchResultData> {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Why search cannot run: the index or its data is missing (dev without a build), failed or timed out. */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError';
}

/** How long loading may take before the reader is told and offered a retry. */
export const LOAD_TIMEOUT_MS = 5000;

/** How many results are shown at first, and added by "More results" (RESULTS_PAGE_SIZE). */
export const PAGE_SIZE = RESULTS_PAGE_SIZE;

interface Loaded {
  api: PagefindApi;
  data: ShardedSearchData;
  /** A translated edition's query rules, loaded on its pages only (edition-rules.ts). */
  edition: EditionRules | undefined;
}

let loading: Promise<Loaded> | undefined;
let pagefindLoading: Promise<PagefindApi> | undefined;
/** Failed tries so far: a retry imports with ?retry=N, since a browser may keep a failed module import. */
let failures = 0;

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`took longer than ${ms / 1000} s`)), ms),
  );
}

/** Pagefind, set up once: its options may be given only before its first use. */
function loadPagefind(): Promise<PagefindApi> {
  pagefindLoading ??= (async () => {
    // The edition's own index: /ru/pagefind/ on a Russian page.
    const url =
      withBase(`${pagefindPathOf(searchLocale())}pagefind.js`, base) +
      (failures > 0 ? `?retry=${failures}` : '');
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // noWorker: Pagefind's worker is a second copy of its code (12 KB compressed); the index is
    // small enough that searching on the page's own thread costs less than fetching it.
    // baseUrl: the index holds each page's whole address ("/ru/rats/"), which Pagefind would
    // otherwise put after its bundle's folder ("/ru/ru/rats/").
    await api.options({ ...PAGEFIND_OPTIONS, noWorker: true, baseUrl: withBase('/', base) });
    await api.init();
    // Loads the filter index, so that the first search already counts results per kind.
    await api.filters();
    return api;
  })().catch((error: unknown) => {
    pagefindLoading = undefined;
    failures += 1;
    throw error;
  });
  return pagefindLoading;
}

/** The edition's rules once search has loaded them (undefined in English, or before). */
let loadedEdition: EditionRules | undefined;

async function load(): Promise<Loaded> {
  const locale = searchLocale();
  const [api, data, edition] = await Promise.all([
    loadPagefind(),
    (async () => decodeSearchIndex(await fetchText(searchDataPathOf(locale))))(),
    locale === SOURCE_LOCALE
      ? undefined
      : import('#lib/search/edition-rules.ts').then((rules) =>
          rules.loadEditionRules(locale, fetchText),
        ),
  ]);
  loadedEdition = edition;
  return { api, data: new ShardedSearchData(data, fetchShard), edition };
}

/**
 * How results mark their words, once search has loaded: the edition's way (EditionRules.landingTerm
 * and excerptParts: a language written without spaces or with endings), or none for Pagefind's.
 */
export function resultMarks(): Pick<EditionRules, 'landingTerm' | 'excerptParts'> {
  return loadedEdition ?? {};
}

async function fetchText(path: string): Promise<string> {
  const response = await fetch(withBase(path, base));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/**
 * A shard of the search data, fetched when a query first needs it: a failure or a fetch slower than
 * LOAD_TIMEOUT_MS is the same problem as a failed load (the dialog offers a retry), and the shard
 * is fetched again by the next query.
 */
async function fetchShard(shard: number): Promise<string> {
  try {
    return await Promise.race([
      fetchText(shardPath(shard, pagefindPathOf(searchLocale()))),
      timeout(LOAD_TIMEOUT_MS),
    ]);
  } catch (error) {
    throw new SearchUnavailableError(searchStrings().unavailable, { cause: error });
  }
}

/** Loads Pagefind and the search data once; a failed or slow load is forgotten, so a retry starts afresh. */
export function loadSearch(): Promise<Loaded> {
  loading ??= Promise.race([load(), timeout(LOAD_TIMEOUT_MS)]).catch((error: unknown) => {
    loading = undefined;
    throw new SearchUnavailableError(
      import.meta.env.DEV
        ? 'Search has no index yet. In "npm run dev" search uses the last build\'s index: run "npm run build" once, then try again.'
        : searchStrings().unavailable,
      { cause: error },
    );
  });
  return loading;
}

/** Runs a query; resolves to undefined when `signal` aborted it because a newer one started. */
export async function runSearch(
  query: string,
  options: RunOptions = {},
): Promise<SearchRun<SearchResultData> | undefined> {
  const { api, data, edition } = await loadSearch();
  if (options.signal?.aborted) return undefined;
  return runSearchQuery(api, data, query, { edition, ...options });
}
