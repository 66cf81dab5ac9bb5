/**
 * A moved page's old address serves a small page that sends the reader on. A meta refresh alone
 * drops the #fragment ("/rats/#functions" would land at the top of the new page), so this script
 * carries it: it reads the new address from its own data-to attribute (its text is the same on every
 * redirect page, so one CSP hash allows it) and replaces the location, keeping the hash. Without
 * JavaScript, a meta refresh inside <noscript> goes to the new page's top.
 */
export const REDIRECT_SCRIPT = 'location.replace(document.currentScript.dataset.to+location.hash);';

/**
 * Whether a built page is a redirect page, and where it points: its <html> carries data-moved-to.
 * Tests and the published-link lock read it.
 */
export const MOVED_ATTRIBUTE = 'data-moved-to';
