import { readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

/** Every built HTML file under `dir`, as [file, site path] pairs ("…/glossary/index.html" → "/glossary/"). */
export async function listPages(dir: string): Promise<[string, string][]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && extname(entry.name) === '.html')
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const path = `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
      return [file, path] as [string, string];
    });
}
