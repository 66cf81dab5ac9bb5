/**
 * How the words of the page's scripts (the theme control, copy feedback: UiStrings.client) reach
 * them: the layout writes each as a data-ui-* attribute of <body>, in the page's edition, and the
 * scripts read them back (src/client/ui-strings.ts). The words live only in src/lib/i18n/ui.ts;
 * this module holds no words, so that the client bundle carries none.
 */
import type { ClientStrings } from './ui';

/** The attribute that carries a key: "linkCopied" → "data-ui-link-copied". */
export function clientStringAttribute(key: keyof ClientStrings): string {
  return `data-ui-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The same attribute as a dataset key: "linkCopied" → "uiLinkCopied" (element.dataset.uiLinkCopied). */
export function clientStringDatasetKey(key: keyof ClientStrings): string {
  return `ui${key.charAt(0).toUpperCase()}${key.slice(1)}`;
}

/** Every client string as the attributes of <body>. */
export function clientStringAttributes(strings: ClientStrings): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(strings) as (keyof ClientStrings)[]).map((key) => [
      clientStringAttribute(key),
      strings[key],
    ]),
  );
}
