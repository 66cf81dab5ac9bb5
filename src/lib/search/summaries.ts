/**
 * A result that leads to a list's entry for another result follows that result. The sources list
 * has an entry per source ("/sources/#alimov-2017") that sums up the source's page
 * ("/sources/alimov-2017/"): when a query finds both, the list, a long page that names every
 * source, had come first, and Enter opened a summary of the page the reader asked for ("UN
 * Department of Public Information": the list's entry above the article's page). The page is the
 * answer; its entry follows it, still there for a reader who wants the list.
 *
 * An entry sums up a page when its address is the list's with the page's last part as its section:
 * "/sources/#tass-2024-belarus" for "/sources/tass-2024-belarus/". That is how the site files
 * them (a list page at a folder's address, each page below it with the entry's id as its name),
 * not a list of pages.
 */

/**
 * How many results are shown at first, and added by "More results": the dialog and /search/ load
 * their data so many at a time, and the order of summaries (summariesAfterPages) is kept within
 * them.
 */
export const RESULTS_PAGE_SIZE = 5;

/** An address without its query (the highlight terms): "/sources/?highlight=x#y" is "/sources/#y". */
export function withoutQuery(url: string): string {
  return url.replace(/\?[^#]*/, '');
}

/**
 * The address of the page an entry sums up, when `landing` (where a result leads) is a list's
 * entry: "/sources/#alimov-2017" → "/sources/alimov-2017/"; undefined for the page's top or a
 * section of a page not at a folder's address.
 */
export function summedUpPage(landing: string): string | undefined {
  const entry = /^([^#]*\/)#(.+)$/.exec(withoutQuery(landing));
  return entry ? `${entry[1]}${entry[2]}/` : undefined;
}

/**
 * `items` in their order, but each whose landing sums up a later item's page moved just after that
 * item, unless that would move it past an item of its own kind (`kindOf`). Only within windows of
 * `window` items (the results shown at once, and each "More results"), and for a kind's results
 * within All's too (`rankOf`), so that a list is ordered alike whether it is loaded five at a time
 * (the dialog) or ten (the relevance tables): an entry never moves past what the reader has yet to
 * load.
 */
export function summariesAfterPages<T>(
  items: readonly T[],
  landingOf: (item: T) => string,
  urlOf: (item: T) => string,
  kindOf: (item: T) => string | undefined,
  window: number,
  // Each item's place among all the results, when `items` are a kind's (RankedHit.rank).
  rankOf: (item: T) => number | undefined = () => undefined,
): T[] {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window ${window}`);
  const out: T[] = [];
  for (let start = 0; start < items.length; start += window) {
    const part = items.slice(start, start + window);
    const urls = part.map((item) => withoutQuery(urlOf(item)));
    // Each item's place: its own index, or just after the page it sums up (that page's index and a
    // half); the sort is stable, so every other order stays.
    // Never past a result of its own kind, so that a kind's filter, which lists that kind's results
    // in All's order, lists them in the order All shows them.
    // A kind's results move within All's windows too: two that All shows in different windows
    // ("/#sources", the home page's section on the sources, fifth, and "/sources/" sixth) stay
    // in their order under the filter, which shows both in its first.
    const allWindow = (item: T): number | undefined => {
      const rank = rankOf(item);
      return rank === undefined ? undefined : Math.floor(rank / window);
    };
    const place = (item: T, index: number): number => {
      const at = urls.indexOf(summedUpPage(landingOf(item)) ?? '');
      const kind = kindOf(item);
      return at > index &&
        allWindow(item) === allWindow(part[at]!) &&
        !part.slice(index + 1, at).some((other) => kindOf(other) === kind)
        ? at + 0.5
        : index;
    };
    out.push(
      ...part
        .map((item, index) => [place(item, index), item] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, item]) => item),
    );
  }
  return out;
}
