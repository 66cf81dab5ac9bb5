import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import type { ProseLink } from './prose-links';

/**
 * Collects the links of a page as the author wrote them (before the base path is added), in reading
 * order, into the page's frontmatter as `links`, where src/data checks each against the site's pages
 * and ids (src/lib/prose-links.ts). It changes nothing in the page.
 */
export const linksPlugin: MdastPluginEntry = () => {
  const links: ProseLink[] = [];
  return defineMdastPlugin({
    name: 'links',
    link(node, ctx) {
      links.push({ url: node.url, text: ctx.textContent(node).trim() });
      // Astro passes ctx.data.astro.frontmatter to the page as remarkPluginFrontmatter.
      const data = ctx.data as { astro?: { frontmatter?: Record<string, unknown> } };
      data.astro ??= {};
      data.astro.frontmatter ??= {};
      data.astro.frontmatter['links'] = links;
    },
  });
};
