import { describe, expect, test } from 'vitest';
import { layOutTimeline, toYears } from '#lib/content/timeline-axis.ts';

describe('toYears', () => {
  test.each([
    ['2002', 2002],
    ['2024-07', 2024.5],
    ['2004-06-17', 2004 + 5 / 12 + 16 / 365],
  ])('%s → %f', (date, years) => {
    expect(toYears(date)).toBeCloseTo(years, 6);
  });

  test('refuses what is not a date', () => {
    expect(() => toYears('unknown')).toThrow('"unknown" is not a date');
  });
});

describe('layOutTimeline', () => {
  const events = [
    { id: 'shanghai-five-1996', date: '1996-04-26' },
    { id: 'sco-founded-2001', date: '2001-06-15' },
    { id: 'sco-charter-signed-2002', date: '2002-06-07' },
    // Known only to the year: sorted after the dated events of its year, at no distance from them.
    { id: 'rats-agreement-2002', date: '2002' },
    { id: 'rats-starts-work-2004', date: '2004-06-17' },
    { id: 'astana-summit-2017', date: '2017-06-08' },
    { id: 'india-pakistan-join-2017', date: '2017-06-09' },
    { id: 'anti-drug-strategy-2024', date: '2024-07' },
  ];

  test('sizes each gap by the time since the event before, writes each year once and says long gaps in words', () => {
    expect(
      layOutTimeline(events).map(({ event, year, newYear, gapSize, gapLabelYears }) => [event.id, year, newYear, gapSize, gapLabelYears]),
    ).toEqual([
      ['shanghai-five-1996', '1996', true, 0, undefined],
      ['sco-founded-2001', '2001', true, 3, 5],
      ['sco-charter-signed-2002', '2002', true, 1, undefined],
      ['rats-agreement-2002', '2002', false, 0, undefined],
      ['rats-starts-work-2004', '2004', true, 2, undefined],
      ['astana-summit-2017', '2017', true, 4, 13],
      ['india-pakistan-join-2017', '2017', false, 0, undefined],
      ['anti-drug-strategy-2024', '2024', true, 3, 7],
    ]);
  });

  test('gap years grow with time and never go negative', () => {
    const items = layOutTimeline(events);
    expect(items[0]?.gapYears).toBe(0);
    for (const item of items) expect(item.gapYears).toBeGreaterThanOrEqual(0);
    expect(items[5]?.gapYears).toBeCloseTo(13, 0);
  });

  test('an event out of date order is an error naming both', () => {
    expect(() => layOutTimeline([events[4]!, events[1]!])).toThrow(
      '"sco-founded-2001" (2001-06-15) comes after "rats-starts-work-2004" (2004-06-17)',
    );
  });

  test('no events, no items', () => {
    expect(layOutTimeline([])).toEqual([]);
  });
});
