/**
 * Writes the fingerprint of a source article, content/fingerprints/<source-id>.json, from its text:
 *   npm run sources:fingerprint -- <source-id> <text-file>
 * The text file holds the article one paragraph per line (blank lines are ignored). Body paragraphs
 * are found by the `opening` of each summary in content/sources/<source-id>.yaml (the paragraph's
 * first four words); every other line (title, byline, editor's and author's notes, a closing marker)
 * counts as the article's notes. The short quotations the site makes of the article are recorded
 * when they are found in the paragraph they cite. The text itself is never written.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { quotationSegments } from '#lib/content/editorial/checks.ts';
import { readEditorialContent } from '#lib/content/editorial/content-units.ts';
import {
  buildFingerprint,
  FingerprintSchema,
  OPENING_WORDS,
  SHINGLE_WORDS,
  wordsOf,
  type PartKey,
  type QuoteClaim,
} from '#lib/content/editorial/fingerprint.ts';
import { readEditorialInput } from '#lib/content/editorial/read-files.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [id, textFile] = process.argv.slice(2);
if (!id || !textFile) fail('Usage: npm run sources:fingerprint -- <source-id> <text-file>');
if (!existsSync(textFile)) fail(`${textFile}: no such file`);

const content = readEditorialContent(readEditorialInput('.'));
const source = content.sources.get(id);
if (!source) fail(`content/sources/${id}.yaml: no such source`);
if (!source.openings)
  fail(
    `${source.file}: not an article (it has no paragraph summaries), so it takes no fingerprint`,
  );

const blocks = readFileSync(textFile, 'utf8')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line !== '');
const starts = blocks.map((block) => wordsOf(block).slice(0, OPENING_WORDS).join(' '));
const listing = blocks
  .map(
    (block, index) =>
      `  line ${index + 1}: ${wordsOf(block).length} words, opens "${starts[index]}"`,
  )
  .join('\n');

// Each summary's opening names its paragraph; the paragraphs must come in the text's order.
const bodyIndex: number[] = [];
source.openings.forEach((opening, index) => {
  const wanted = wordsOf(opening.text ?? '').join(' ');
  const matches = starts.flatMap((start, i) => (start === wanted ? [i] : []));
  if (wanted === '' || matches.length !== 1) {
    fail(
      `${source.file}:${opening.line}: paragraphs[${index}].opening ${opening.text === undefined ? 'is missing' : `"${opening.text}" opens ${matches.length} lines of ${textFile}`}\n` +
        `    Fix: give each summary its paragraph's first ${OPENING_WORDS} words. The text's lines:\n${listing}`,
    );
  }
  bodyIndex.push(matches[0] ?? -1);
});
if (bodyIndex.some((n, i) => i > 0 && n <= (bodyIndex[i - 1] ?? -1))) {
  fail(
    `${source.file}: the summaries' openings are not in the text's order (lines ${bodyIndex.map((n) => n + 1).join(', ')})\n    Fix: order the summaries as the paragraphs stand in the article`,
  );
}
const paragraphs = bodyIndex.map((i) => blocks[i] ?? '');
const notes = blocks.filter((_, i) => !bodyIndex.includes(i));

// The site's quotations of this article, segment by segment, with the parts they are cited to.
const claims: (QuoteClaim & { where: string })[] = [];
for (const unit of content.units) {
  for (const quote of unit.quotations) {
    const parts: PartKey[] = quote.cites
      .filter((m) => m.source === id)
      .flatMap((m): PartKey[] => (m.notes ? ['notes'] : m.p === undefined ? [] : [m.p]));
    if (parts.length === 0) continue;
    for (const segment of quotationSegments(quote.text)) {
      if (segment.length < SHINGLE_WORDS)
        claims.push({ text: segment.join(' '), parts, where: `${unit.file}:${quote.line}` });
    }
  }
}

const out = `content/fingerprints/${id}.json`;
const previous = existsSync(out)
  ? FingerprintSchema.safeParse(JSON.parse(readFileSync(out, 'utf8')))
  : undefined;
// Keeping the salt keeps the file's hashes stable from one run to the next, so diffs show real changes.
const salt = previous?.success ? previous.data.salt : randomBytes(16).toString('hex');
const { fingerprint, recorded, rejected } = buildFingerprint(
  id,
  salt,
  { notes, paragraphs },
  claims,
);
mkdirSync('content/fingerprints', { recursive: true });
writeFileSync(out, `${JSON.stringify(fingerprint, null, 2)}\n`);

const shingleCount = fingerprint.paragraphs.reduce(
  (sum, p) => sum + p.shingles.length,
  fingerprint.notes.shingles.length,
);
console.log(
  `${out}: ${paragraphs.length} paragraphs, ${notes.length} lines of notes, ${shingleCount} shingles, ${recorded} short quotations recorded`,
);
for (const claim of rejected) {
  const where = claims.find((c) => c === claim)?.where ?? '';
  console.log(
    `  not recorded for ${id} (not in ${claim.parts.map((p) => (p === 'notes' ? 'the notes' : `¶${p}`)).join(' or ')}): "${claim.text}" at ${where}; fine if another source it cites has it`,
  );
}
