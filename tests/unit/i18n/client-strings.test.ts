import { expect, test } from 'vitest';
import {
  clientStringAttribute,
  clientStringAttributes,
  clientStringDatasetKey,
} from '#lib/i18n/client-strings.ts';
import { ALL_LOCALES } from '#lib/i18n/locales.ts';
import { UI, type ClientStrings } from '#lib/i18n/ui.ts';

// The browser's dataset turns data-ui-link-copied into uiLinkCopied: what the layout writes must be
// what the scripts read, for every key.
const toDatasetKey = (attribute: string): string =>
  attribute.replace(/^data-/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

test.each(Object.keys(UI.en.client) as (keyof ClientStrings)[])(
  'the attribute of %s is the one the script reads',
  (key) => {
    expect(toDatasetKey(clientStringAttribute(key))).toBe(clientStringDatasetKey(key));
  },
);

test.each(ALL_LOCALES)('%s: every client string is written, none empty', (locale) => {
  const attributes = clientStringAttributes(UI[locale].client);
  expect(Object.keys(attributes)).toHaveLength(Object.keys(UI.en.client).length);
  expect(Object.values(attributes).filter((value) => value.trim() === '')).toEqual([]);
  expect(attributes['data-ui-link-copied']).toBe(UI[locale].client.linkCopied);
});
