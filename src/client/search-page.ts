/**
 * The /search/ page: runs the query in ?q= (with the filter in ?kind= and, with ?exact=1, the words
 * as typed), follows the typing, and keeps the URL in step, so the address bar can be copied at any
 * moment. A new query is one history entry, not one a keystroke: its first keystroke after a query
 * the reader settled on (the page opened with it, Enter, Back or Forward) starts the entry, the
 * others replace it; choosing a filter or a correction is an entry of its own. Back and Forward
 * show the query and filter of their entry. The filters show how many results each kind has from
 * the first load. The Pagefind bundle loads only here and in the dialog.
 */
import {
  normaliseQuery,
  readSearchParams,
  SEARCH_KINDS,
  writeSearchParams,
  type SearchKind,
} from '#lib/search/config.ts';
import type { SearchRun } from '#lib/search/search-run.ts';
import {
  PAGE_SIZE,
  runSearch,
  SearchUnavailableError,
  shownData,
  type SearchHit,
  type SearchResultData,
} from './search-client';
import { counted, echoed, fill } from '#lib/search/search-strings.ts';
import {
  describeCount,
  renderDidYouMean,
  renderNotice,
  renderResult,
  inShownOrder,
  renderResults,
  withGlossaryLink,
  onQueryInput,
} from './search-results';
import { loadSearchStyles } from './search-styles';
import { announce, SLOW_SEARCH_MS } from './search-status';
import { searchPageStrings } from './search-edition';

interface PageParts {
  input: HTMLInputElement;
  filters: HTMLFieldSetElement;
  options: HTMLElement;
  status: HTMLElement;
  notice: HTMLElement;
  results: HTMLElement;
  showMore: HTMLButtonElement;
  /** The lists to browse instead (topics, glossary A–Z): below a prompt or no result, not below results. */
  browse: HTMLElement;
}

let kind: SearchKind | undefined;
let exactQuery: string | undefined;
let current: AbortController | undefined;
let pending: SearchHit[] = [];
/** What the shown results' query searched: their links carry its Chinese runs (renderResult). */
let pendingSearched = '';
/** What the reader typed for them: a heading it restates is where a result leads (landingOf). */
let pendingQuery = '';
/** True while the address holds a query the reader settled on: the next keystroke starts an entry. */
let settled = true;

/**
 * Where the reader was in an entry's results: how many were shown ("More results" clicked) and how
 * far down the page. Kept in the history entry, so that Back from a result, or to an earlier query,
 * shows as many and scrolls back there, not to the page's foot past five results.
 */
interface Place {
  shown: number;
  scroll: number;
}

/** The place kept in a history entry's state, if any. */
function placeIn(state: unknown): Place | undefined {
  const place = (state as { place?: Partial<Place> } | null)?.place;
  return typeof place?.shown === 'number' && typeof place.scroll === 'number'
    ? { shown: place.shown, scroll: place.scroll }
    : undefined;
}

/** Keeps the reader's place in the current history entry (Place). */
function keepPlace(parts: PageParts): void {
  const shown = parts.results.querySelectorAll('.search-result').length;
  history.replaceState({ ...(history.state ?? {}), place: { shown, scroll: scrollY } }, '');
}

/** Puts the query in the address: in a new history entry when `push`, else in this one. */
function syncUrl(parts: PageParts, query: string, push: boolean): void {
  const next = `${location.pathname}${writeSearchParams(query, kind, exactQuery === query)}${location.hash}`;
  if (next === `${location.pathname}${location.search}${location.hash}`) return;
  if (push) {
    keepPlace(parts);
    history.pushState(null, '', next);
  } else history.replaceState(history.state, '', next);
}

function renderFilters(parts: PageParts, all: SearchRun<SearchResultData>, query: string): void {
  const counts = all.kindCounts ?? {};
  const choices: { value: SearchKind | undefined; label: string; count: number }[] = [
    { value: undefined, label: searchPageStrings().all, count: all.results.length },
    ...SEARCH_KINDS.map((kind) => ({
      value: kind,
      label: searchPageStrings().kinds[kind]?.plural ?? kind,
      count: counts[kind] ?? 0,
    })),
  ];
  parts.options.replaceChildren(
    ...choices.map((choice) => {
      const label = document.createElement('label');
      label.className = 'search-filter';
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'kind';
      radio.value = choice.value ?? '';
      radio.checked = choice.value === kind;
      // A kind with none of All's results is not offered (unless the address chose it).
      radio.disabled = choice.count === 0 && !radio.checked;
      radio.addEventListener('change', () => {
        kind = choice.value;
        settled = true;
        void update(parts, query, { keepFocus: true, push: true });
      });
      label.append(radio, ` ${choice.label} (${choice.count})`);
      return label;
    }),
  );
  parts.filters.hidden = false;
}

