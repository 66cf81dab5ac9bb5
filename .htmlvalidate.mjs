// html-validate's configuration for the built pages (tests/build/html-validate.test.ts runs it on
// every page of dist/). The recommended preset, with each relaxed rule saying why.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A source page's <title> carries the full title of the article it summarises (the longest, with
    // the site's name, is about 130 characters); cutting it would misquote the source. 160 still
    // catches a runaway title.
    'long-title': ['error', { maxlength: 160 }],
  },
};
