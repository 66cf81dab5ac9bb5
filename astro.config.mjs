// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind.ts';
import { citationsPlugin } from './src/lib/mdx-citations.ts';
import { sectionIdsPlugin } from './src/lib/mdx-section-ids.ts';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      features: { headingAttributes: true },
      mdastPlugins: [sectionIdsPlugin, citationsPlugin],
    }),
  },
  integrations: [mdx(), pagefind()],
  vite: {
    plugins: [tailwindcss()],
  },
});
