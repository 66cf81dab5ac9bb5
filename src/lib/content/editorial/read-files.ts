import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EditorialFile, EditorialInput } from './content-units.ts';

function readFolder(root: string, folder: string, extension: string): EditorialFile[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ file: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Reads the files the editorial checks need from a project root (the content/ folder). */
export function readEditorialInput(root: string): EditorialInput {
  const one = (file: string): EditorialFile => ({ file, text: readFileSync(join(root, file), 'utf8') });
  return {
    topics: readFolder(root, 'content/topics', '.mdx'),
    pages: readFolder(root, 'content/pages', '.mdx'),
    glossary: one('content/glossary.yaml'),
    timeline: one('content/timeline.yaml'),
    sources: readFolder(root, 'content/sources', '.yaml'),
    fingerprints: readFolder(root, 'content/fingerprints', '.json'),
  };
}
