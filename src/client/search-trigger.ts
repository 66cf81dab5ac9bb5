/**
 * The only search code a reading page runs: a few listeners. The dialog, Pagefind and the index
 * load when the reader first asks for search (the header button, "/" or Ctrl/⌘+K). A landing page
 * reached from a result (?highlight=…) loads the highlighter; other pages load nothing more. Nothing
 * is imported statically, so that this stays a few hundred bytes.
 */
function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

let typedWhileLoading: string | undefined;

function openSearch(): void {
  // On /search/ itself the page's own box is the search.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page-input]');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  if (typedWhileLoading !== undefined) return;
  // Keep what the reader types while the dialog's code loads, so that "/rats" typed fast is "rats".
  typedWhileLoading = '';
  import('./search-dialog')
    .then(async (dialog) => {
      await dialog.openSearchDialog(() => typedWhileLoading ?? '');
      typedWhileLoading = undefined;
    })
    .catch(() => {
      // The dialog's code did not load (offline, a stale deploy): stop holding keystrokes, say so
      // and offer to try again. A native confirm(), because the code that draws anything else is
      // what failed, and this file must stay small (it runs on every page).
      typedWhileLoading = undefined;
      // The words are the page's edition's (src/lib/search/search-strings.ts,
      // SEARCH_RETRY_ATTRIBUTE), read here without importing anything.
      const question = document
        .querySelector('[data-search-retry]')
        ?.getAttribute('data-search-retry');
      if (confirm(question ?? '?')) openSearch();
    });
}

// Without JavaScript the header's form goes to /search/; with it, the form opens the dialog.
document.addEventListener('submit', (event) => {
  if (event.target instanceof HTMLFormElement && event.target.hasAttribute('data-search-open')) {
    event.preventDefault();
    openSearch();
  }
});

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing) return;
  if (typedWhileLoading !== undefined) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1) {
      event.preventDefault();
      typedWhileLoading += event.key;
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      typedWhileLoading = [...typedWhileLoading].slice(0, -1).join('');
    }
    return;
  }
  const ctrlK =
    event.key.toLowerCase() === 'k' &&
    (event.metaKey || event.ctrlKey) &&
    !event.altKey &&
    !event.shiftKey;
  const slash =
    event.key === '/' &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.altKey &&
    !isEditable(event.target);
  if (ctrlK || slash) {
    event.preventDefault();
    openSearch();
  }
});

// Text pasted while the dialog's code loads is kept too (a reader's "/" then Ctrl+V on a slow
// phone had opened an empty box).
document.addEventListener('paste', (event) => {
  if (typedWhileLoading === undefined || isEditable(event.target)) return;
  event.preventDefault();
  typedWhileLoading += event.clipboardData?.getData('text') ?? '';
});

// Only a URL with a query string can carry ?highlight=; search-highlight.ts checks for it.
if (location.search !== '') {
  void import('./search-highlight').then((landing) => landing.highlightLanding());
}
