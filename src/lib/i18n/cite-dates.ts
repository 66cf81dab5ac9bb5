/**
 * The dates in a citation, in the form the edition's citation style asks for: Chicago writes
 * "December 2, 2026", ГОСТ Р 7.0.100–2018 "02.12.2026", GB/T 7714—2015 "2026-12-02". The server
 * formats the last-reviewed date with it, and the page script (src/client/section-links.ts) the
 * date accessed, so that a citation reads the same with and without JavaScript. It is imported by
 * the client, so it stays small: Intl does the work, in the edition's locale.
 */
import { LOCALES, type Locale } from './locales';

/** Where the date accessed goes until it is filled in: the blank a reader (or the script) fills. */
export const ACCESSED_BLANK = '____';

/** How each edition's style orders a date's numeric parts, and what joins them. */
const NUMERIC: Partial<
  Record<Locale, { order: readonly ('day' | 'month' | 'year')[]; join: string }>
> = {
  ru: { order: ['day', 'month', 'year'], join: '.' },
  zh: { order: ['year', 'month', 'day'], join: '-' },
};

/** A day (YYYY-MM-DD) as the edition's citation style writes it. Throws on anything else. */
export function formatCitationDate(locale: Locale, day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const when =
    match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (
    !match ||
    !when ||
    when.getUTCDate() !== Number(match[3]) ||
    when.getUTCMonth() !== Number(match[2]) - 1
  )
    throw new Error(`formatCitationDate: "${day}" is not a real day written YYYY-MM-DD`);
  const numeric = NUMERIC[locale];
  // Chicago's "December 2, 2026" is the US form, whatever the English edition's own date form.
  const format = new Intl.DateTimeFormat(numeric ? LOCALES[locale].intl : 'en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: numeric ? '2-digit' : 'long',
    day: numeric ? '2-digit' : 'numeric',
  });
  if (!numeric) return format.format(when);
  // The parts, not the formatted string: zh-Hans writes "2026/12/02", and GB/T 7714 asks for hyphens.
  const parts = Object.fromEntries(format.formatToParts(when).map((p) => [p.type, p.value]));
  return numeric.order.map((type) => parts[type]).join(numeric.join);
}

/** Today, YYYY-MM-DD, in the reader's time zone: the date accessed. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
