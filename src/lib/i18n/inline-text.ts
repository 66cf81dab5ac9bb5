/**
 * A translated data text (a definition, a summary) as HTML: the text escaped, and each
 * <Q en="English words">translation</Q> made a <q> that carries its English original, as Q.astro
 * renders it in MDX. Nothing else in the text becomes markup.
 */
const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The attribute's quotes may have been made typographic with the rest of the text (smartQuotesDeep).
const QUOTE = /<Q en=["“”]([^"“”]*)["“”]>([\s\S]*?)<\/Q>/g;

export function inlineTextHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(QUOTE)) {
    html += escape(text.slice(last, match.index));
    html += `<q class="translated-quote" data-en="${escape(match[1] ?? '')}">${escape(match[2] ?? '')}</q>`;
    last = match.index + match[0].length;
  }
  return html + escape(text.slice(last));
}

/** The same text as plain words (for metadata and search names): quotations keep their words. */
export function inlineTextPlain(text: string): string {
  return text.replace(QUOTE, '$2');
}

/** The quotation marks of each edition, for text that cannot carry markup (titles, names, metadata). */
const QUOTE_MARKS: Readonly<Record<string, readonly [string, string]>> = {
  en: ['“', '”'],
  ru: ['«', '»'],
  zh: ['“', '”'],
};

/** The text with each quotation in the edition's quotation marks, as words only: for headings and titles. */
export function inlineTextQuoted(locale: string, text: string): string {
  const [open, close] = QUOTE_MARKS[locale] ?? ['“', '”'];
  return text.replace(QUOTE, `${open}$2${close}`);
}

/** The English originals of the text's quotations (<Q en="…">), in order: what a note under the text gives. */
export function quotedOriginals(text: string): string[] {
  return [...text.matchAll(QUOTE)].map((match) => match[1] ?? '');
}

/** A link for a sentence written with set:html: its address and words escaped. */
export function linkHtml(
  href: string,
  text: string,
  attributes: Record<string, string> = {},
): string {
  const extra = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  return `<a href="${escape(href)}"${extra}>${escape(text)}</a>`;
}
