// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteOutput } from './src/integrations/site-output.ts';
import { filterKnownNoise } from '#lib/meta/build-noise.ts';
import { citationsPlugin } from '#lib/markdown/mdx-citations.ts';
import { baseLinksPlugin } from '#lib/markdown/mdx-base-links.ts';
import { sectionIdsPlugin } from '#lib/markdown/mdx-section-ids.ts';
import { normaliseBase } from '#lib/meta/paths.ts';
import { REDIRECT_SCRIPT } from '#lib/meta/redirect-page.ts';
import { loadRedirects } from '#lib/content/redirects.ts';
import { editionPaths } from '#lib/meta/site-pages.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, cspHash } from '#lib/meta/csp.ts';
import { THEME_SCRIPT } from '#lib/meta/theme-script.ts';
import { isIndexable } from '#lib/meta/robots.ts';
import { SITEMAP_I18N, withXDefault } from '#lib/meta/sitemap-i18n.ts';
import { SITE } from './src/site.config.ts';

// BASE_PATH=/sco/ builds the site for serving under /sco/ (GitHub Pages project sites, sub-folders).
const base = normaliseBase(process.env.BASE_PATH);
// Old addresses of moved pages (content/redirects.yaml) get redirect pages, which the sitemap leaves out.
const redirects = loadRedirects();
// A page moves in every edition (src/pages/[...moved].astro): /ru/<old>/ is a redirect page too.
const moved = Object.keys(redirects)
  .flatMap((path) => editionPaths(path))
  .map((path) => `${base.replace(/\/$/, '')}${path}`);

export default defineConfig({
  site: process.env.SITE_URL ?? SITE.url,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A strict Content-Security-Policy in a <meta> on every page: hashes for what Astro bundles and for
  // the one inline script, no 'unsafe-inline' (src/lib/meta/csp.ts; headers a meta cannot set: public/_headers).
  // After the build, siteOutput() keeps on each page only the hashes of that page's inline code.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: {
        resources: [...SCRIPT_SOURCES],
        hashes: [cspHash(THEME_SCRIPT), cspHash(REDIRECT_SCRIPT)],
      },
    },
  },
  markdown: {
    // The content has no code blocks, and Shiki's inline styles would not pass the CSP.
    syntaxHighlight: false,
    processor: satteri({
      features: { headingAttributes: true },
      mdastPlugins: [sectionIdsPlugin, citationsPlugin, baseLinksPlugin(base, redirects)],
    }),
  },
  integrations: [
    contentCheck(),
    mdx(),
    // Each page with editions lists them as hreflang alternates, with x-default for the English page,
    // as its <link rel="alternate"> do (src/lib/meta/sitemap-i18n.ts).
    sitemap({
      filter: (page) => isIndexable(page) && !moved.includes(new URL(page).pathname),
      i18n: SITEMAP_I18N,
      serialize: withXDefault,
    }),
    // One pass over the built pages: CSP narrowed per page, Pagefind index and search data.
    siteOutput(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Known upstream warnings (src/lib/meta/build-noise.ts, listed in the README) become one line each.
    build: { rolldownOptions: { onwarn: filterKnownNoise() } },
    // A layout's script is named for its component alone ("BaseLayout.[hash].js", not Astro's
    // "BaseLayout.astro_astro_type_script_index_0_lang.[hash].js"): every page names it in its HTML,
    // whose budget on a topic page is a few bytes from full.
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              entryFileNames: (chunk) =>
                `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '')}.[hash].js`,
            },
          },
        },
      },
    },
  },
});
