import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { ID_PATTERN } from '../../schemas/common';
import { ContentError } from '../content/content-error';
import { projectPath } from '../content/project-path';

/**
 * Requires every heading in the body to carry an explicit, permanent id written as `## Title {#id}`.
 * Ids are never derived from heading text: other sites link to them, and an edited heading must not
 * move its anchor. An h1 in the body is refused because the page title is the h1.
 */
export const sectionIdsPlugin: MdastPluginEntry = (factory) => {
  const file = projectPath(factory.fileURL);
  const seen = new Set<string>();
  return defineMdastPlugin({
    name: 'section-ids',
    heading(node, ctx) {
      const text = ctx.textContent(node).trim();
      const field = `heading "${'#'.repeat(node.depth)} ${text}"`;
      const fail = (problem: string, fix: string): never => {
        throw new ContentError([{ file, field, problem, fix }]);
      };
      if (node.depth === 1)
        fail(
          'is an h1; the page title is already the h1',
          'use ## for sections and ### for subsections',
        );
      const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
      if (typeof id !== 'string') {
        fail(
          'has no explicit id',
          `end the heading with a permanent id, e.g. "${'#'.repeat(node.depth)} ${text} {#a-short-id}"`,
        );
      } else if (!ID_PATTERN.test(id)) {
        fail(
          `has the id "${id}", which is not lowercase letters, digits and single hyphens`,
          'choose an id such as "three-forces"',
        );
      } else if (seen.has(id)) {
        fail(
          `repeats the id "${id}" already used on this page`,
          'give each section an id of its own',
        );
      } else {
        seen.add(id);
      }
    },
  });
};
