import { describe, expect, test } from 'vitest';
import { formatCitationDate, todayIso } from '#lib/i18n/cite-dates.ts';
import { formatChicagoDate } from '#lib/meta/cite-page.ts';
import { TRANSLATED_LOCALES } from '#lib/i18n/locales.ts';

// Every day of a leap year and of the years round it: the client and the server write the same.
const DAYS = Array.from({ length: 3 * 366 }, (_, i) =>
  new Date(Date.UTC(2027, 11, 31) - i * 86_400_000).toISOString().slice(0, 10),
);

describe('formatCitationDate', () => {
  test('English writes Chicago’s form, as the server’s formatChicagoDate does, on every day', () => {
    for (const day of DAYS) expect(formatCitationDate('en', day)).toBe(formatChicagoDate(day));
  });

  test.each([
    ['ru', '2026-12-02', '02.12.2026'],
    ['ru', '2027-01-05', '05.01.2027'],
    ['zh', '2026-12-02', '2026-12-02'],
    ['zh', '2024-02-29', '2024-02-29'],
  ] as const)('%s: %s → %s', (locale, day, expected) => {
    expect(formatCitationDate(locale, day)).toBe(expected);
  });

  test('ГОСТ’s DD.MM.YYYY and GB/T’s YYYY-MM-DD hold the same day, on every day', () => {
    for (const day of DAYS) {
      const [year, month, date] = day.split('-');
      expect(formatCitationDate('ru', day)).toBe(`${date}.${month}.${year}`);
      expect(formatCitationDate('zh', day)).toBe(day);
    }
  });

  test.each(['2026-13-01', '2023-02-29', '2026-12', '02.12.2026', '', 'today'])(
    'refuses %j in every edition',
    (day) => {
      for (const locale of ['en', ...TRANSLATED_LOCALES] as const)
        expect(() => formatCitationDate(locale, day)).toThrow('is not a real day');
    },
  );
});

test('todayIso writes the reader’s calendar day, not the UTC one', () => {
  expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  expect(todayIso(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
});
