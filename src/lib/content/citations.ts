import { isReference } from './source-kind';
import type { ContentProblem } from './content-error';
import type { Source } from '../../schemas/source';

/** A citation as written: a source id and, for an article, a paragraph or its notes. */
export interface CitationMark {
  source: string;
  p?: number;
  /** The article's editor's and author's notes, printed before ¶1 (who wrote it, for whom). */
  notes?: true;
}

/** What the citation helpers need to know about a source: its id and these fields of its file (src/schemas/source.ts). */
export type SourceFacts = { id: string } & Pick<Source, 'title' | 'author' | 'kind' | 'published'> &
  Partial<Pick<Source, 'outlet'>> & {
    /** Paragraph summaries, for articles; undefined for reference sources. */
    paragraphs?: readonly Pick<NonNullable<Source['paragraphs']>[number], 'summary'>[] | undefined;
  };

/** A numbered footnote, ready to render. */
export interface Footnote {
  n: number;
  /** The source's id, for the page's list of full references. */
  source: string;
  /** The source page, and the paragraph's summary on it when one is cited. */
  href: string;
  /** Short form, e.g. "Alimov, UN Chronicle, ¶5"; the full reference is in the page's list of sources. */
  label: string;
  /** The source's title. */
  title: string;
  /** The cited paragraph's summary, for articles. */
  summary?: string;
  /** On a translated page: the English originals of the quotations this note follows (<Q en="…">). */
  quotes?: string[];
}

/** A stable key for one source-and-paragraph pair: "alimov-2017#5" or "sco-about". */
export function citationKey({ source, p, notes }: CitationMark): string {
  if (notes) return `${source}#notes`;
  return p === undefined ? source : `${source}#${p}`;
}

/** How a citation is written in prose and in problem messages: "alimov-2017 ¶5". */
export function formatCitationMark({ source, p, notes }: CitationMark): string {
  if (notes) return `${source} notes`;
  return p === undefined ? source : `${source} ¶${p}`;
}

/**
 * Link to a source page, to the cited paragraph's summary on it (/sources/alimov-2017/#p5), or, for
 * an article's notes, to the part of the page that describes who wrote it and for whom.
 */
export function sourceHref(source: string, p?: number, notes?: boolean): string {
  if (notes) return `/sources/${source}/#about-this-source`;
  return p === undefined ? `/sources/${source}/` : `/sources/${source}/#p${p}`;
}

/**
 * The words and marks of a short citation in one edition (UI[locale].cite.shortForm): "n.d.", a
 * footnote's "notes", the comma between its parts and the parentheses around a year.
 */
export interface ShortFormWords {
  undated: string;
  notes: string;
  comma: string;
  open: string;
  close: string;
}

/** The English short forms: "Alimov (2017)", "Azam, CGTN, notes". */
export const ENGLISH_SHORT_FORM: ShortFormWords = {
  undated: 'n.d.',
  notes: 'notes',
  comma: ', ',
  open: ' (',
  close: ')',
};

/** What separates the parts of a name: spaces and the middle dots of transliterated names (拉希德·阿利莫夫). */
const NAME_PARTS = /[\s\u00B7\u2027\u30FB\u2022]+/u;

/** A person's family name: the last part of the name ("Alimov", «Алимов», 阿利莫夫). */
export function familyName(author: string): string {
  return author.trim().split(NAME_PARTS).at(-1) ?? author;
}

/**
 * Author and year, as in an author–date citation: the family name for the articles' authors
 * ("Alimov (2017)", «Алимов (2017)»), the institution for reference sources ("SCO Secretariat (n.d.)").
 */
export function shortAuthor(source: SourceFacts, words: ShortFormWords = ENGLISH_SHORT_FORM): string {
  const year = /^\d{4}/.exec(source.published)?.[0] ?? words.undated;
  const name = isReference(source) ? source.author : familyName(source.author);
  return `${name}${words.open}${year}${words.close}`;
}

/**
 * The short form a footnote names a source by, the full reference standing once in the page's list
 * of sources: for an article the author's family name and the outlet's short name ("Azam, CGTN"),
 * for a reference source its author and title ("SCO Secretariat, About SCO"), since one author
 * (TASS) may stand behind several reports.
 */
