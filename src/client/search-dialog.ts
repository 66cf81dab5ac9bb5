/**
 * The search dialog, loaded on first use (header button, "/", Ctrl/⌘+K). A modal <dialog>: the
 * page behind is inert, Esc closes it, focus returns to what opened it. The input keeps the
 * query; ↓ and ↑ move focus through the result links, Enter opens the focused one (or, in the input,
 * the first result).
 */
import { base } from 'astro:config/client';
import { withBase } from '#lib/meta/paths.ts';
import { normaliseQuery, writeSearchParams } from '#lib/search/config.ts';
import {
  loadSearch,
  PAGE_SIZE,
  runSearch,
  SearchUnavailableError,
  shownData,
  type SearchHit,
} from './search-client';
import { counted } from '#lib/search/search-strings.ts';
import { localePath } from '#lib/i18n/locales.ts';
import {
  describeCount,
  renderDidYouMean,
  renderNotice,
  renderResult,
  inShownOrder,
  renderResults,
  withGlossaryLink,
  onQueryInput,
  type CountedRun,
} from './search-results';
import { loadSearchStyles } from './search-styles';
import { announce, SLOW_SEARCH_MS } from './search-status';
import { loadSearchStrings, searchLocale, searchStrings } from './search-edition';

/** The edition's /search/ page ("/ru/search/" on a Russian page). */
const searchPage = (): string => withBase(localePath(searchLocale(), '/search/'), base);

interface DialogParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  notice: HTMLElement;
  results: HTMLElement;
  showMore: HTMLButtonElement;
  more: HTMLAnchorElement;
}

/** The search in progress: a newer keystroke aborts it, so that stale results never replace newer ones. */
let current: AbortController | undefined;
/** The results of the last finished search not yet shown ("More results" shows the next PAGE_SIZE). */
let pending: SearchHit[] = [];
/** The query the reader asked to search as typed ("Search instead for …"), until the input changes. */
let asTyped: string | undefined;
/** The latest search started (update), and the query whose results the list shows. */
let searching: Promise<void> = Promise.resolve();
let shownQuery: string | undefined;
/** What the shown results' query searched: their links carry its Chinese runs (renderResult). */
let shownSearched = '';

/** How long typing pauses before a query of function words only is told what to type instead. */
const ONLY_COMMON_PAUSE_MS = 700;

let parts: DialogParts | undefined;
let opener: HTMLElement | null = null;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Every element Tab and the arrow keys move between, in order. */
function focusables({ dialog }: DialogParts): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter(shown);
}

/** The result links shown: on a narrow screen a result shows only its first section (search.css). */
function resultLinks({ results }: DialogParts): HTMLAnchorElement[] {
  return [...results.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')].filter(shown);
}

/** True for an element that is drawn, and so can take focus: not hidden, nor inside a hidden part. */
function shown(node: HTMLElement): boolean {
  return !node.closest('[hidden]') && node.getClientRects().length > 0;
}

/** What ↓ and ↑ move between: the result links, then "More results" and the link to all, when shown. */
function arrowTargets(dialogParts: DialogParts): HTMLElement[] {
  const after = [dialogParts.showMore, dialogParts.more].filter((part) => !part.hidden);
  return [...resultLinks(dialogParts), ...after];
}

function onKeydown(event: KeyboardEvent, dialogParts: DialogParts): void {
  const active = document.activeElement;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const links = arrowTargets(dialogParts);
    if (links.length === 0) return;
    event.preventDefault();
    const at = links.indexOf(active as HTMLElement);
    if (event.key === 'ArrowDown') (links[Math.min(at + 1, links.length - 1)] ?? links[0])?.focus();
    else if (at <= 0) dialogParts.input.focus();
    else links[at - 1]?.focus();
    return;
  }
  if (event.key === 'Tab') {
    // Keep Tab inside the dialog: from the last control back to the first, and the other way.
    const all = focusables(dialogParts);
    const first = all[0];
    const last = all.at(-1);
    if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    } else if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    }
    return;
  }
  // Typing while a result has focus goes on in the input.
  if (
    event.key.length === 1 &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    active !== dialogParts.input
  ) {
    dialogParts.input.focus();
  }
}

