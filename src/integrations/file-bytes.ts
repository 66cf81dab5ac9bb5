/** Bytes of the files a build step rewrote (minified, compressed again), before and after it. */
export interface FileBytes {
  files: number;
  before: number;
  after: number;
}

/** No files yet. */
export function noFileBytes(): FileBytes {
  return { files: 0, before: 0, after: 0 };
}

/** Adds `part` to `total`, in place. */
export function addFileBytes(total: FileBytes, part: FileBytes): void {
  total.files += part.files;
  total.before += part.before;
  total.after += part.after;
}

/** "3 → 2.5 KB": the bytes before and after, for the build's log. */
export function kilobytesBeforeAfter({ before, after }: FileBytes): string {
  return `${(before / 1024).toFixed(1)} → ${(after / 1024).toFixed(1)} KB`;
}
