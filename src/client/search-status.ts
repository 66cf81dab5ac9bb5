/**
 * The search status (a polite live region) of the dialog and of /search/: what it says is read out
 * once the reader's typing pauses, not after every keystroke.
 */

/**
 * How long the reader's typing must pause before the status is read out: results follow every
 * keystroke, and a screen reader had announced each ("No results for “how”", "… for “how many”")
 * while a question was still being typed. GOV.UK's accessible autocomplete waits 1.4 s.
 */
export const ANNOUNCE_AFTER_MS = 1000;

/** How long a search may run before the dialog or /search/ says it is loading (a slow connection). */
export const SLOW_SEARCH_MS = 400;

const waiting = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Puts `content` in `status`: at once, or, for a query being typed (`typing`), once the results
 * have stood ANNOUNCE_AFTER_MS, the status empty until then (which a screen reader does not read
 * out). Either way, what an earlier call was still waiting to say is dropped.
 */
export function announce(
  status: HTMLElement,
  content: readonly (string | Node)[],
  typing: boolean,
): void {
  clearTimeout(waiting.get(status));
  if (!typing) {
    status.replaceChildren(...content);
    return;
  }
  status.replaceChildren();
  if (content.length > 0)
    waiting.set(
      status,
      setTimeout(() => status.replaceChildren(...content), ANNOUNCE_AFTER_MS),
    );
}
