/**
 * Section links and citations, with JavaScript (loaded by page-start.ts on first use): a click on
 * "Link to section" also copies the absolute URL#id and says "Link copied" through the page's live
 * region; citation boxes get today's date as the date accessed and a copy button for each form,
 * which shows "Copied" as well as announcing it; a section's citation panel closes with its Close
 * button, Esc or a click outside it, and focus goes back to its "Cite" control.
 * A section's BibTeX is made from the page's entry (src/lib/meta/cite-section.ts).
 * Without it, the links still go to #id and the citations show a blank for the date accessed.
 */
import { formatCitationDate, todayIso } from '#lib/i18n/cite-dates.ts';
import { sectionBibtex, sectionTitleOf } from '#lib/meta/cite-section.ts';
import { ALL_LOCALES, LOCALES, SOURCE_LOCALE } from '#lib/i18n/locales.ts';
import { uiString } from './ui-strings';

/** What is announced once a form is copied, by its data-copy name. */
const COPIED: Readonly<Record<string, 'citationCopied' | 'bibtexCopied' | 'plainCopied'>> = {
  Citation: 'citationCopied',
  BibTeX: 'bibtexCopied',
  'Plain text': 'plainCopied',
};

function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clear first so that the same message twice is announced twice.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

/** Copies `text`, announces `done` (or the failure) and says whether it was copied. */
async function copy(text: string, done: string, button?: HTMLButtonElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
    if (button) {
      // Shown as well as announced; the button keeps its width so nothing moves.
      const label = button.dataset['label'] ?? button.textContent ?? '';
      button.dataset['label'] = label;
      button.style.minWidth = `${button.offsetWidth}px`;
      button.textContent = uiString('copied');
      window.setTimeout(() => (button.textContent = label), 2000);
    }
    return true;
  } catch {
    announce(uiString('copyFailed'));
    return false;
  }
}

/** Closes a section's citation panel; focus goes back to its "Cite" control when it was inside. */
function closeBox(box: HTMLDetailsElement, refocus: boolean): void {
  box.open = false;
  if (refocus) box.querySelector('summary')?.focus();
}

/**
 * Gives each section's citation its BibTeX: the page's entry (in its "Cite this page" box), named
 * for the section. A page without that box leaves the sections' BibTeX out, and its copy button too.
 */
function fillSectionBibtex(): void {
  const page = document.querySelector<HTMLElement>(
    'details.cite-box:not(.cite-box-compact) pre.cite-text',
  );
  for (const pre of document.querySelectorAll<HTMLElement>('.cite-box-compact pre.cite-text')) {
    const heading = pre.closest('.section-heading')?.querySelector('h2, h3');
    const id = heading?.id;
    const first = page?.firstChild;
    if (!page || !id || pre.hasChildNodes() || !(first instanceof Text)) continue;
    try {
      // The key, title and URL are in the text before the date accessed (<span data-accessed>).
      const entry = page.cloneNode(true) as HTMLElement;
      entry.firstChild!.textContent = sectionBibtex(
        first.data,
        id,
        pre.dataset['bibtexSection'] ?? sectionTitleOf(heading?.textContent ?? ''),
      );
      pre.append(...entry.childNodes);
    } catch {
      continue;
    }
    pre.hidden = false;
    if (pre.previousElementSibling instanceof HTMLElement)
      pre.previousElementSibling.hidden = false;
  }
}

function fillAccessed(): void {
  const iso = todayIso();
  // In the edition's style, as the server writes its dates: "December 1, 2026", "01.12.2026", "2026-12-01".
  // The page's edition, by its <html lang>, as ui-strings.ts picks its words (kept apart from it:
  // ui-strings.ts is in the script every page runs at start, this is not).
  const lang = document.documentElement.lang;
  const locale = ALL_LOCALES.find((each) => LOCALES[each].lang === lang) ?? SOURCE_LOCALE;
  const text = formatCitationDate(locale, iso);
  for (const slot of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
    slot.textContent = slot.dataset['accessed'] === 'iso' ? iso : text;
  }
  // A copy button shows where the text it copies (the element just before it) is shown.
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]'))
    button.hidden = (button.previousElementSibling as HTMLElement | null)?.hidden ?? false;
}

/** Copies for a click on a section link or copy button (page-start.ts passes the first one). */
export function handleClick(event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  const close = target?.closest('button[data-cite-close]')?.closest('details');
  if (close) {
    closeBox(close, true);
    return;
  }
  // A click outside an open section citation closes it.
  for (const box of document.querySelectorAll<HTMLDetailsElement>(
    'details.cite-box-compact[open]',
  )) {
    if (!target || !box.contains(target)) closeBox(box, false);
  }
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (link) {
    // The link still does what it says (the address bar shows #id); the copy is a bonus. It is the
    // section's own address: a page reached from search has ?highlight=…, which is not the reader's
    // to pass on. Shown beside the "#" as well as announced (global.css, a[data-copy-link][data-copied]).
    const address = new URL(link.href);
    address.search = '';
    void copy(address.href, uiString('linkCopied')).then((copied) => {
      if (!copied) return;
      link.dataset['copied'] = uiString('linkCopied');
      window.setTimeout(() => delete link.dataset['copied'], 2000);
    });
    return;
  }
  // A copy button copies the citation text just before it (CiteBox.astro); data-copy names the form,
  // whose announcement the page carries once, on <body>, in its language.
  const button = target?.closest<HTMLButtonElement>('button[data-copy]');
  const source = button?.previousElementSibling;
  if (button && source)
    void copy(
      source.textContent?.trim() ?? '',
      uiString(COPIED[button.dataset['copy'] ?? ''] ?? 'copied'),
      button,
    );
}

/**
 * A section's citation panel, when opened: a link to the section first (on touch screens the "#"
 * beside the heading is hidden, so this is its link) and a Close button last. Built here, not in
 * the page, so that pages carry no bytes for controls that need this script anyway.
 */
function enhanceBox(box: HTMLDetailsElement): void {
  const panel = box.querySelector('.cite-panel');
  const id = box.closest('.section-heading')?.querySelector('h2, h3')?.id;
  if (!panel || !id || panel.querySelector('[data-cite-close]')) return;
  if (matchMedia('(hover: none)').matches) {
    const line = document.createElement('p');
    line.className = 'cite-form-label';
    const link = document.createElement('a');
    link.href = `#${id}`;
    link.dataset['copyLink'] = '';
    link.textContent = uiString('linkToThisSection');
    line.append(link);
    panel.prepend(line);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cite-copy';
  close.dataset['citeClose'] = '';
  close.textContent = uiString('close');
  panel.append(' ', close);
}

document.addEventListener('click', handleClick);
document.addEventListener(
  'toggle',
  (event) => {
    if (
      event.target instanceof HTMLDetailsElement &&
      event.target.open &&
      event.target.matches('.cite-box-compact')
    )
      enhanceBox(event.target);
  },
  { capture: true },
);
for (const box of document.querySelectorAll<HTMLDetailsElement>('details.cite-box-compact[open]'))
  enhanceBox(box);
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const box = document.activeElement?.closest<HTMLDetailsElement>('details.cite-box-compact[open]');
  const open = box ?? document.querySelector<HTMLDetailsElement>('details.cite-box-compact[open]');
  if (open) closeBox(open, true);
});
fillSectionBibtex();
fillAccessed();
