/**
 * Section links and citations, with JavaScript (loaded by page-start.ts on first use): a click on
 * "Link to section" also copies the absolute URL#id and says "Link copied" through the page's live
 * region; citation boxes get today's date as the date accessed and a copy button for each form.
 * Without it, the links still go to #id and the citations show a blank for the date accessed.
 */
function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clear first so that the same message twice is announced twice.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

async function copy(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    announce('Could not copy: select the text and copy it yourself');
  }
}

function fillAccessed(): void {
  const today = new Date();
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const text = today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  for (const slot of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
    slot.textContent = slot.dataset['accessed'] === 'iso' ? iso : text;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
}

/** Copies for a click on a section link or copy button (page-start.ts passes the first one). */
export function handleClick(event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (link) {
    // The link still does what it says (the address bar shows #id); the copy is a bonus.
    void copy(link.href, 'Link copied');
    return;
  }
  // A copy button copies the citation text just before it (CiteBox.astro).
  const button = target?.closest<HTMLButtonElement>('button[data-copy]');
  const source = button?.previousElementSibling;
  if (button && source) void copy(source.textContent?.trim() ?? '', `${button.textContent?.replace(/^Copy /, '') ?? 'Citation'} copied`);
}

document.addEventListener('click', handleClick);
fillAccessed();
