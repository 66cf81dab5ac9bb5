import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
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
 * Puts the base path in front of the content's root-relative links ("[RATS](/glossary/#rats)"), so
 * that authors write site paths and the site also works under a base path; a link to a moved page
 * (content/redirects.yaml) goes to its new address.
 */
export function baseLinksPlugin(
  base: string,
  redirects: Readonly<Record<string, string>> = {},
): MdastPluginEntry {
  return () =>
    defineMdastPlugin({
      name: 'base-links',
      link(node, ctx) {
        const url = withBase(followRedirect(node.url, redirects), base);
        if (url !== node.url) ctx.setProperty(node, 'url', url);
      },
    });
}
