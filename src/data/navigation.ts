import type { NavLink } from '#lib/meta/page-data.ts';
import { getSiteContent } from './content';

/** The four topics, in their order, as header links. */
export async function getTopicLinks(): Promise<NavLink[]> {
  const { topics } = await getSiteContent();
  return topics.map((topic) => ({ href: `/${topic.id}/`, label: topic.data.navLabel }));
}
