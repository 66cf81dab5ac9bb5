/**
 * The script every page runs at start, kept small: search's listeners (search-trigger.ts), the
 * theme toggle (theme-toggle.ts), and
 * listeners that load the rest on first use: the section links and citation boxes
 * (section-links.ts) when one is used or opened, the mobile menu's keyboard handling (mobile-menu.ts)
 * when it opens. Everything works without them.
 */
import './search-trigger';

// The theme control does nothing without JavaScript, so it is built after start (theme-toggle.ts);
// the inline theme script has already applied the stored choice before first paint.
void import('./theme-toggle');

// The table of contents that follows the reader (toc-tracker.ts), on pages that have one.
if (document.querySelector('[data-toc]')) void import('./toc-tracker');

// The language switcher keeps the reader's section (every edition has the same section ids) and, on
// the search page, the query and filter as the address now holds them (search-page.ts keeps it in
// step). Elsewhere the query string is left behind: ?highlight= names words of this edition.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('[data-lang-switch] a');
  if (!(link instanceof HTMLAnchorElement)) return;
  if (location.hash) link.hash = location.hash;
  if (document.querySelector('[data-search-page-input]')) link.search = location.search;
});

let sectionLinks: Promise<unknown> | undefined;
const loadSectionLinks = (): Promise<unknown> => (sectionLinks ??= import('./section-links'));

// The first click on a section link or copy button: load the handler and replay nothing; the link
// still navigates, and the handler (now listening) copies on this and every later click.
document.addEventListener(
  'click',
  (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (
      !target?.closest('a[data-copy-link], button[data-copy], button[data-cite-close]') ||
      sectionLinks
    )
      return;
    void loadSectionLinks().then((module) =>
      (module as { handleClick(event: Event): void }).handleClick(event),
    );
  },
  { capture: true },
);

// Opening a citation box fills in today's date and shows the copy buttons; opening the menu wires
// its keyboard handling. "toggle" does not bubble, hence the capture.
document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open) return;
    if (details.classList.contains('cite-box')) void loadSectionLinks();
    if (details.hasAttribute('data-mobile-menu'))
      void import('./mobile-menu').then((menu) => menu.enhanceMenu(details));
  },
  { capture: true },
);