async function update(
  parts: PageParts,
  query: string,
  {
    keepFocus = false,
    push = false,
    place,
    typing = false,
  }: { keepFocus?: boolean; push?: boolean; place?: Place | undefined; typing?: boolean } = {},
): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  // What the last results were to say once typing paused is not said: typing goes on (a search
  // slower than the pause had read out the count of words typed past).
  if (typing) announce(parts.status, [], true);
  if (exactQuery !== undefined && exactQuery !== query) exactQuery = undefined;
  syncUrl(parts, query, push);
  // The tab and the history list name the query, as a search engine's results page does.
  document.title = query === '' ? pageTitle : `${echoed(query)} — ${pageTitle}`;
  if (query === '') {
    // Markup alone ("<img src=x>") holds nothing to search, but the reader typed something, which
    // the box keeps: nothing matches it. An empty box is asked for a query.
    const typed = parts.input.value.trim();
    parts.filters.hidden = true;
    parts.browse.hidden = false;
    parts.notice.replaceChildren();
    parts.results.replaceChildren(...(typed === '' ? [] : [renderResults([], typed)]));
    parts.showMore.hidden = true;
    announce(
      parts.status,
      [
        typed === ''
          ? searchPageStrings().prompt
          : describeCount(0, { query: typed, searched: typed, corrections: [] }),
      ],
      typing && typed !== '',
    );
    return;
  }
  // On a slow connection the first search waits on its files: the page says so, as the dialog does,
  // and the lists to browse wait below it (shown at once, they had read as "nothing found" for the
  // seconds a first reader's slowed connection took). Results already shown stay until the new ones.
  // Typed, it is said once typing pauses, as the count is (a reader halting mid-word had heard it).
  if (parts.results.childElementCount === 0) parts.browse.hidden = true;
  const slow = setTimeout(() => {
    if (current !== controller || parts.results.childElementCount > 0) return;
    announce(parts.status, [searchPageStrings().loading], typing);
  }, SLOW_SEARCH_MS);
  try {
    const options = { signal: controller.signal, correct: exactQuery !== query };
    const all = await runSearch(query, { ...options, kinds: [...SEARCH_KINDS] });
    const run = kind && all ? await runSearch(query, { ...options, kind }) : all;
    if (!all || !run) return;
    // Back to an entry shows as many results as the reader had shown (Place).
    const count = Math.max(PAGE_SIZE, place?.shown ?? 0);
    const shown = inShownOrder(
      await Promise.all(run.results.slice(0, count).map(shownData)),
      query,
    );
    if (controller.signal.aborted) return;
    pending = run.results.slice(count);
    pendingSearched = run.searched;
    pendingQuery = query;
    const focused = keepFocus
      ? (document.activeElement as HTMLInputElement | null)?.value
      : undefined;
    renderFilters(parts, all, query);
    if (focused !== undefined)
      parts.options
        .querySelector<HTMLInputElement>(`input[value="${CSS.escape(focused)}"]`)
        ?.focus();
    const label = kind ? searchPageStrings().kinds[kind]?.plural.toLowerCase() : undefined;
    const notice =
      !options.correct && all.results.length === 0
        ? renderDidYouMean(
            await runSearch(query, { signal: controller.signal, correct: true }),
            (words) => writeSearchParams(words, kind) || '?',
          )
        : renderNotice(run, {
            corrected: writeSearchParams(run.searched, kind) || '?',
            asTyped: writeSearchParams(query, kind, true),
          });
    if (controller.signal.aborted) return;
    parts.notice.replaceChildren(...(notice ? [notice] : []));
    // The notice is shown below the count, links and all; the live region says it too, unseen, so
    // that a screen reader hears it once and a sighted reader does not read it twice.
    const heard = document.createElement('span');
    heard.className = 'sr-only';
    heard.textContent = notice ? `. ${notice.textContent}` : '';
    // Read out once typing pauses (announce): the results follow each keystroke.
    announce(
      parts.status,
      [
        `${describeCount(run.results.length, run)}${label ? fill(searchPageStrings().among, { kind: label }) : ''}`,
        heard,
      ],
      typing,
    );
    // A filter that keeps none of All's results: the status says so, "Nothing matches" would not
    // be true, and a button shows All (a reader's filter, kept from an earlier query, had hidden
    // every result of a new one).
    parts.results.replaceChildren(
      run.results.length === 0 && all.results.length > 0
        ? showAllButton(parts, query, all.results.length)
        : renderResults(shown, query, run.searched, run.onlyCommon),
    );
    parts.showMore.hidden = pending.length === 0;
    // Results to read: the whole glossary below them is a second, longer page (a first reader's).
    parts.browse.hidden = all.results.length > 0;
    if (place) scrollTo(0, place.scroll);
  } catch (error) {
    if (controller.signal.aborted) return;
    parts.filters.hidden = true;
    parts.browse.hidden = false;
    announce(
      parts.status,
      withGlossaryLink(
        error instanceof SearchUnavailableError ? error.message : searchPageStrings().pageFailed,
      ),
      false,
    );
    parts.results.replaceChildren(retryButton(parts, query));
    if (!(error instanceof SearchUnavailableError)) console.error(error);
  } finally {
    clearTimeout(slow);
  }
}

