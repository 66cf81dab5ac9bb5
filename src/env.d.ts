declare namespace App {
  interface Locals {
    /** The page being rendered, as its citations name it; set by BaseLayout for SectionHeading. */
    citePage?: import('#lib/meta/cite-page.ts').CiteTarget;
    /** The page's section aliases, new id → old ids (frontmatter `aliases`), for SectionHeading. */
    sectionAliases?: ReadonlyMap<string, readonly string[]>;
  }
}
