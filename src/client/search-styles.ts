/**
 * Loads the search stylesheet (public/styles/search.css, minified by the build:
 * src/integrations/public-styles.ts) once, when search is first used. Resolves when it has loaded,
 * or failed: search still works unstyled.
 */
import { base } from 'astro:config/client';
import { withBase } from '#lib/meta/paths.ts';

let loading: Promise<void> | undefined;

export function loadSearchStyles(): Promise<void> {
  loading ??= new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = withBase('/styles/search.css', base);
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
  return loading;
}
