import { expect, test } from 'vitest';
import { fileStaleness, listStaleness } from '#lib/content/translation-stale.ts';

const stamp = { englishReviewed: '2026-12-01', translated: '2026-12-02' };

test.each([
  ['2026-11-30', false],
  ['2026-12-01', false],
  ['2026-12-02', true],
])('a file reviewed on %s against a translation of the 2026-12-01 review: stale %s', (reviewed, stale) => {
  expect(fileStaleness(stamp, reviewed)).toEqual({
    englishReviewed: '2026-12-01',
    englishLastReviewed: reviewed,
    stale,
    entries: [],
  });
});

test('a list is as new as its newest entry, and names the entries reviewed since, in its order', () => {
  const entries = [
    { id: 'rats', lastReviewed: '2026-12-03' },
    { id: 'sco', lastReviewed: '2026-11-20' },
    { id: 'three-forces', lastReviewed: '2026-12-02' },
  ];
  expect(listStaleness(stamp, entries)).toEqual({
    englishReviewed: '2026-12-01',
    englishLastReviewed: '2026-12-03',
    stale: true,
    entries: ['rats', 'three-forces'],
  });
  expect(listStaleness({ ...stamp, englishReviewed: '2026-12-03' }, entries).stale).toBe(false);
  expect(listStaleness(stamp, []).stale).toBe(false);
});
