import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { projectPath } from '../content/project-path';
import { localeOfContentFile, localePath, SOURCE_LOCALE, type Locale } from '../i18n/locales';
import { withBase } from '../meta/paths';

/**
 * Sends a link to a moved page straight to its new address, keeping the #id and any query: the
 * redirect page would carry a reader there too, but only with JavaScript, and with one more request.
 */
export function followRedirect(url: string, redirects: Readonly<Record<string, string>>): string {
  const match = /^(\/[^?#]*)(.*)$/.exec(url);
  const to = match?.[1] === undefined ? undefined : redirects[match[1]];
  return to === undefined ? url : `${to}${match?.[2] ?? ''}`;
}

/**
 * A content link as the page links it: a moved page's new address, in the edition of the file
 * (content/ru/… links "/glossary/#rats" as "/ru/glossary/#rats"), under the base path.
 */
export function contentLink(
  url: string,
  {
    base,
    locale,
    redirects,
  }: { base: string; locale: Locale; redirects: Readonly<Record<string, string>> },
): string {
  const followed = followRedirect(url, redirects);
  const localised =
    locale !== SOURCE_LOCALE && followed.startsWith('/') ? localePath(locale, followed) : followed;
  return withBase(localised, base);
}

/**
 * Puts the base path in front of the content's root-relative links ("[RATS](/glossary/#rats)"), so
 * that authors write site paths and the site also works under a base path; a link to a moved page
 * (content/redirects.yaml) goes to its new address; a translation's links stay in its edition, so
 * translators keep the English page's links as they are.
 */
export function baseLinksPlugin(
  base: string,
  redirects: Readonly<Record<string, string>> = {},
): MdastPluginEntry {
  return (factory) => {
    const locale = localeOfContentFile(projectPath(factory.fileURL));
    return defineMdastPlugin({
      name: 'base-links',
      link(node, ctx) {
        const url = contentLink(node.url, { base, locale, redirects });
        if (url !== node.url) ctx.setProperty(node, 'url', url);
      },
    });
  };
}
