/** The published page URLs of DESIGN.md ("URLs are a contract"), besides one page per source. */
export const CONTRACT_PATHS = [
  '/',
  '/shanghai-spirit/',
  '/rats/',
  '/un-charter-principles/',
  '/2017-enlargement/',
  '/topics/',
  '/sources/',
  '/glossary/',
  '/timeline/',
  '/about/',
  '/search/',
];

/** The two source articles, each with its own page at /sources/<id>/. */
export const ARTICLE_IDS = ['alimov-2017', 'azam-cgtn'];
