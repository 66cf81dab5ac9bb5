/**
 * A small search index for the query layer's unit tests (tests/unit/search/*.test.ts): the words of
 * a few sentences, as the build counts them from Pagefind's fragments, a few synonyms, and entries
 * with names and authors.
 */
import { type SearchData, countWords } from '#lib/search/search-words.ts';
import { parseSynonyms } from '#lib/search/synonyms.ts';

// A small index: the words of a few sentences, as the build counts them from Pagefind's fragments.
export const TEXT = [
  'The Regional Anti-Terrorist Structure (RATS) is seated in Tashkent, Uzbekistan; the SCO Secretariat is in Beijing.',
  'India and Pakistan joined the Shanghai Cooperation Organization (SCO) at the Astana summit; Kazakhstan hosted it.',
  'Separatism, terrorism and extremism are the three forces; memorandums of understanding (MOUs) with UNODC.',
  'The SCO Charter, the anti-drug strategy and the organization of the centre; Rashid Alimov writes on the strategy.',
  'SCO SCO SCO SCO the the the the the summit summit',
];
export const SYNONYMS = parseSynonyms(
  '- [seat, seated, based]\n- [join, joined, accession]\n- [Astana, Nur-Sultan]\n',
);
export const DATA: SearchData = {
  words: countWords(TEXT),
  synonyms: SYNONYMS,
  entries: [
    {
      id: 'und_rats',
      names: ['Regional Anti-Terrorist Structure', 'RATS', 'SCO RATS'],
      authors: [],
    },
    {
      id: 'und_charter',
      names: ['Charter of the Shanghai Cooperation Organization', 'SCO Charter'],
      authors: [],
    },
    { id: 'und_alimov', names: ['The Role of the SCO'], authors: ['Rashid Alimov', 'Alimov'] },
    { id: 'und_secretariat-source', names: ['Secretariat'], authors: ['SCO Secretariat'] },
  ],
};

/** DATA with a source whose authors are a person, their surname and an outlet. */
export const WITH_AUTHOR: SearchData = {
  ...DATA,
  entries: [
    ...DATA.entries.filter((entry) => entry.id !== 'und_alimov'),
    {
      id: 'und_alimov',
      names: ['The Role of the SCO'],
      authors: ['Rashid Alimov', 'Alimov', 'UN Chronicle'],
    },
  ],
  words: new Map([
    ...DATA.words,
    ['belarus', 1],
    ['threats', 1],
    ['chronicle', 1],
    ['memorandum', 1],
  ]),
};