/** The button that leaves the chosen kind for All, which has `total` results. */
function showAllButton(parts: PageParts, query: string, total: number): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'search-show-all';
  button.textContent = counted(searchPageStrings(), searchPageStrings().showAll, total);
  button.addEventListener('click', () => {
    kind = undefined;
    settled = true;
    void update(parts, query, { push: true }).then(() =>
      parts.options.querySelector<HTMLInputElement>('input[value=""]')?.focus(),
    );
  });
  return button;
}

function retryButton(parts: PageParts, query: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'search-retry';
  button.textContent = searchPageStrings().retry;
  button.addEventListener('click', () => void update(parts, query));
  return button;
}

async function showMore(parts: PageParts): Promise<void> {
  const controller = current;
  const next = pending.slice(0, PAGE_SIZE);
  const data = inShownOrder(await Promise.all(next.map(shownData)), pendingQuery);
  if (controller !== current) return;
  pending = pending.slice(PAGE_SIZE);
  const items = data.map((result) => renderResult(result, pendingSearched, pendingQuery));
  parts.results.querySelector('ol')?.append(...items);
  parts.showMore.hidden = pending.length === 0;
  items[0]?.querySelector<HTMLAnchorElement>('a[data-result-link]')?.focus();
}

/** The page's own title, which names the query once there is one. */
let pageTitle = '';

/** Wires the page: the query and kind from the URL, then live results as the reader types. */
export function mountSearch(): void {
  pageTitle = document.title;
  void loadSearchStyles();
  const parts: PageParts = {
    input: document.querySelector<HTMLInputElement>('[data-search-page-input]')!,
    filters: document.querySelector<HTMLFieldSetElement>('#search-filters')!,
    options: document.querySelector<HTMLElement>('[data-filter-options]')!,
    status: document.querySelector<HTMLElement>('#search-status')!,
    notice: document.querySelector<HTMLElement>('#search-notice')!,
    results: document.querySelector<HTMLElement>('#search-results')!,
    showMore: document.querySelector<HTMLButtonElement>('#search-show-more')!,
    browse: document.querySelector<HTMLElement>('#search-browse')!,
  };
  if (Object.values(parts).some((part) => part === null))
    throw new Error('search page: an expected element is missing');
  const initial = readSearchParams(location.search);
  kind = initial.kind;
  exactQuery = initial.exact ? initial.query : undefined;
  parts.input.value = initial.typed;
  // Enter settles the query: the next keystroke starts another entry.
  parts.input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    settled = true;
  });
  onQueryInput(parts.input, () => {
    const push = settled;
    settled = false;
    void update(parts, normaliseQuery(parts.input.value), { push, typing: true });
  });
  // ↓ from the box goes to the first result, as in the dialog (and Tab there after).
  parts.input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = parts.results.querySelector<HTMLAnchorElement>('a[data-result-link]');
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  // Back and Forward: the entry's query and filter, searched again.
  window.addEventListener('popstate', () => {
    const entry = readSearchParams(location.search);
    kind = entry.kind;
    exactQuery = entry.exact ? entry.query : undefined;
    parts.input.value = entry.typed;
    settled = true;
    void update(parts, entry.query, { place: placeIn(history.state) });
  });
  // The place is the page's to restore once its results are back, not the browser's before then
  // (it scrolled to the page's foot over five results); it is kept as the reader leaves.
  history.scrollRestoration = 'manual';
  window.addEventListener('pagehide', () => keepPlace(parts));
  parts.showMore.addEventListener('click', () => void showMore(parts));
  // The notice's links ("Showing results for …", "Search instead for …") are followed in place.
  parts.notice.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(
      'a[data-search-action]',
    );
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const next = readSearchParams(new URL(link.href).search);
    parts.input.value = next.query;
    exactQuery = next.exact ? next.query : undefined;
    parts.input.focus();
    settled = true;
    void update(parts, next.query, { push: true });
  });
  void update(parts, initial.query, { place: placeIn(history.state) });
}
