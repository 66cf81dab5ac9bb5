/**
 * A translation keeps the English page's structure and sources (DESIGN.md, "Editions"): the same
 * sections with the same ids in the same order, and in each section the same citations (the same
 * sources and paragraphs, as often), so that a reader of any edition can check the same claim
 * against the same paragraph. Pure: it compares what inspectMdx read from the two files.
 */
import type { MdxFacts } from '../markdown/mdx-rules';
import { citationKey, formatCitationMark, type CitationMark } from './citations';
import type { ContentProblem } from './content-error';

/** What the comparison needs of one MDX file. */
export type ProseOutline = { file: string } & Pick<MdxFacts, 'headings' | 'cites'>;

/** The text before the first heading, which has no id. */
const INTRO = '(the opening, before the first heading)';

interface Section {
  id: string;
  line: number | undefined;
  cites: Map<string, { mark: CitationMark; count: number }>;
}

/** The page's sections in order, each with the citations it holds, counted. */
export function sectionsOf(outline: ProseOutline): Section[] {
  const sections: Section[] = [{ id: INTRO, line: 1, cites: new Map() }];
  const headings = [...outline.headings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (const heading of headings)
    sections.push({ id: `#${heading.id ?? '(no id)'}`, line: heading.line, cites: new Map() });
  for (const { mark, line } of outline.cites) {
    // The section a citation is in: the last heading above its line.
    let at = 0;
    for (let i = 1; i < sections.length; i++) if ((sections[i]!.line ?? 0) <= (line ?? 0)) at = i;
    const section = sections[at]!;
    const key = citationKey(mark);
    const entry = section.cites.get(key) ?? { mark, count: 0 };
    entry.count += 1;
    section.cites.set(key, entry);
  }
  return sections;
}

const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** What the translation does differently from the English page, each problem at its line. */
export function checkProseParity(english: ProseOutline, translated: ProseOutline): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const en = sectionsOf(english);
  const tr = sectionsOf(translated);
  const enIds = en.map((s) => s.id).join(' ');
  const trIds = tr.map((s) => s.id).join(' ');
  if (enIds !== trIds) {
    const at = en.findIndex((s, i) => s.id !== tr[i]?.id);
    problems.push({
      file: translated.file,
      line: tr[at]?.line ?? tr.at(-1)?.line,
      field: 'headings',
      problem: `the sections differ from ${english.file}: it has ${en
        .slice(1)
        .map((s) => s.id)
        .join(', ')}; this file has ${tr
        .slice(1)
        .map((s) => s.id)
        .join(', ')}`,
      fix: 'give the translation the same headings, with the same {#id}s, in the same order as the English page',
    });
    // Sections are compared only when they line up; a fix above first.
    return problems;
  }
  for (const [i, section] of tr.entries()) {
    const english = en[i]!;
    const keys = new Set([...english.cites.keys(), ...section.cites.keys()]);
    for (const key of [...keys].sort()) {
      const want = english.cites.get(key);
      const have = section.cites.get(key);
      if ((want?.count ?? 0) === (have?.count ?? 0)) continue;
      const mark = formatCitationMark((want ?? have)!.mark);
      problems.push({
        file: translated.file,
        line: section.line,
        field: `${section.id} citations`,
        problem: `cites ${mark} ${have ? times(have.count) : 'nowhere'}, where the English section cites it ${want ? times(want.count) : 'nowhere'}`,
        fix: 'cite the same sources and paragraphs in each section as the English page, after the same claims',
      });
    }
  }
  return problems;
}

/** Markdown as a reader reads it, for finding a quotation in it: links as their words, spaces collapsed. */
const plain = (markdown: string): string =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ');

/**
 * Every quotation of a translation names, in `en`, words the English page quotes: so the footnote
 * can give the English original, and the check that quotations are word for word in their source
 * covers the translation through its English page.
 */
export function checkQuotations(
  englishText: string,
  translated: { file: string; quotes: readonly { en: string; line: number | undefined }[] },
): ContentProblem[] {
  const text = plain(englishText);
  return translated.quotes
    .filter((quote) => !text.includes(plain(quote.en)))
    .map((quote) => ({
      file: translated.file,
      line: quote.line,
      field: '<Q> en',
      problem: `"${quote.en}" is not in the English text it translates`,
      fix: "give en the words exactly as the English quotes them (a link as its text)",
    }));
}
