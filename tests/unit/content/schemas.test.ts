import { describe, expect, test } from 'vitest';
import { describeFutureDate, isPartialDate, latestDayOnEarth } from '../../../src/schemas/common';
import { TermSchema } from '../../../src/schemas/glossary';
import { MemberSchema } from '../../../src/schemas/member';
import { PageSchema } from '../../../src/schemas/page';
import { SourceSchema } from '../../../src/schemas/source';
import { EventSchema } from '../../../src/schemas/timeline';
import { TopicSchema } from '../../../src/schemas/topic';
import { TranslationStampSchema } from '../../../src/schemas/translation';

/** The first issue of a failed parse, as "path: message". */
function firstIssue(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string {
  const issue = result.error?.issues[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : 'no issue';
}

const TOPIC = {
  title: 'The Shanghai Spirit',
  navLabel: 'Shanghai Spirit',
  description: 'The SCO official statement of its values and external stance, and how two authors describe it.',
  learn: 'Which values the SCO names for its members and for others, and how two writers read them.',
  kind: 'principle',
  order: 1,
  sources: ['alimov-2017'],
  lastReviewed: new Date('2026-11-22'),
};

const ARTICLE = {
  title: 'An article',
  author: 'Rashid Alimov',
  authorRole: 'SCO Secretary-General',
  outlet: 'UN Chronicle',
  published: '2017',
  kind: 'official',
  lastReviewed: '2026-11-22',
  completeness: 'Incomplete copy.',
  about: 'What it is.',
  paragraphs: [{ opening: 'The Shanghai Cooperation Organization', summary: 'One.' }],
};

const TERM = {
  id: 'rats',
  name: 'Regional Anti-Terrorist Structure',
  otherNames: ['RATS'],
  kind: 'institution',
  lastReviewed: '2026-11-22',
  definition: 'The SCO body in Tashkent.',
  sources: [{ source: 'azam-cgtn', p: 4 }],
  discussedIn: [{ topic: 'rats', section: 'what-rats-is' }],
};

describe('TopicSchema', () => {
  test('accepts a valid topic and normalises its date', () => {
    const topic = TopicSchema.parse(TOPIC);
    expect(topic.lastReviewed).toBe('2026-11-22');
    expect(topic.sources).toEqual([{ id: 'alimov-2017', collection: 'sources' }]);
  });

  test.each([
    ['a missing title', { title: undefined }, /^title: /],
    ['an unknown kind', { kind: 'person' }, /^kind: kind must be one of: principle, institution, event/],
    [
      'a malformed date',
      { lastReviewed: '2026-13-01' },
      /^lastReviewed: "2026-13-01" has no month 13 \(months run 01–12\)\. Fix: write the day of the review/,
    ],
    [
      'a date that is not a day',
      { lastReviewed: '2026-02-30' },
      /^lastReviewed: "2026-02-30" is not a day: February 2026 has 28 days\. Fix:/,
    ],
    ['a description too long for previews', { description: 'x'.repeat(161) }, /^description: /],
    ['an unknown field', { autor: 'x' }, /autor/],
  ])('rejects %s', (_name, change, message) => {
    expect(firstIssue(TopicSchema.safeParse({ ...TOPIC, ...change }))).toMatch(message);
  });
});

describe('SourceSchema', () => {
  test('accepts an article and a reference', () => {
    expect(SourceSchema.safeParse(ARTICLE).success).toBe(true);
    const { paragraphs: _, ...rest } = ARTICLE;
    expect(SourceSchema.safeParse({ ...rest, kind: 'reference', facts: ['A fact.'], published: 'unknown' }).success).toBe(true);
  });

  test.each([
    [
      'a paragraph summary without its opening words',
      { paragraphs: [{ summary: 'One.' }] },
      /^paragraphs\.0\.opening: opening is required/,
    ],
    ['a malformed published date', { published: '17/06/2004' }, /^published: /],
    ['an unknown kind', { kind: 'blog' }, /^kind: kind must be one of: opinion, official, reference/],
    ['a url that is not an address', { url: 'eng.sectsco.org' }, /^url: is not a full https:\/\/ or http:\/\/ address/],
    ['a url that runs script', { url: 'javascript:alert(1)' }, /^url: is not a full https:\/\/ or http:\/\/ address/],
    ['a url to a file of the build machine', { url: 'file:///etc/passwd' }, /^url: is not a full https:\/\/ or http:\/\/ address/],
    ['a reference with paragraphs', { kind: 'reference' }, /^paragraphs: a reference source lists `facts` and no `paragraphs`/],
  ])('rejects %s', (_name, change, message) => {
    expect(firstIssue(SourceSchema.safeParse({ ...ARTICLE, ...change }))).toMatch(message);
  });
});

describe('TermSchema', () => {
  test('accepts a term and resolves its references', () => {
    const term = TermSchema.parse(TERM);
    expect(term.sources[0]?.source).toEqual({ id: 'azam-cgtn', collection: 'sources' });
    expect(term.discussedIn[0]?.topic).toBe('rats');
  });

  test.each([
    ['an id with capitals', { id: 'RATS' }, /^id: must be lowercase letters, digits and single hyphens/],
    ['no sources', { sources: [] }, /^sources: cite at least one source/],
    ['a paragraph that is not a number', { sources: [{ source: 'azam-cgtn', p: 'four' }] }, /^sources\.0\.p: p must be a paragraph number/],
    ['no sections that discuss it', { discussedIn: [] }, /^discussedIn: name at least one section/],
    ['an unknown kind', { kind: 'person' }, /^kind: kind must be one of/],
    // A first reader took "Anti-Drug-Center", beside "Anti-Drug Center", for a typo.
    ['an other name that is another written otherwise', { name: 'SCO Anti-Drug Centre', otherNames: ['Anti-Drug Center', 'Anti-Drug-Center'] }, /^otherNames\.1: "Anti-Drug-Center" is "Anti-Drug Center" written another way .*Fix: remove it/],
    ['an other name that is the name written otherwise', { name: 'Non-aggression', otherNames: ['nonaggression'] }, /^otherNames\.0: "nonaggression" is "Non-aggression" written another way/],
  ])('rejects %s', (_name, change, message) => {
    expect(firstIssue(TermSchema.safeParse({ ...TERM, ...change }))).toMatch(message);
  });
});

describe('EventSchema and MemberSchema', () => {
  const event = {
    id: 'rats-starts-work-2004',
    date: '2004-06-17',
    title: 'RATS begins work',
    summary: 'It opens.',
    lastReviewed: '2026-11-22',
    sources: [{ source: 'china-org-rats-2004' }],
  };

  test.each([
    ['a year', 2004, '2004'],
    ['a month', '2004-06', '2004-06'],
    ['a day parsed by YAML as a Date', new Date('2004-06-17'), '2004-06-17'],
  ])('accepts a date known to %s', (_name, date, expected) => {
    expect(EventSchema.parse({ ...event, date }).date).toBe(expected);
  });

  test.each([
    ['2004-6-17', 'is not written YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2004-00', 'has no month 00 (months run 01–12)'],
    ['June 2004', 'is not written YYYY, YYYY-MM or YYYY-MM-DD'],
    ['', 'is not written YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2023-02-29', 'is not a day: February 2023 has 28 days'],
    ['2004-06-00', 'is not a day: June 2004 has 30 days'],
  ])('rejects the date %j, saying why', (date, why) => {
    expect(firstIssue(EventSchema.safeParse({ ...event, date }))).toBe(
      `date: ${JSON.stringify(date)} ${why}. Fix: write a real date, e.g. 2004, 2004-06 or 2004-06-17`,
    );
  });

  test('a member needs a full accession day', () => {
    const member = { id: 'india', lastReviewed: '2026-11-22', name: 'India', capital: 'New Delhi', capitalSources: [{ source: 'wikipedia-national-capitals' }], iso: '356', joined: '2017-06', sources: [{ source: 'tass-2017-india-pakistan' }] };
    expect(firstIssue(MemberSchema.safeParse(member))).toBe(
      'joined: "2017-06" has no day; write YYYY-MM-DD. Fix: write a real date, e.g. 2026-11-22',
    );
    expect(MemberSchema.parse({ ...member, joined: '2017-06-09' }).joined).toBe('2017-06-09');
  });

  test.each([
    ['356', '356'],
    [356, '356'],
    [36, '036'],
  ])('reads the map code %j as %j', (iso, read) => {
    const member = { id: 'india', lastReviewed: '2026-11-22', name: 'India', capital: 'New Delhi', capitalSources: [{ source: 'wikipedia-national-capitals' }], iso, joined: '2017-06-09', sources: [{ source: 'tass-2017-india-pakistan' }] };
    expect(MemberSchema.parse(member).iso).toBe(read);
  });

  test.each([['IN'], ['3560'], [''], [undefined], [35.6]])('refuses the map code %j, saying what it must be', (iso) => {
    const member = { id: 'india', lastReviewed: '2026-11-22', name: 'India', capital: 'New Delhi', capitalSources: [{ source: 'wikipedia-national-capitals' }], iso, joined: '2017-06-09', sources: [{ source: 'tass-2017-india-pakistan' }] };
    expect(firstIssue(MemberSchema.safeParse(member))).toMatch(
      /^iso: iso must be the (three-digit )?ISO 3166-1 numeric code, e\.g\. iso: "356" for India/,
    );
  });
});

test.each([
  ['2024', true],
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['2024-13', false],
  ['24', false],
])('isPartialDate(%j) is %s', (text, expected) => {
  expect(isPartialDate(text)).toBe(expected);
});

describe('lastReviewed on sources and data entries', () => {
  const { lastReviewed: _, ...article } = ARTICLE;
  const { lastReviewed: __, ...term } = TERM;
  test.each([
    ['a source', () => SourceSchema.safeParse(article)],
    ['a glossary term', () => TermSchema.safeParse(term)],
    [
      'a member',
      () => MemberSchema.safeParse({ id: 'india', name: 'India', capital: 'New Delhi', capitalSources: [{ source: 'wikipedia-national-capitals' }], iso: '356', joined: '2017-06-09', sources: [{ source: 'sco-about' }] }),
    ],
  ])('%s without it is refused, saying how to add it', (_name, parse) => {
    expect(firstIssue(parse())).toMatch(/^lastReviewed: is required: .*Fix: add lastReviewed: YYYY-MM-DD/);
  });
  test.each([
    ['2026-02-30', /^lastReviewed: "2026-02-30" is not a day: February 2026 has 28 days\. Fix: write the day of the review/],
    ['2026-12', /^lastReviewed: "2026-12" has no day/],
    ['yesterday', /^lastReviewed: "yesterday" is not written YYYY-MM-DD/],
  ])('an ill-formed day %s is refused, saying what is wrong', (day, message) => {
    expect(firstIssue(TermSchema.safeParse({ ...TERM, lastReviewed: day }))).toMatch(message);
    expect(firstIssue(SourceSchema.safeParse({ ...ARTICLE, lastReviewed: day }))).toMatch(message);
  });
  test('a day YAML read as a Date is kept as written', () => {
    expect(TermSchema.parse({ ...TERM, lastReviewed: new Date('2026-11-22') }).lastReviewed).toBe('2026-11-22');
  });
});

// Today at the latest anywhere on Earth is UTC+14's day: 6 December until 10:00 UTC, then 7 December.
test.each([
  [Date.UTC(2026, 11, 6, 9, 59, 59), '2026-12-06'],
  [Date.UTC(2026, 11, 6, 10, 0, 0), '2026-12-07'],
  [Date.UTC(2026, 11, 31, 10, 0, 0), '2027-01-01'],
])('latestDayOnEarth(%i) is %s', (now, day) => {
  expect(latestDayOnEarth(now)).toBe(day);
});

test.each([
  ['2026-12-07', true],
  ['2027', true],
  ['2027-01', true],
  ['2026-12-06', false],
  ['2026-12', false],
  ['2026', false],
  ['2025-12-31', false],
])('on 2026-12-06, %j is in the future: %s', (date, future) => {
  const problem = describeFutureDate(date, '2026-12-06');
  expect(problem === undefined ? false : problem).toBe(
    future ? `"${date}" is after today (2026-12-06 at the latest, anywhere on Earth)` : false,
  );
});

// A day that has not come anywhere is refused wherever a date records what happened; far enough
// ahead that the test holds for as long as the site can.
describe('a date that has not come', () => {
  const FUTURE = '9999-12-31';
  const member = { id: 'india', lastReviewed: '2026-11-22', name: 'India', capital: 'New Delhi', capitalSources: [{ source: 'wikipedia-national-capitals' }], iso: '356', joined: '2017-06-09', sources: [{ source: 'tass-2017-india-pakistan' }] };
  const page = { title: 'About', description: 'What this site is, who writes it, and how its summaries cite their sources.', lastReviewed: '2026-11-22' };
  const stamp = { englishReviewed: '2026-11-22', translated: '2026-11-23' };
  test.each([
    ['a topic reviewed', () => TopicSchema.safeParse({ ...TOPIC, lastReviewed: FUTURE }), 'lastReviewed', 'the day of the review'],
    ['a page reviewed', () => PageSchema.safeParse({ ...page, lastReviewed: FUTURE }), 'lastReviewed', 'the day of the review'],
    ['a glossary term reviewed', () => TermSchema.safeParse({ ...TERM, lastReviewed: FUTURE }), 'lastReviewed', 'the day of the review'],
    ['a source reviewed', () => SourceSchema.safeParse({ ...ARTICLE, lastReviewed: FUTURE }), 'lastReviewed', 'the day of the review'],
    ['a source published', () => SourceSchema.safeParse({ ...ARTICLE, published: '9999' }), 'published', 'the date it happened'],
    ['a member joined', () => MemberSchema.safeParse({ ...member, joined: FUTURE }), 'joined', 'the date it happened'],
    ['a member reviewed', () => MemberSchema.safeParse({ ...member, lastReviewed: FUTURE }), 'lastReviewed', 'the day of the review'],
    ['a translation made', () => TranslationStampSchema.safeParse({ ...stamp, translated: FUTURE }), 'translated', 'the date it happened'],
    ['an English review translated', () => TranslationStampSchema.safeParse({ ...stamp, englishReviewed: FUTURE }), 'englishReviewed', 'the date it happened'],
  ])('%s is refused, saying so at the field', (_name, parse, field, fix) => {
    expect(firstIssue(parse())).toMatch(new RegExp(`^${field}: "9999(-12-31)?" is after today \\(.*\\)\\. Fix: write ${fix}`));
  });
  test('the valid fixtures pass, so each refusal above is the date', () => {
    expect(TopicSchema.safeParse(TOPIC).success).toBe(true);
    expect(PageSchema.safeParse(page).success).toBe(true);
    expect(MemberSchema.safeParse(member).success).toBe(true);
    expect(TranslationStampSchema.safeParse(stamp).success).toBe(true);
  });
});
