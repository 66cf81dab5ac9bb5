import type { Source } from '../../schemas/source';

/** What kind of text a source is (src/schemas/source.ts): opinion, official or reference. */
export type SourceKind = Source['kind'];

/**
 * True for a reference source, which the site takes background facts from (`facts`), false for an
 * article it summarises paragraph by paragraph (`paragraphs`): the one test of the difference.
 */
export function isReference(source: { kind: SourceKind }): boolean {
  return source.kind === 'reference';
}
