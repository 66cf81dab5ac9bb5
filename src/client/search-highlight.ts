/**
 * On a page reached from a search result (?highlight=term&highlight=term…): marks the query's
 * words with Pagefind's highlight script and brings the linked section back into view once the
 * marks are in place.
 */
import { base } from 'astro:config/client';
import { withBase } from '#lib/meta/paths.ts';
import { decoded, HIGHLIGHT_PARAM, RECORD_ATTRIBUTE } from '#lib/search/config.ts';
import { landingPattern, landingTerms } from '#lib/search/highlight-terms.ts';

interface HighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}

/** The part of mark.js (in Pagefind's highlight script) the landing page uses. */
interface MarkJs {
  markRegExp(pattern: RegExp, options: HighlightOptions['markOptions']): void;
}

type PagefindHighlight = new (options: HighlightOptions) => {
  markOptions: HighlightOptions['markOptions'];
  markText(instance: MarkJs, terms: string[]): void;
};

/**
 * The text the marks may fall in: the page's, without its scripts and data and the regions left
 * unmarked (`ignored`), which hold runs of words the reader is not shown together; a line for each
 * of its text nodes, as a mark stays within one. Run together, a heading and the paragraph after it
 * had read "上海精神上海精神…", and the Chinese Shanghai Spirit page, searched for 上海精神, had
 * joined the words into that run, which no text node holds, and marked nothing.
 */
function markableText(ignored: string): string {
  const copy = document.body.cloneNode(true) as HTMLElement;
  for (const element of copy.querySelectorAll(`script, style, template, ${ignored}`))
    element.remove();
  const lines: string[] = [];
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) lines.push(walker.currentNode.nodeValue ?? '');
  return lines.join('\n');
}

/**
 * The address without the search's words, as the reader would cite it: "/glossary/#rats", not
 * "/glossary/?highlight=rats#rats" (a first reader, copying from the address bar, pasted the
 * highlight parameters into a citation). The marks are made by then; a reload shows the page
 * without them, as it is linked from elsewhere.
 */
function forgetHighlight(): void {
  const url = new URL(location.href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url);
}

/** Loads pagefind-highlight.js from the built bundle and marks the terms; the page reads without it. */
export async function highlightLanding(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  try {
    await markLanding();
  } finally {
    forgetHighlight();
  }
}

async function markLanding(): Promise<void> {
  const script = withBase('/pagefind/pagefind-highlight.js', base);
  let Highlight: PagefindHighlight;
  try {
    Highlight = ((await import(/* @vite-ignore */ script)) as { default: PagefindHighlight })
      .default;
  } catch {
    // Marks are a convenience: without the bundle (npm run dev before a build) the page is unchanged.
    return;
  }
  // addStyles: false, because an injected <style> would break the strict CSP; the marks are styled
  // in global.css. Regions Pagefind ignores (footnotes, TOC) stay unmarked, except glossary terms and
  // timeline events, which are ignored on their page only because they are records of their own.
  const ignored = `[data-pagefind-ignore]:not([${RECORD_ATTRIBUTE}])`;
  // Pagefind's script reads the terms from the address itself (getHighlightParams, which its
  // constructor calls): they are read here instead, a Chinese query's words put back together as
  // the page holds them. Each is marked by its own pattern (landingPattern): at the start of a word,
  // the whole word a stem begins, letters the index folds as the page writes them, where mark.js
  // alone would mark "наци" inside "транснациональной".
  const Marks = class extends Highlight {
    getHighlightParams(name: string): string[] {
      // Each once: a Chinese word and its pieces ("上海", "精神", "上海精神") join into the word again.
      return [
        ...new Set(
          landingTerms(new URLSearchParams(location.search).getAll(name), markableText(ignored)),
        ),
      ];
    }
    override markText(instance: MarkJs, terms: string[]): void {
      for (const term of terms) instance.markRegExp(landingPattern(term), this.markOptions);
    }
  };
  try {
    new Marks({
      highlightParam: HIGHLIGHT_PARAM,
      addStyles: false,
      markOptions: {
        className: 'search-highlight',
        exclude: [ignored, `${ignored} *`],
      },
    });
  } catch (error) {
    // Marks are a convenience; a highlight value the script cannot use leaves the page as it is.
    console.warn('Search terms could not be marked:', error);
  }
  // A malformed "#%E0%A4%A" must not throw: the hash is used as written when it does not decode.
  const id = decoded(location.hash.slice(1));
  if (id !== '') {
    document.getElementById(id)?.scrollIntoView({ block: 'start' });
    return;
  }
  // A result without a section (a source page, whose paragraphs are not sections): the first mark,
  // if it is below the first screen, is brought into view (a reader's "Kaliningrad" opened a page
  // whose only mark was 2,300 px down).
  const first = document.querySelector('mark.search-highlight');
  if (first && first.getBoundingClientRect().top > window.innerHeight)
    first.scrollIntoView({ block: 'center' });
}
