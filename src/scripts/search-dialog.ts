/**
 * The search dialog, loaded on first use (header button, "/", Ctrl/⌘+K). A modal <dialog>: the
 * page behind is inert, Esc closes it, focus returns to what opened it. The input keeps the
 * query; ↓ and ↑ move focus through the result links, Enter opens the focused one (or, in the input,
 * the first result).
 */
import { base } from 'astro:config/client';
import { withBase } from '../lib/paths';
import { normaliseQuery, writeSearchParams } from '../lib/search';
import { runSearch, SearchUnavailableError, loadPagefind } from './search-client';
import { describeCount, renderResults } from './search-results';
import { loadSearchStyles } from './search-styles';

const SEARCH_PAGE = withBase('/search/', base);

interface DialogParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  more: HTMLAnchorElement;
}

let parts: DialogParts | undefined;
let opener: HTMLElement | null = null;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Every element Tab and the arrow keys move between, in order. */
function focusables({ dialog }: DialogParts): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter((node) => !node.closest('[hidden]'));
}

function resultLinks({ results }: DialogParts): HTMLAnchorElement[] {
  return [...results.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
}

function onKeydown(event: KeyboardEvent, dialogParts: DialogParts): void {
  const active = document.activeElement;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const links = resultLinks(dialogParts);
    if (links.length === 0) return;
    event.preventDefault();
    const at = links.indexOf(active as HTMLAnchorElement);
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
  if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && active !== dialogParts.input) {
    dialogParts.input.focus();
  }
}

async function update(dialogParts: DialogParts): Promise<void> {
  const query = normaliseQuery(dialogParts.input.value);
  dialogParts.more.href = `${SEARCH_PAGE}${writeSearchParams(query, undefined)}`;
  if (query === '') {
    dialogParts.results.replaceChildren();
    dialogParts.status.textContent = '';
    dialogParts.more.hidden = true;
    return;
  }
  try {
    const outcome = await runSearch(query);
    // A later keystroke superseded this query, or the reader has cleared the box meanwhile.
    if (!outcome || normaliseQuery(dialogParts.input.value) !== query) return;
    dialogParts.results.replaceChildren(renderResults(outcome.results, query));
    dialogParts.status.textContent = describeCount(outcome.total, query);
    dialogParts.more.hidden = outcome.total === 0;
    dialogParts.more.textContent = `All ${outcome.total} ${outcome.total === 1 ? 'result' : 'results'}, with filters`;
  } catch (error) {
    showProblem(dialogParts, error);
  }
}

function showProblem(dialogParts: DialogParts, error: unknown): void {
  const message =
    error instanceof SearchUnavailableError ? error.message : 'Search failed. Reload the page and try again, or browse the glossary A–Z.';
  const note = element('p', 'search-problem', message);
  note.setAttribute('role', 'alert');
  dialogParts.results.replaceChildren(note);
  dialogParts.status.textContent = '';
  dialogParts.more.hidden = true;
  if (!(error instanceof SearchUnavailableError)) console.error(error);
}

function build(): DialogParts {
  const dialog = element('dialog', 'search-dialog');
  dialog.id = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-dialog-label');

  const form = element('form', 'search-dialog-bar');
  form.setAttribute('role', 'search');
  form.action = SEARCH_PAGE;
  const label = element('label', 'sr-only', 'Search the site');
  label.id = 'search-dialog-label';
  label.htmlFor = 'search-dialog-input';
  const input = element('input', 'search-input');
  Object.assign(input, { id: 'search-dialog-input', type: 'search', name: 'q', autocomplete: 'off', spellcheck: false });
  input.placeholder = 'Principle, institution, place, year…';
  input.setAttribute('aria-describedby', 'search-dialog-keys');
  const close = element('button', 'search-close', 'Close');
  close.type = 'button';
  form.append(label, input, close);

  const keys = element('p', 'search-keys', '↓ ↑ move through results · Enter opens · Esc closes');
  keys.id = 'search-dialog-keys';
  const status = element('p', 'sr-only');
  status.setAttribute('role', 'status');
  const results = element('div', 'search-dialog-results');
  const more = element('a', 'search-more');
  more.hidden = true;
  const body = element('div', 'search-dialog-body');
  body.append(keys, status, results, more);
  dialog.append(form, body);
  document.body.append(dialog);

  const dialogParts: DialogParts = { dialog, input, status, results, more };
  input.addEventListener('input', () => void update(dialogParts));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = resultLinks(dialogParts)[0];
    if (first) first.click();
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('keydown', (event) => onKeydown(event, dialogParts));
  // A click on the backdrop (outside the panel) closes the dialog.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
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
  await loadSearchStyles();
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
  const current = parts;
  loadPagefind().then(
    () => void (current.input.value !== '' && update(current)),
    (error: unknown) => showProblem(current, error),
  );
}
