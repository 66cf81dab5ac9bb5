import type { CitationMark } from '../citations.ts';
import type { ContentProblem } from '../content-error.ts';
import type { EditorialContent, SourceInfo, TermInfo } from './content-units.ts';
import {
  containsWords,
  formatPart,
  hashWords,
  OPENING_WORDS,
  partContains,
  partsWithShingle,
  SHINGLE_WORDS,
  wordsOf,
  type ArticlePrint,
  type PartKey,
} from './fingerprint.ts';
import type { Section, TextUnit } from './prose.ts';

/** The command that (re)writes a fingerprint, for fixes. */
export function fingerprintCommand(source: string): string {
  return `npm run sources:fingerprint -- ${source} <text-file>`;
}

function where(unit: TextUnit, line: number): string {
  return unit.field === 'body' ? `line ${line}` : `line ${line} (${unit.field})`;
}

function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * Copy check: no run of SHINGLE_WORDS or more consecutive words outside quotation marks matches an
 * article. Each run is reported once, at its full length, with the article part it matches.
 */
export function checkCopies(units: readonly TextUnit[], prints: readonly ArticlePrint[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const unit of units) {
    for (const run of unit.runs) {
      const words = run.map((w) => w.word);
      const hits = Array.from({ length: Math.max(0, words.length - SHINGLE_WORDS + 1) }, (_, k) =>
        firstHit(prints, words.slice(k, k + SHINGLE_WORDS)),
      );
      let i = 0;
      while (i < hits.length) {
        const hit = hits[i];
        if (!hit) {
          i += 1;
          continue;
        }
        let j = i;
        while (hits[j + 1]) j += 1;
        const first = run[i];
        const last = run[j + SHINGLE_WORDS - 1];
        const copied = first && last ? unit.text.slice(first.start, last.end) : '';
        const part = formatPart(hit.print.source, hit.key);
        problems.push({
          file: unit.file,
          field: where(unit, first?.line ?? 0),
          problem: `copies ${j - i + SHINGLE_WORDS} words of ${part} without quotation marks: "${shorten(copied)}"`,
          fix: `say it in the site's own words, or quote the words exactly, in quotation marks, and cite ${part}`,
        });
        i = j + SHINGLE_WORDS;
      }
    }
  }
  return problems;
}

function firstHit(prints: readonly ArticlePrint[], shingle: readonly string[]): { print: ArticlePrint; key: PartKey } | undefined {
  for (const print of prints) {
    const [key] = partsWithShingle(print, shingle);
    if (key !== undefined) return { print, key };
  }
  return undefined;
}

/** The segments of a quotation, split at "…" or "...", which mark an omission. */
export function quotationSegments(text: string): string[][] {
  return text
    .split(/…|\.\s*\.\s*\./)
    .map(wordsOf)
    .filter((w) => w.length > 0);
}

/** The wording the repository holds for a cited place, as a test of whether a segment is in it. */
type Holder = { label: string; has: (segment: readonly string[]) => boolean };

function holderOf(
  mark: CitationMark,
  prints: ReadonlyMap<string, ArticlePrint>,
  sources: ReadonlyMap<string, SourceInfo>,
): Holder | undefined {
  const print = prints.get(mark.source);
  if (print) {
    const key: PartKey | undefined = mark.notes ? 'notes' : mark.p;
    if (key === undefined) return undefined;
    return { label: formatPart(mark.source, key), has: (segment) => partContains(print, key, segment) };
  }
  const source = sources.get(mark.source);
  if (!source || source.openings || source.facts.length === 0) return undefined;
  const facts = source.facts.map(wordsOf);
  return { label: mark.source, has: (segment) => facts.some((f) => containsWords(f, segment)) };
}

function allHolders(prints: ReadonlyMap<string, ArticlePrint>, sources: ReadonlyMap<string, SourceInfo>): Holder[] {
  const holders: Holder[] = [];
  for (const print of prints.values()) {
    for (const key of print.parts.keys())
      holders.push(holderOf(key === 'notes' ? { source: print.source, notes: true } : { source: print.source, p: key }, prints, sources)!);
  }
  for (const source of sources.values()) {
    const holder = holderOf({ source: source.id }, prints, sources);
    if (holder) holders.push(holder);
  }
  return holders;
}

/**
 * Quotation check: every passage in quotation marks is cited, and appears word for word in what it
 * is cited to (an article's paragraph or notes through its fingerprint, a reference source's facts).
 * Case, quote style, punctuation and "…" for an omission are allowed.
 */
