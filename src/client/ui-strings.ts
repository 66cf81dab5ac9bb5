/**
 * The words this page's scripts write, in the page's language: the layout puts them on <body> as
 * data-ui-* attributes (src/lib/i18n/client-strings.ts); no script keeps a copy of its own.
 */
import type { ClientStrings } from '#lib/i18n/ui.ts';
import { clientStringDatasetKey } from '#lib/i18n/client-strings.ts';

export function uiString(key: keyof ClientStrings): string {
  return document.body.dataset[clientStringDatasetKey(key)] ?? '';
}
