/**
 * Typographic quotes for text that does not pass through Markdown's smart punctuation: the YAML
 * content (glossary, timeline, sources, members) and frontmatter. Straight quotes become curly
 * ones, so that text from YAML reads like the prose beside it.
 */

/** A character after which a quote opens rather than closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/;

/**
 * Turns straight quotes into typographic ones: "a" → “a”, 'a' → ‘a’; a quote at the start of the
 * text or after a space or opening bracket opens. An apostrophe inside a word stays as written (see
 * below). Text that has no straight quotes comes back unchanged.
 */
export function smartQuotes(text: string): string {
  if (!/["']/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (char !== '"' && char !== "'") {
      out += char;
      continue;
    }
    const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
    const opens = OPENS_AFTER.test(before) || before === '“' || before === '‘';
    const after = text[i + 1] ?? ' ';
    if (char === '"') out += opens ? '“' : '”';
    // An apostrophe inside a word ("SCO's") stays straight: search splits words at it, and would
    // not at "’" ("SCO’s" would no longer find "SCO").
    else if (/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) out += "'";
    else out += opens ? '‘' : '’';
  }
  return out;
}

/** Keys whose values are identifiers, addresses, dates or search data, never prose. */
const NOT_PROSE = new Set([
  'id',
  'url',
  'date',
  'published',
  'joined',
  'kind',
  'aliases',
  'searchAliases',
  'source',
  'topic',
  'section',
  'collection',
]);

/**
 * Applies smartQuotes to every prose string of a content entry's data, leaving identifiers,
 * addresses, dates and search aliases as written. Returns a new value; the input is not changed.
 */
export function smartQuotesDeep<T>(value: T, key?: string): T {
  if (key !== undefined && NOT_PROSE.has(key)) return value;
  if (typeof value === 'string') return smartQuotes(value) as T;
  if (Array.isArray(value)) return value.map((item) => smartQuotesDeep(item, key === undefined ? undefined : `${key}[]`)) as T;
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, smartQuotesDeep(v, k)])) as T;
}
