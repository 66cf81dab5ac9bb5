import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '#lib/content/content-error.ts';
import { checkEditorialRules } from '#lib/content/editorial/index.ts';
import { bodyStart, blankMarkup } from '#lib/content/editorial/prose.ts';
import { readEditorialInput } from '#lib/content/editorial/read-files.ts';

// The editorial rules on the real content: what the build checks, run without a build, and the
// limit on sentences about the site itself (DESIGN.md: topic pages say what our copies lack at most twice).
const input = readEditorialInput('.');

test('the content keeps every editorial rule the build checks', () => {
  expect(checkEditorialRules(input).map(formatProblem)).toEqual([]);
});

test('every article with paragraph summaries has a fingerprint', () => {
  const articles = input.sources.filter((s) => /^paragraphs:/m.test(s.text)).map((s) => s.file.replace(/^.*\/|\.yaml$/g, ''));
  const prints = input.fingerprints.map((f) => f.file.replace(/^.*\/|\.json$/g, ''));
  expect(articles.length).toBeGreaterThan(0);
  expect(prints.sort()).toEqual(articles.sort());
});

/** Words that mark a sentence about the site or its copy of a source rather than about the SCO. */
const ABOUT_THE_SITE = /\b(?:the site|this site|the site's|our (?:copy|incomplete copy)|this page|surviving|summari[sz]ed here|we have)\b/i;

/** The sentences of a page's body, as a reader sees them. */
function sentences(text: string): string[] {
  const { text: plain } = blankMarkup(text, bodyStart(text));
  return plain
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/)
    .filter((s) => s.trim() !== '');
}

describe.each(readdirSync('content/topics').filter((f) => f.endsWith('.mdx')))('content/topics/%s', (file) => {
  const text = readFileSync(`content/topics/${file}`, 'utf8');

  test('says at most two sentences about the site or its copies', () => {
    const about = sentences(text).filter((s) => ABOUT_THE_SITE.test(s));
    expect(about.length, about.join('\n')).toBeLessThanOrEqual(2);
  });

  test('judges nothing in its own voice ("does not explain how …")', () => {
    expect(sentences(text).filter((s) => /\b(?:does not|do not|cannot) (?:explain|say) how\b/i.test(s))).toEqual([]);
  });
});

test('the sentence splitter finds sentences about the site', () => {
  const sample = '---\ntitle: x\n---\n\nThe SCO met.<Cite source="a" /> Our copy stops here. This page says so. Azam writes "this".';
  expect(sentences(sample).filter((s) => ABOUT_THE_SITE.test(s))).toEqual(['Our copy stops here.', 'This page says so.']);
});
