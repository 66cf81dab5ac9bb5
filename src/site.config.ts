/**
 * The production origin on its own, for code that needs nothing else of SITE (the search layer
 * knows a pasted link to the site by it): importing SITE would bundle every field.
 */
export const SITE_URL = 'https://sco-security.example.org';

/** Facts about the site itself, in one typed place: templates and helpers read them from here. */
export const SITE = {
  /** Site name, shown in the header, titles and citations. */
  title: 'SCO Security Framework',
  /** One line on what the site is, for the home page and metadata. */
  tagline:
    'A cited reference to the security framework of the Shanghai Cooperation Organization: the Shanghai Spirit, RATS, the UN Charter principles it invokes and the 2017 enlargement.',
  /** Language of every page (`<html lang>`). */
  lang: 'en',
  /** Production origin; overridable for previews with SITE_URL. */
  url: SITE_URL,
} as const;

/**
 * The header's links, the same on every page whatever the number of topics: "Topics" leads to the
 * list of every topic (/topics/), so every topic is two clicks from any page at any width.
 */
export const MAIN_NAV = [
  { href: '/topics/', label: 'Topics' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/sources/', label: 'Sources' },
  { href: '/about/', label: 'About' },
] as const;

/** The pages besides the topics, in the footer and on the 404 page. */
export const SECONDARY_NAV = [
  { href: '/glossary/', label: 'Glossary' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/sources/', label: 'Sources' },
  { href: '/about/', label: 'About' },
] as const;
