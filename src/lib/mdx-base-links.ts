import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { withBase } from './paths';

/**
 * Puts the base path in front of the content's root-relative links ("[RATS](/glossary/#rats)"), so
 * that authors write site paths and the site also works under a base path.
 */
export function baseLinksPlugin(base: string): MdastPluginEntry {
  return () =>
    defineMdastPlugin({
      name: 'base-links',
      link(node, ctx) {
        const url = withBase(node.url, base);
        if (url !== node.url) ctx.setProperty(node, 'url', url);
      },
    });
}
