import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file's path relative to the working directory (the project root in every build), for messages. */
export function projectPath(file: URL | string | undefined): string {
  if (file === undefined) return '(unknown file)';
  const path = file instanceof URL ? fileURLToPath(file) : file;
  return relative(process.cwd(), path) || path;
}
