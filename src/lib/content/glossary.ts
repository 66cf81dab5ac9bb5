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
export function groupByInitial<T extends { name: string }>(
  terms: readonly T[],
  initialOf: (name: string) => string = englishInitial,
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const term of terms) {
    const letter = initialOf(term.name);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups.entries()].sort(([a], [b]) => compare(a, b)).map(([letter, items]) => ({ letter, items }));
}

/** An English name's initial: its first letter, capitalised; "#" for a digit or symbol. */
function englishInitial(name: string): string {
  const first = name
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .charAt(0)
    .toUpperCase();
  return /\p{L}/u.test(first) ? first : '#';
}

/**
 * True for an acronym: capitals only, of any script, in one or more groups of two or more ("RATS",
 * "UNODC", "ШОС", "УНП ООН").
 */
function isAcronym(name: string): boolean {
  return /^\p{Lu}{2,}(?: \p{Lu}{2,})*$/u.test(name);
}

/**
 * A term's heading: its name with its acronym, "Shanghai Cooperation Organization (SCO)", as a
 * reader expects to see it and as search should weigh it (the acronym counts as part of the name).
 * An edition's own acronym comes first in its other names (the build adds the English ones after
 * them): "Шанхайская организация сотрудничества (ШОС)". Chinese keeps the half-width brackets, spaced:
 * the heading is also the entry's name for search, whose words are parted at spaces ("上海合作组织（SCO）"
 * would be one word, and "CGTN评论员" lost Azam's column).
 */
export function termHeading(term: { name: string; otherNames: readonly string[] }): string {
  const acronym = term.otherNames.find(isAcronym);
  return acronym && !term.name.includes(acronym) ? `${term.name} (${acronym})` : term.name;
}
