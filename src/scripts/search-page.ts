/**
 * The /search/ page: runs the query in ?q= (and the filter in ?kind=), follows the typing, and keeps
 * the URL in step with replaceState, so the address bar can be copied at any moment without
 * filling the history. The Pagefind bundle loads only here and in the dialog.
 */
import { normaliseQuery, readSearchParams, SEARCH_KINDS, writeSearchParams, type SearchKind } from '../lib/search';
import { runSearch, SearchUnavailableError, type SearchOutcome } from './search-client';
import { describeCount, renderResults } from './search-results';
import { loadSearchStyles } from './search-styles';

interface PageParts {
  input: HTMLInputElement;
  filters: HTMLFieldSetElement;
  options: HTMLElement;
  status: HTMLElement;
  results: HTMLElement;
}

let kind: SearchKind | undefined;

function syncUrl(query: string): void {
  const next = `${location.pathname}${writeSearchParams(query, kind)}${location.hash}`;
  if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
}

function renderFilters(parts: PageParts, outcome: SearchOutcome, query: string): void {
  const choices: { value: SearchKind | undefined; label: string; count: number }[] = [
    { value: undefined, label: 'All', count: outcome.unfiltered },
    ...SEARCH_KINDS.map((k) => ({ value: k.value, label: k.plural, count: outcome.kindCounts[k.value] ?? 0 })),
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
      radio.addEventListener('change', () => {
        kind = choice.value;
        void update(parts, query, true);
      });
      label.append(radio, ` ${choice.label} (${choice.count})`);
      return label;
    }),
  );
  parts.filters.hidden = false;
}

async function update(parts: PageParts, query: string, keepFocus = false): Promise<void> {
  syncUrl(query);
  if (query === '') {
    parts.filters.hidden = true;
    parts.results.replaceChildren();
    parts.status.textContent = 'Type a principle, institution, place or year, or browse the lists below.';
    return;
  }
  try {
    const outcome = await runSearch(query, kind);
    if (!outcome || normaliseQuery(parts.input.value) !== query) return;
    const focused = keepFocus ? (document.activeElement as HTMLInputElement | null)?.value : undefined;
    renderFilters(parts, outcome, query);
    if (focused !== undefined) parts.options.querySelector<HTMLInputElement>(`input[value="${CSS.escape(focused)}"]`)?.focus();
    const label = SEARCH_KINDS.find((k) => k.value === kind)?.plural.toLowerCase();
    parts.status.textContent = `${describeCount(outcome.total, query)}${label ? ` among ${label}` : ''}`;
    parts.results.replaceChildren(renderResults(outcome.results, query));
  } catch (error) {
    parts.filters.hidden = true;
    parts.status.textContent =
      error instanceof SearchUnavailableError ? error.message : 'Search failed. Reload the page, or browse the lists below.';
    if (!(error instanceof SearchUnavailableError)) console.error(error);
  }
}

/** Wires the page: the query and kind from the URL, then live results as the reader types. */
export function mountSearch(): void {
  void loadSearchStyles();
  const parts: PageParts = {
    input: document.querySelector<HTMLInputElement>('[data-search-page-input]')!,
    filters: document.querySelector<HTMLFieldSetElement>('#search-filters')!,
    options: document.querySelector<HTMLElement>('[data-filter-options]')!,
    status: document.querySelector<HTMLElement>('#search-status')!,
    results: document.querySelector<HTMLElement>('#search-results')!,
  };
  if (Object.values(parts).some((part) => part === null)) throw new Error('search page: an expected element is missing');
  const initial = readSearchParams(location.search);
  kind = initial.kind;
  parts.input.value = initial.query;
  parts.input.form?.addEventListener('submit', (event) => event.preventDefault());
  parts.input.addEventListener('input', () => void update(parts, normaliseQuery(parts.input.value)));
  void update(parts, initial.query);
}