export function checkQuotations(
  units: readonly TextUnit[],
  prints: ReadonlyMap<string, ArticlePrint>,
  sources: ReadonlyMap<string, SourceInfo>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const everywhere = allHolders(prints, sources);
  for (const unit of units) {
    for (const line of unit.unclosed) {
      problems.push({
        file: unit.file,
        field: where(unit, line),
        problem: 'a quotation mark is opened and never closed in the same paragraph',
        fix: 'close the quotation, or remove the stray mark',
      });
    }
    for (const quote of unit.quotations) {
      const segments = quotationSegments(quote.text);
      if (segments.length === 0) continue;
      const shown = `"${shorten(quote.text, 80)}"`;
      if (quote.cites.length === 0) {
        problems.push({
          file: unit.file,
          field: where(unit, quote.line),
          problem: `the quotation ${shown} has no citation after it`,
          fix: 'put the citation of the paragraph it quotes after it, in the same sentence; if it is not a quotation, write it without quotation marks (italics for a word as a word)',
        });
        continue;
      }
      const holders = quote.cites.map((m) => holderOf(m, prints, sources)).filter((h): h is Holder => h !== undefined);
      // A citation the repository holds no wording for (an unknown source is reported elsewhere) cannot be checked.
      if (holders.length === 0) continue;
      if (holders.some((h) => segments.every((s) => h.has(s)))) continue;
      const found = everywhere.filter((h) => segments.every((s) => h.has(s))).map((h) => h.label);
      const short = segments.some((s) => s.length < SHINGLE_WORDS);
      const articles = [...new Set(quote.cites.filter((m) => prints.has(m.source)).map((m) => m.source))];
      problems.push({
        file: unit.file,
        field: where(unit, quote.line),
        problem: `the quotation ${shown} is not word for word in ${holders.map((h) => h.label).join(' or ')}${found.length > 0 ? ` (it is in ${found.join(', ')})` : ''}`,
        fix:
          found.length > 0
            ? `cite ${found[0]}, where the words are`
            : `quote the words exactly as they stand (mark an omission with "…"), or cite the paragraph they come from${
                short && articles.length > 0
                  ? `; quotations under ${SHINGLE_WORDS} words are checked against those recorded in content/fingerprints/${articles[0]}.json: if it is exact, record it with \`${fingerprintCommand(articles[0] ?? '')}\``
                  : ''
              }`,
      });
    }
  }
  return problems;
}

/**
 * Paragraph anchors: each summary of an article holds the paragraph's first words (`opening`), which
 * must be the first words of the paragraph in that position in the fingerprint; so inserting,
 * deleting or swapping a summary stops the build.
 */
export function checkAnchors(sources: ReadonlyMap<string, SourceInfo>, prints: ReadonlyMap<string, ArticlePrint>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const source of sources.values()) {
    if (!source.openings) continue;
    const print = prints.get(source.id);
    if (!print) {
      problems.push({
        file: source.file,
        field: `line ${source.paragraphsLine} (paragraphs)`,
        problem: `the article has no fingerprint (content/fingerprints/${source.id}.json), so nothing on the site can be checked against it`,
        fix: `run \`${fingerprintCommand(source.id)}\` with the article's text`,
      });
      continue;
    }
    if (source.openings.length !== print.paragraphCount) {
      problems.push({
        file: source.file,
        field: `line ${source.paragraphsLine} (paragraphs)`,
        problem: `has ${source.openings.length} paragraph summaries, but the article's fingerprint has ${print.paragraphCount} paragraphs`,
        fix: 'write one summary per body paragraph, in order; if the text changed, run the fingerprint command again',
      });
    }
    source.openings.forEach((opening, index) => {
      const n = index + 1;
      const field = `line ${opening.line} (paragraphs[${index}].opening)`;
      const words = wordsOf(opening.text ?? '');
      if (words.length !== OPENING_WORDS) {
        problems.push({
          file: source.file,
          field,
          problem:
            opening.text === undefined ? `the summary of ¶${n} has no opening` : `the opening "${opening.text}" has ${words.length} words`,
          fix: `write the paragraph's first ${OPENING_WORDS} words, as they stand in the article: opening: "…"`,
        });
        return;
      }
      const hash = hashWords(print.salt, 'opening', words);
      if (print.parts.get(n)?.opening === hash) return;
      const actual = [...print.parts].find(([, p]) => p.opening === hash)?.[0];
      problems.push({
        file: source.file,
        field,
        problem:
          actual === undefined
            ? `"${opening.text}" is not how ¶${n} opens, nor any other paragraph`
            : `"${opening.text}" is how ¶${actual} opens, not ¶${n}: the summaries are out of order, or one is missing or extra`,
        fix: `keep one summary per paragraph in the article's order, each with that paragraph's first ${OPENING_WORDS} words; check the citations of the paragraphs you moved`,
      });
    });
  }
  return problems;
}

/** "Discussed in" is true: each section a glossary term links to names the term or one of its other names. */
export function checkDiscussedIn(
  terms: readonly TermInfo[],
  sections: ReadonlyMap<string, { file: string; sections: readonly Section[] }>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const term of terms) {
    const names = term.names.map((n) => wordsOf(n).join(' ')).filter((n) => n !== '');
    for (const link of term.discussedIn) {
      const topic = sections.get(link.topic);
      const section = topic?.sections.find((s) => s.id === link.section);
      // A topic or section that does not exist is reported by the cross-references check.
      if (!topic || !section) continue;
      if (names.some((name) => section.words.includes(` ${name} `))) continue;
      problems.push({
        file: term.file,
        field: `line ${link.line} (${term.id} → discussedIn[${link.index}])`,
        problem: `the section "${link.section}" (${topic.file}, line ${section.line}) never names ${term.names.map((n) => `"${n}"`).join(' or ')}`,
        fix: 'link a section that names the term, or name the term in that section if it discusses it',
      });
    }
  }
  return problems;
}

/** Runs every editorial check on parsed content. */
export function checkEditorialContent(content: EditorialContent, prints: ReadonlyMap<string, ArticlePrint>): ContentProblem[] {
  return [
    ...checkAnchors(content.sources, prints),
    ...checkCopies(content.units, [...prints.values()]),
    ...checkQuotations(content.units, prints, content.sources),
    ...checkDiscussedIn(content.terms, content.sections),
  ];
}
