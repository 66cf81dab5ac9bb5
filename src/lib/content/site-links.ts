import type { ContentProblem } from './content-error';
import { hasTarget, type TargetPage } from './site-targets';

const PAGE_PATH = /^\/([a-z0-9]+(-[a-z0-9]+)*\/)*$/;

/** A few of a page's ids, for a Fix line. */
function someIds(page: TargetPage): string {
  const ids = [...page.ids].filter((id) => id !== 'main' && id !== 'announcer' && id !== 'toc-label');
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, …` : ids.join(', ');
}

/**
 * Resolves links to the site's own pages and sections ("/rats/#functions", "#members") against the
 * pages the site builds (a redirect carries a link to the page's new address, with its #id). A link
 * to a page or an id that does not exist stops the build, naming the content file and line.
 */
export function checkSiteLinks(
  links: readonly { url: string; line: number | undefined }[],
  file: string,
  fromPath: string,
  site: ReadonlyMap<string, TargetPage>,
  redirects: ReadonlyMap<string, string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { url, line } of links) {
    const hash = url.indexOf('#');
    const beforeHash = hash === -1 ? url : url.slice(0, hash);
    const id = hash === -1 ? undefined : decodeURIComponent(url.slice(hash + 1));
    const path = beforeHash.replace(/\?.*$/, '');
    const push = (problem: string, fix: string): void => void problems.push({ file, line, field: `link ${url}`, problem, fix });
    if (path !== '' && !PAGE_PATH.test(path)) {
      const fixed = `${path.toLowerCase().replace(/\/?$/, '/')}${hash === -1 ? '' : url.slice(hash)}`;
      push(`"${path}" is not written as the site writes addresses (lowercase, ending in /)`, `write ${fixed}`);
      continue;
    }
    const target = path === '' ? fromPath : (redirects.get(path) ?? path);
    const page = site.get(target);
    if (!page) {
      push(`${path} is not a page of the site`, 'link to a page that exists (a topic is /<file name>/), or add the page');
      continue;
    }
    if (id === '') push('ends in an empty #', 'remove the #, or name the section');
    else if (id !== undefined && !hasTarget(page, id))
      push(`${target} has no section or entry with the id "${id}"`, `use one of its ids: ${someIds(page)}`);
  }
  return problems;
}
