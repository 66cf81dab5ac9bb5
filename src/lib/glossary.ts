/** Terms under one initial letter. */
export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/**
 * Groups terms A–Z by the first letter of their name (digits and symbols under "#"), keeping the
 * order they come in within a letter. Quotation marks and articles do not count: "three forces" is
 * under T.
 */
export function groupByInitial<T extends { name: string }>(terms: readonly T[]): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const term of terms) {
    const first = term.name
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .charAt(0)
      .toUpperCase();
    const letter = /\p{L}/u.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([letter, items]) => ({ letter, items }));
}
