/**
 * The table of contents follows the reader: the link to the section being read gets
 * aria-current="location" (in the sidebar and in the "On this page" bar, which also names the
 * section), and a choice in the bar closes it. Loaded by page-start.ts on pages with contents;
 * without it the contents are plain links.
 */
const navs = [...document.querySelectorAll<HTMLElement>('[data-toc]')];
const bar = document.querySelector<HTMLDetailsElement>('[data-toc-bar]');
const current = document.querySelector<HTMLElement>('[data-toc-current]');
const ids = [
  ...new Set(
    navs.flatMap((nav) =>
      [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => a.hash.slice(1)),
    ),
  ),
];
const headings = ids
  .map((id) => document.getElementById(id))
  .filter((el): el is HTMLElement => el !== null);
let active: string | undefined;
let queued = false;

/** The last heading above the reading line (a little below the sticky header and bar). */
function update(): void {
  queued = false;
  // Below the sticky header, or the "On this page" bar where it shows.
  const barBottom = bar?.getClientRects().length ? bar.getBoundingClientRect().bottom : 0;
  const headerBottom = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
  // A quarter of the way down what is left: a heading a link lands on (below the scroll padding and
  // its own margin) is above it, and so is the section the reader's eyes are on.
  const top = Math.max(barBottom, headerBottom);
  const line = top + (innerHeight - top) / 4;
  let id: string | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top <= line) id = heading.id;
    else break;
  }
  if (id === active) return;
  active = id;
  for (const nav of navs) {
    for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      if (link.hash.slice(1) === id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  }
  if (current) {
    const link = navs[0]?.querySelector<HTMLAnchorElement>(`a[href="#${CSS.escape(id ?? '')}"]`);
    const text = link?.textContent?.trim();
    current.textContent = text ? ` · ${text}` : '';
  }
}

function queue(): void {
  if (queued) return;
  queued = true;
  requestAnimationFrame(update);
}

addEventListener('scroll', queue, { passive: true });
addEventListener('resize', queue, { passive: true });
bar?.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('a')) bar.open = false;
});
update();

export {};
