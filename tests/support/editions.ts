import { localeOfPath, SOURCE_LOCALE, stripLocale } from '#lib/i18n/locales.ts';
import { FIXED_PAGES } from '#lib/meta/site-pages.ts';

const FIXED: readonly string[] = FIXED_PAGES.map((page) => page.path);

/** The template a site path is made by: a fixed page's own, else one per kind ("/sources/x/" → "/sources/*"; "/rats/" → "/*"). */
function templateOf(path: string): string {
  const english = stripLocale(path);
  if (FIXED.includes(english)) return english;
  return english.replace(/[^/]+\/$/, '*');
}

/**
 * The pages the slow browser gates check (axe at three widths in two themes): every English page,
 * and of each translated edition one page per template (each fixed page of the registry, the first
 * topic, the first source page …), since an edition's pages of one template share their markup and
 * differ from the English in words. So the suite grows by a few pages per edition, not by the site
 * again; the fast checks of built HTML (html-validate, CSP, budgets, links) read every page.
 */
export function sampleEditionPages(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const locale = localeOfPath(path);
    if (locale === SOURCE_LOCALE) return true;
    const key = `${locale} ${templateOf(path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
