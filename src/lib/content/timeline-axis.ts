import { dateSortKey } from './dates';

/**
 * Lays the timeline's events out on a time axis drawn in HTML and CSS (TimelineAxis.astro): the
 * space before each event grows with the time since the one before, a year is written on the axis
 * where it changes, and long silences are said in words ("13 years later"), so that 1996–2024 reads
 * as a span of time and not as an evenly spaced list.
 */

/** What the layout needs of an event: its id and its date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"). */
export interface AxisEvent {
  id: string;
  date: string;
}

/** How much space comes before an event on the axis, from 0 (the same season) to 4 (a decade or more). */
export type GapSize = 0 | 1 | 2 | 3 | 4;

/** One event, placed. */
export interface AxisItem<E extends AxisEvent> {
  event: E;
  /** The event's year, written on the axis when `newYear`. */
  year: string;
  /** True when the year differs from the previous event's (and for the first event). */
  newYear: boolean;
  /** Years since the previous event (0 for the first), from the dates as far as they are known. */
  gapYears: number;
  gapSize: GapSize;
  /** Whole years of a long gap, to be said in words ("13 years later"); undefined for shorter ones. */
  gapLabelYears?: number;
}

/** Upper bounds (in years) of gap sizes 0–3; anything longer is size 4. */
const GAP_BOUNDS = [0.25, 1, 3, 8] as const;

/** Gaps of at least this many whole years are said in words. */
const LABELLED_GAP = 3;

/**
 * A date as a number of years, at the start of what is known: "2002" → 2002.0, "2024-07" → 2024.5,
 * "2004-06-17" → 2004.46. A year-only date is placed at its start, as the list shows it.
 */
export function toYears(date: string): number {
  const [year, month = '1', day = '1'] = date.split('-');
  const value = Number(year) + (Number(month) - 1) / 12 + (Number(day) - 1) / 365;
  if (!Number.isFinite(value)) throw new Error(`toYears: "${date}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

function gapSizeOf(years: number): GapSize {
  const index = GAP_BOUNDS.findIndex((bound) => years < bound);
  return (index === -1 ? 4 : index) as GapSize;
}

/**
 * Places events on the axis. They must come in date order (as getSiteContent() sorts them); an
 * event out of order is an error that names both ids.
 */
export function layOutTimeline<E extends AxisEvent>(events: readonly E[]): AxisItem<E>[] {
  return events.map((event, index) => {
    const previous = events[index - 1];
    const year = event.date.slice(0, 4);
    if (previous && dateSortKey(previous.date) > dateSortKey(event.date)) {
      throw new Error(
        `layOutTimeline: "${event.id}" (${event.date}) comes after "${previous.id}" (${previous.date}); sort events by date first`,
      );
    }
    const gapYears = previous ? Math.max(0, toYears(event.date) - toYears(previous.date)) : 0;
    const wholeYears = previous ? Number(year) - Number(previous.date.slice(0, 4)) : 0;
    return {
      event,
      year,
      newYear: previous?.date.slice(0, 4) !== year,
      gapYears,
      gapSize: previous ? gapSizeOf(gapYears) : 0,
      ...(wholeYears >= LABELLED_GAP ? { gapLabelYears: wholeYears } : {}),
    };
  });
}
