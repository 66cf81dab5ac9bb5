declare namespace App {
  interface Locals {
    /** The page being rendered, as its citations name it; set by BaseLayout for SectionHeading. */
    citePage?: import('#lib/meta/cite-page.ts').CiteTarget | undefined;
    /** The page's section aliases, new id → old ids (frontmatter `aliases`), for SectionHeading. */
    sectionAliases?: ReadonlyMap<string, readonly string[]>;
    /** The page's edition, set by BaseLayout for the components that write words around the content. */
    locale?: import('#lib/i18n/locales.ts').Locale;
    /** A site path as a link from this page: in its edition where the edition has that page, else English. */
    localHref?: (path: string) => string;
  }
}
