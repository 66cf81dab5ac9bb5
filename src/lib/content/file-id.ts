import { ID_PATTERN } from '../../schemas/common';
import { ContentError } from './content-error';

/**
 * The id of an entry kept one per file: its file name without the extension. A name that is not a
 * valid id stops the build instead of being silently slugified, because the id is a published URL.
 */
export function idFromFileName(entry: string, folder: string): string {
  const id = entry.replace(/\.[^.]+$/, '');
  if (!ID_PATTERN.test(id)) {
    throw new ContentError([
      {
        file: `${folder}/${entry}`,
        field: 'file name',
        problem: `"${id}" is not lowercase letters, digits and single hyphens; the file name is the page's URL`,
        fix: 'rename the file, e.g. "three-forces.mdx"',
      },
    ]);
  }
  return id;
}