async function update(dialogParts: DialogParts): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  // What the last results were to say once typing paused is not said: typing goes on (a search
  // slower than the pause had read out the count of words typed past).
  announce(dialogParts.status, [], true);
  const query = normaliseQuery(dialogParts.input.value);
  if (asTyped !== undefined && asTyped !== query) asTyped = undefined;
  const exact = asTyped === query;
  dialogParts.more.href = `${searchPage()}${writeSearchParams(query, undefined, exact)}`;
  if (query === '') {
    // Nothing of the last query's results stays: its further results either. Markup alone
    // ("<img src=x>") holds nothing to search, but the reader typed something: nothing matches it.
    pending = [];
    showOutcome(dialogParts, undefined, [], 0, dialogParts.input.value.trim());
    return;
  }
  // On a slow connection the first search waits on its files: say so rather than show nothing.
  const slow = setTimeout(() => {
    if (current !== controller || dialogParts.results.childElementCount > 0) return;
    dialogParts.results.replaceChildren(element('p', 'search-loading', searchStrings().loading));
  }, SLOW_SEARCH_MS);
  try {
    const run = await runSearch(query, { signal: controller.signal, correct: !exact });
    if (!run) return;
    // A question is typed a function word at a time ("when", "when did"): what to type instead is
    // said once typing pauses, not at each of its first words; until then the list stays as it was.
    if (run.onlyCommon) {
      clearTimeout(slow);
      await new Promise((resolve) => setTimeout(resolve, ONLY_COMMON_PAUSE_MS));
      if (controller.signal.aborted) return;
    }
    pending = run.results.slice(PAGE_SIZE);
    const shown = inShownOrder(
      await Promise.all(run.results.slice(0, PAGE_SIZE).map(shownData)),
      query,
    );
    // A later keystroke started another search meanwhile: this one is stale.
    if (controller.signal.aborted) return;
    const notice =
      exact && run.results.length === 0
        ? renderDidYouMean(
            await runSearch(query, { signal: controller.signal, correct: true }),
            (words) => `${searchPage()}${writeSearchParams(words, undefined)}`,
          )
        : renderNotice(run, {
            corrected: `${searchPage()}${writeSearchParams(run.searched, undefined)}`,
            asTyped: `${searchPage()}${writeSearchParams(query, undefined, true)}`,
          });
    if (controller.signal.aborted) return;
    showOutcome(dialogParts, notice, shown, run.results.length, query, run);
  } catch (error) {
    if (!controller.signal.aborted) showProblem(dialogParts, error);
  } finally {
    clearTimeout(slow);
  }
}

function showOutcome(
  dialogParts: DialogParts,
  notice: HTMLElement | undefined,
  shown: Parameters<typeof renderResults>[0],
  total: number,
  query: string,
  run?: CountedRun & { onlyCommon?: boolean },
): void {
  const place = readingPlace(dialogParts);
  shownQuery = query;
  shownSearched = run?.searched ?? query;
  dialogParts.notice.replaceChildren(...(notice ? [notice] : []));
  dialogParts.results.replaceChildren(
    ...(query === '' ? [] : [renderResults(shown, query, shownSearched, run?.onlyCommon)]),
  );
  // The query the status describes, which its words need not name (a widened query's count names
  // the words searched): what a test waits for before it reads the results.
  dialogParts.status.dataset['query'] = query;
  announce(
    dialogParts.status,
    query === ''
      ? []
      : [
          `${describeCount(total, run ?? { query, searched: query, corrections: [] })}${notice ? `. ${notice.textContent}` : ''}`,
        ],
    true,
  );
  dialogParts.showMore.hidden = pending.length === 0;
  dialogParts.more.hidden = total === 0;
  dialogParts.more.textContent = counted(searchStrings(), searchStrings().allResults, total);
  if (place !== undefined) restorePlace(dialogParts, place);
}

/**
 * Where the reader is in the list about to be replaced (the results of a longer query arrive after
 * ↓ moved onto those of a shorter one): the focused result link's place, or -1 for other focus in
 * the list, the notice or "More results"; undefined when focus is elsewhere (the input keeps it).
 */
function readingPlace(dialogParts: DialogParts): number | undefined {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return undefined;
  const inReplaced = [dialogParts.results, dialogParts.notice, dialogParts.showMore].some((part) =>
    part.contains(active),
  );
  return inReplaced ? resultLinks(dialogParts).indexOf(active as HTMLAnchorElement) : undefined;
}

/** Moves focus back to the same place in the new list, or its last link, or else the input. */
function restorePlace(dialogParts: DialogParts, place: number): void {
  const links = resultLinks(dialogParts);
  const target = place >= 0 ? (links[Math.min(place, links.length - 1)] ?? undefined) : undefined;
  (target ?? dialogParts.input).focus();
}

/** Shows the next PAGE_SIZE results, loading only their data, and moves focus to the first of them. */
async function showMore(dialogParts: DialogParts): Promise<void> {
  const controller = current;
  const next = pending.slice(0, PAGE_SIZE);
  const data = inShownOrder(await Promise.all(next.map(shownData)), shownQuery ?? shownSearched);
  if (controller !== current) return;
  pending = pending.slice(PAGE_SIZE);
  const list = dialogParts.results.querySelector('ol');
  const items = data.map((result) => renderResult(result, shownSearched, shownQuery));
  list?.append(...items);
  dialogParts.showMore.hidden = pending.length === 0;
  items[0]?.querySelector<HTMLAnchorElement>('a[data-result-link]')?.focus();
}