export function shortReference(source: SourceFacts, words: ShortFormWords = ENGLISH_SHORT_FORM): string {
  if (isReference(source)) return `${source.author}${words.comma}${source.title}`;
  const family = familyName(source.author);
  const outlet = shortOutlet(source.outlet);
  return outlet ? `${family}${words.comma}${outlet}` : family;
}

/**
 * An outlet's short name, as a footnote gives it: "UN Chronicle, Vol. LIV No. 3 (2017)" → "UN
 * Chronicle"; "CGTN (China Global …)" → "CGTN"; "中国国际电视台（CGTN）" → "中国国际电视台";
 * "《联合国纪事》第LIV卷…" → "《联合国纪事》". Empty for none.
 */
export function shortOutlet(outlet: string | undefined): string {
  return (
    (/^《[^》]*》/.exec(outlet ?? '')?.[0] ?? outlet)?.split(/\s*[,(，（]/)[0]?.trim() ?? ''
  );
}

/**
 * Checks citations against the sources: the source exists, an article is cited with a paragraph it
 * has, and a reference source (which has no paragraphs) without one. Returns every problem.
 */
export function checkCitations(
  marks: readonly CitationMark[],
  sources: ReadonlyMap<string, SourceFacts>,
  file: string,
  field: (mark: CitationMark, index: number) => string,
  lines?: readonly (number | undefined)[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  marks.forEach((mark, index) => {
    const where = field(mark, index);
    const line = lines?.[index];
    const source = sources.get(mark.source);
    if (!source) {
      const known = [...sources.keys()].join(', ');
      problems.push({
        file,
        line,
        field: where,
        problem: `cites "${mark.source}", which is not a source`,
        fix: `use one of: ${known}, or add content/sources/${mark.source}.yaml`,
      });
      return;
    }
    const count = source.paragraphs?.length;
    if (mark.notes && mark.p !== undefined) {
      problems.push({
        file,
        line,
        field: where,
        problem: `cites both ¶${mark.p} and the notes of "${mark.source}"`,
        fix: 'cite the paragraph or the notes, in two citations if both support the claim',
      });
    } else if (mark.notes && count === undefined) {
      problems.push({
        file,
        line,
        field: where,
        problem: `cites the notes of "${mark.source}", a reference source, which has none`,
        fix: 'leave out notes',
      });
    } else if (mark.notes) {
      // An article's editor's and author's notes: nothing more to check.
    } else if (count === undefined) {
      if (mark.p !== undefined) {
        problems.push({
          file,
          line,
          field: where,
          problem: `cites ¶${mark.p} of "${mark.source}", a reference source with no numbered paragraphs`,
          fix: 'leave out the paragraph',
        });
      }
    } else if (mark.p === undefined) {
      problems.push({
        file,
        line,
        field: where,
        problem: `cites "${mark.source}" without a paragraph`,
        fix: `add the paragraph that supports the claim (1–${count}), or notes: true for its editor's and author's notes`,
      });
    } else if (mark.p > count) {
      problems.push({
        file,
        line,
        field: where,
        problem: `cites ¶${mark.p}, but "${mark.source}" has paragraphs 1–${count}`,
        fix: `cite a paragraph between 1 and ${count}`,
      });
    }
  });
  return problems;
}

/** Builds the footnotes for citations already checked with checkCitations, numbered in order from 1. */
export function toFootnotes(
  marks: readonly CitationMark[],
  sources: ReadonlyMap<string, SourceFacts>,
  words: ShortFormWords = ENGLISH_SHORT_FORM,
): Footnote[] {
  return marks.map((mark, index) => {
    const source = sources.get(mark.source);
    if (!source) throw new Error(`toFootnotes: unknown source "${mark.source}" (run checkCitations first)`);
    const summary = mark.p === undefined ? undefined : source.paragraphs?.[mark.p - 1]?.summary;
    const where = mark.notes
      ? `${words.comma}${words.notes}`
      : mark.p === undefined
        ? ''
        : `${words.comma}¶${mark.p}`;
    const label = `${shortReference(source, words)}${where}`;
    return {
      n: index + 1,
      source: mark.source,
      href: sourceHref(mark.source, mark.p, mark.notes),
      label,
      title: source.title,
      ...(summary === undefined ? {} : { summary }),
    };
  });
}
