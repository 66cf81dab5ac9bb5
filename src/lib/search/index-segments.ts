/**
 * A page's words for the index as the reader's browser parts a query. Pagefind parts a language
 * written without spaces (Chinese) twice, and not alike: its indexer with a dictionary of its own,
 * its runtime a query with the browser's Intl.Segmenter (ICU's dictionary). Where the two differ,
 * a word the reader types never meets the page's: the indexer parted "白俄罗斯成为成员国" (Belarus
 * becomes a member state) as 白俄 罗斯 …, the browser parts "白俄罗斯" as 白 俄罗斯, and no Chinese
 * query for Belarus found its timeline event. So the copy of each page Pagefind indexes (never the
 * page readers get) has its runs of Han characters parted where Intl.Segmenter parts them, by a
 * zero-width space, which Pagefind takes as a word's end and keeps between the words of a result's
 * `raw_content` (as it does its own parts). Pure: the build step reads and writes the files.
 */
import { Parser } from 'htmlparser2';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { SEGMENT_MARK } from './config.ts';
import { searchLanguage } from './languages.ts';

/** Elements whose text is not a page's words (htmlparser2 reports their contents as text). */
const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea']);

/** The locale of a page's `<html lang>` when it is an edition written without spaces. */
function segmentedLocale(html: string): Locale | undefined {
  const lang = /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1]?.toLowerCase();
  const locale = (Object.keys(LOCALES) as Locale[]).find(
    (each) => LOCALES[each].lang.toLowerCase() === lang,
  );
  return locale !== undefined && searchLanguage(locale)?.vocabulary === 'segments'
    ? locale
    : undefined;
}

/** A run of Han characters with SEGMENT_MARK between the words `segmenter` finds in it. */
function markedRun(run: string, segmenter: Intl.Segmenter): string {
  return [...segmenter.segment(run)].map((part) => part.segment).join(SEGMENT_MARK);
}

/**
 * The page with SEGMENT_MARK between the words of each run of Han characters in its text (not in
 * its tags, attributes, scripts or styles), as Intl.Segmenter parts the run in the page's
 * language; a page in a language written with spaces is returned as it is. Taking the marks out
 * gives the page back.
 */
export function segmentedForIndex(html: string): string {
  const locale = segmentedLocale(html);
  if (locale === undefined) return html;
  const segmenter = new Intl.Segmenter(LOCALES[locale].lang, { granularity: 'word' });
  const parts: string[] = [];
  let copied = 0;
  let raw = 0;
  const parser = new Parser(
    {
      onopentag(tag) {
        if (RAW_TEXT.has(tag)) raw += 1;
      },
      onclosetag(tag) {
        if (RAW_TEXT.has(tag)) raw = Math.max(0, raw - 1);
      },
      ontext(text) {
        if (raw > 0 || !/\p{Script=Han}/u.test(text)) return;
        // Entities are not decoded (below), so the text is the page's own, from startIndex on.
        const start = parser.startIndex;
        parts.push(
          html.slice(copied, start),
          text.replace(/\p{Script=Han}+/gu, (run) => markedRun(run, segmenter)),
        );
        copied = start + text.length;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
