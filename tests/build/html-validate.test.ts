import { describe, expect, test } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { DIST, readPages } from '../../tools/lib/dist';

// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.mjs says which
// rule is relaxed and why).
const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');

describe.each(readPages(DIST, { redirects: true }).map((page) => [page.path, page] as const))(
  '%s',
  (path, page) => {
    test('is valid HTML', async () => {
      const report = await validator.validateString(
        page.html,
        `dist${path.endsWith('/') ? `${path}index.html` : path}`,
      );
      expect(report.valid, format(report.results)).toBe(true);
    });
  },
);
