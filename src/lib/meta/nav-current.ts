/**
 * How a navigation link relates to the page being shown: "page" when it is that page, "true" when
 * the page lies under it (a topic under Topics, a source under Sources), undefined otherwise. The
 * value goes to aria-current, which both marks the link for screen readers and styles it.
 */
export function navCurrent(
  linkPath: string,
  pagePath: string,
  topicPaths: readonly string[] = [],
): 'page' | 'true' | undefined {
  if (linkPath === pagePath) return 'page';
  if (linkPath === '/' || !linkPath.endsWith('/')) return undefined;
  if (pagePath.startsWith(linkPath)) return 'true';
  // Topics live at the root (/rats/), not under /topics/: the Topics link stands for all of them.
  if (linkPath.endsWith('/topics/') && topicPaths.includes(pagePath)) return 'true';
  return undefined;
}
