import { describe, expect, test } from 'vitest';
import {
  indexCitedBy,
  newestReview,
  sectionLink,
  sortGlossary,
  sortMembers,
  sortSources,
  sortTimeline,
  sortTopics,
} from '#lib/content/content-order.ts';

describe('orders', () => {
  test('topics by their order, whatever the file order', () => {
    const topics = [3, 1, 2].map((order) => ({ id: `t${order}`, data: { order } }));
    expect(sortTopics(topics).map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect(topics.map((t) => t.id)).toEqual(['t3', 't1', 't2']);
  });

  test('articles before reference sources, each group by title', () => {
    const sources = [
      { id: 'a', data: { kind: 'reference', title: 'About the SCO' } },
      { id: 'b', data: { kind: 'opinion', title: 'Common home' } },
      { id: 'c', data: { kind: 'official', title: 'Alimov on threats' } },
      { id: 'd', data: { kind: 'reference', title: 'A yearbook' } },
    ] as const;
    expect(sortSources(sources).map((s) => s.id)).toEqual(['c', 'b', 'd', 'a']);
  });

  test('glossary terms A–Z without regard to case or accents', () => {
    expect(sortGlossary([{ name: 'sco' }, { name: 'Astana' }, { name: 'Ébauche' }, { name: 'RATS' }]).map((t) => t.name)).toEqual([
      'Astana',
      'Ébauche',
      'RATS',
      'sco',
    ]);
  });

  test('timeline events by date, a date known only to its month or year after the days within it', () => {
    const events = ['2004-06-17', '2004', '2001-06-15', '2004-06', '1996'].map((date) => ({ date }));
    expect(sortTimeline(events).map((e) => e.date)).toEqual(['1996', '2001-06-15', '2004-06-17', '2004-06', '2004']);
  });

  test('members by accession day, then by name', () => {
    const members = [
      { name: 'Pakistan', joined: '2017-06-09' },
      { name: 'Russia', joined: '2001-06-15' },
      { name: 'India', joined: '2017-06-09' },
      { name: 'China', joined: '2001-06-15' },
    ];
    expect(sortMembers(members).map((m) => m.name)).toEqual(['China', 'Russia', 'India', 'Pakistan']);
  });
});

describe('cross-references', () => {
  test('each cited paragraph lists the topics that cite it, notes and whole sources keyed apart', () => {
    const citedBy = indexCitedBy([
      { id: 'rats', title: 'RATS', citations: [{ source: 'azam', p: 4 }, { source: 'azam', notes: true }, { source: 'sco-about' }] },
      { id: 'spirit', title: 'Spirit', citations: [{ source: 'azam', p: 4 }] },
    ]);
    expect(citedBy.get('azam#4')).toEqual([
      { href: '/rats/', title: 'RATS' },
      { href: '/spirit/', title: 'Spirit' },
    ]);
    expect([...citedBy.keys()].sort()).toEqual(['azam#4', 'azam#notes', 'sco-about'].sort());
  });

  test('a section link names the topic and the heading, and falls back to the ids', () => {
    const topics = [{ id: 'rats', navLabel: 'RATS', headings: [{ slug: 'functions', text: 'What RATS does' }] }];
    expect(sectionLink(topics, 'rats', 'functions')).toEqual({ href: '/rats/#functions', label: 'RATS › What RATS does' });
    expect(sectionLink(topics, 'rats', 'gone')).toEqual({ href: '/rats/#gone', label: 'RATS › gone' });
    expect(sectionLink(topics, 'nope', 'x')).toEqual({ href: '/nope/#x', label: 'nope › x' });
  });

  test('the newest review day, or nothing', () => {
    expect(newestReview(['2026-11-22', '2026-12-01', '2025-01-02'])).toBe('2026-12-01');
    expect(newestReview([])).toBe('');
  });
});