function showProblem(dialogParts: DialogParts, error: unknown): void {
  const message = error instanceof SearchUnavailableError ? error.message : searchStrings().failed;
  const note = element('div', 'search-problem');
  note.setAttribute('role', 'alert');
  const retry = element('button', 'search-retry', searchStrings().retry);
  retry.type = 'button';
  retry.addEventListener('click', () => {
    dialogParts.results.replaceChildren();
    dialogParts.input.focus();
    loadSearch().then(
      () => (searching = update(dialogParts)),
      (failure: unknown) => showProblem(dialogParts, failure),
    );
  });
  const text = element('p', '');
  text.append(...withGlossaryLink(message));
  note.append(text, retry);
  dialogParts.notice.replaceChildren();
  dialogParts.results.replaceChildren(note);
  announce(dialogParts.status, [], false);
  dialogParts.showMore.hidden = true;
  dialogParts.more.hidden = true;
  if (!(error instanceof SearchUnavailableError)) console.error(error);
}

/** Follows a link of the notice in place: search the corrected words, or the words as typed. */
function onNoticeClick(event: MouseEvent, dialogParts: DialogParts): void {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(
    'a[data-search-action]',
  );
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  const query = new URL(link.href).searchParams.get('q') ?? '';
  dialogParts.input.value = query;
  asTyped = link.dataset['searchAction'] === 'as-typed' ? normaliseQuery(query) : undefined;
  dialogParts.input.focus();
  searching = update(dialogParts);
}

function build(): DialogParts {
  const strings = searchStrings();
  const dialog = element('dialog', 'search-dialog');
  dialog.id = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-dialog-label');

  const form = element('form', 'search-dialog-bar');
  form.setAttribute('role', 'search');
  form.action = searchPage();
  const label = element('label', 'sr-only', strings.label);
  label.id = 'search-dialog-label';
  label.htmlFor = 'search-dialog-input';
  const input = element('input', 'search-input');
  Object.assign(input, {
    id: 'search-dialog-input',
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    spellcheck: false,
  });
  input.placeholder = strings.placeholder;
  input.setAttribute('aria-describedby', 'search-dialog-keys');
  const close = element('button', 'search-close', strings.close);
  close.type = 'button';
  form.append(label, input, close);

  const keys = element('p', 'search-keys', strings.keys);
  keys.id = 'search-dialog-keys';
  const status = element('p', 'sr-only');
  status.setAttribute('role', 'status');
  const notice = element('div', 'search-dialog-notice');
  const results = element('div', 'search-dialog-results');
  const showMoreButton = element('button', 'search-show-more', strings.moreResults);
  showMoreButton.type = 'button';
  showMoreButton.hidden = true;
  const more = element('a', 'search-more');
  more.hidden = true;
  const body = element('div', 'search-dialog-body');
  body.append(keys, status, notice, results, showMoreButton, more);
  dialog.append(form, body);
  document.body.append(dialog);

  const dialogParts: DialogParts = {
    dialog,
    input,
    status,
    notice,
    results,
    showMore: showMoreButton,
    more,
  };
  // Focus leaves the dialog as it closes, not when its close event comes: opened from the page
  // itself ("/" on the body, which takes no focus), focus would stay meanwhile in the closed input,
  // and a "/" typed at once would go there instead of opening search again.
  const closeDialog = (): void => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && dialog.contains(active)) active.blur();
    dialog.close();
  };
  onQueryInput(input, () => (searching = update(dialogParts)));
  // Esc closes the dialog and keeps the query, as the keys' hint says (a search box's own Esc
  // would empty it first).
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    closeDialog();
  });
  showMoreButton.addEventListener('click', () => void showMore(dialogParts));
  notice.addEventListener('click', (event) => onNoticeClick(event, dialogParts));
  // Enter opens the first result of what is in the box: pressed before that search has finished,
  // it waits for it, so that it never opens a result of an earlier query.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = normaliseQuery(input.value);
    void searching.then(() => {
      if (shownQuery === query && normaliseQuery(input.value) === query)
        resultLinks(dialogParts)[0]?.click();
    });
  });
  close.addEventListener('click', closeDialog);
  // Esc from a result link or a button: the browser's own close, with focus leaving first.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    closeDialog();
  });
  dialog.addEventListener('keydown', (event) => onKeydown(event, dialogParts));
  // A click on the backdrop (outside the panel) closes the dialog.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) closeDialog();
  });
  dialog.addEventListener('close', () => {
    opener?.focus();
    opener = null;
  });
  return dialogParts;
}

/**
 * Opens the dialog (building it on first use) and starts loading the index.
 * @param typedSoFar what the reader has typed since asking for search, while the code loaded
 */
export async function openSearchDialog(typedSoFar: () => string = () => ''): Promise<void> {
  await Promise.all([loadSearchStyles(), loadSearchStrings()]);
  const typed = typedSoFar();
  parts ??= build();
  if (parts.dialog.open) return;
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  parts.dialog.showModal();
  parts.input.focus();
  if (typed === '') {
    parts.input.select();
  } else {
    parts.input.value = typed;
  }
  const opened = parts;
  if (typed !== '') searching = update(opened);
  else loadSearch().catch((error: unknown) => showProblem(opened, error));
}
