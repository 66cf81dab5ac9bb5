import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '#lib/content/check-content.ts';
import { ContentError } from '#lib/content/content-error.ts';
import { describeStaleTranslation, listStaleTranslations } from '#lib/content/edition-data.ts';

/**
 * Checks all of content/ before Astro loads or renders any of it (src/lib/content/check-content.ts): code in
 * MDX, impossible dates, broken links and ids, bad redirects stop the build here, each named by file,
 * line and field with a Fix: line. Astro's own checks after rendering stay as a second net.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const problems = checkContent(root);
        // Not an error: the translated page says so to its readers, and the editors see it listed here.
        for (const stale of listStaleTranslations(root))
          logger.warn(describeStaleTranslation(stale));
        if (problems.length === 0) return;
        const error = new ContentError(problems);
        // The stack would point into this file, which says nothing about the content.
        error.stack = error.message;
        if (command === 'dev') logger.error(error.message);
        else throw error;
      },
    },
  };
}
