/** The months' English names, January first: dates, citations and the schemas' messages share them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Writes "YYYY", "YYYY-MM" or "YYYY-MM-DD" for readers: "2004", "June 2004", "17 June 2004". "unknown" stays as it is said. */
export function formatDate(value: string): string {
  if (value === 'unknown') return 'date unknown';
  const [year, month, day] = value.split('-');
  if (month === undefined) return String(year);
  const name = MONTHS[Number(month) - 1];
  if (name === undefined) throw new Error(`formatDate: "${value}" has no month ${month}`);
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/**
 * Sort key for a partial date. A date known only to the year or month sorts after the full dates
 * within it: an article dated "2017" cannot be shown before an event of June 2017 it reports on.
 */
export function dateSortKey(value: string): string {
  const [year, month = '99', day = '99'] = value.split('-');
  return `${year}-${month}-${day}`;
}
