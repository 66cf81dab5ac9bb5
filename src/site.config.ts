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
  url: 'https://sco-security.example.org',
} as const;

/** Primary navigation beyond the four topics (which come from content/topics in their `order`). */
export const SECONDARY_NAV = [
  { href: '/glossary/', label: 'Glossary' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/sources/', label: 'Sources' },
  { href: '/about/', label: 'About' },
] as const;
