import { mdxToMdast } from 'satteri';
import type { CitationMark } from '../content/citations';
import type { ContentProblem } from '../content/content-error';
import { localeOfContentFile, SOURCE_LOCALE } from '../i18n/locales';

/**
 * Content is data, never code (DESIGN.md). These rules say what MDX in content/ may contain: Markdown,
 * the site's own components and a short list of harmless HTML, with links to web, mail and site
 * addresses only. They run on the parsed tree before anything is rendered, so that nothing in a
 * content file can run at build time or in a reader's browser.
 */

/** The site's components, with the attributes each takes (src/components/prose-components.ts). */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Cite: ['source', 'p'],
  // Translations only (content/<locale>/): a quotation and the English words it translates.
  Q: ['en'],
};

/** HTML an author may write, with its attributes: nothing that loads, runs, styles or navigates. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title', 'lang'],
  br: [],
  span: ['lang'],
  sub: [],
};

/** A language tag as BCP 47 writes it: "ru", "zh-Hans", "kk-Latn". */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Elements named in messages because they can run code, restyle the page or load another site. */
const DANGEROUS = new Set([
  'script',
  'style',
  'meta',
  'iframe',
  'object',
  'embed',
  'link',
  'base',
  'form',
  'frame',
  'frameset',
  'svg',
  'math',
  'template',
  'img',
  'video',
  'audio',
  'source',
  'portal',
]);

const ALLOWED_SCHEMES = ['https', 'http', 'mailto'];

const ALLOWED_LIST = [
  ...Object.keys(MDX_COMPONENTS).map((name) => `<${name}>`),
  ...Object.keys(ALLOWED_HTML).map((name) => `<${name}>`),
].join(', ');

/** A heading as written: its depth, text, explicit id (if any) and line. */
export interface MdxHeading {
  depth: number;
  text: string;
  id: string | undefined;
  line: number | undefined;
}

/** What the checks of a whole page need from one MDX file, and the problems found in it alone. */
export interface MdxFacts {
  /** The frontmatter's YAML text and the file line it starts on (the line after "---"). */
  frontmatter: { text: string; line: number } | undefined;
  headings: MdxHeading[];
  /** Every <Cite>, inline or on its own line, in reading order (invalid ones are left out and reported). */
  cites: { mark: CitationMark; line: number | undefined }[];
  /** Links to the site's own pages and sections ("/rats/#functions", "#members"), to be resolved. */
  siteLinks: { url: string; line: number | undefined }[];
  /** A translation's quotations, <Q en="English words">translated words</Q>, by their English original. */
  quotes: { en: string; line: number | undefined }[];
  problems: ContentProblem[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  data?: { hProperties?: Record<string, unknown> };
  position?: { start: { line: number } };
}

function textOf(node: Node): string {
  if (typeof node.value === 'string' && node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Reads a <Cite>'s attributes: source="id" and, for an article, p="N" (a whole number from 1).
 * Returns the citation, or what is wrong and the fix. The citations plugin uses it too.
 */
export function readCite(
  attributes: readonly { type: string; name?: string; value?: unknown }[],
): { mark: CitationMark } | { problem: string; fix: string } {
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute')
      return {
        problem: 'has a {…} spread attribute',
        fix: 'write only source="…" and, for an article, p="N" or notes',
      };
    if (attribute.name !== 'source' && attribute.name !== 'p' && attribute.name !== 'notes')
      return {
        problem: `has an unexpected attribute "${attribute.name ?? ''}"`,
        fix: 'write only source="…" and, for an article, p="N" or notes',
      };
    // `<Cite source="azam-cgtn" notes />` cites an article's notes (title, byline, editor's and author's notes).
    if (attribute.name === 'notes' && attribute.value !== undefined && attribute.value !== null)
      return {
        problem: 'writes notes with a value',
        fix: 'write notes alone: <Cite source="azam-cgtn" notes />',
      };
    if (
      attribute.value !== undefined &&
      attribute.value !== null &&
      typeof attribute.value !== 'string'
    )
      return {
        problem: `gives ${attribute.name} as a {…} expression`,
        fix: `write it in quotes, e.g. ${attribute.name === 'p' ? 'p="5"' : 'source="alimov-2017"'}`,
      };
  }
  const byName = new Map(attributes.map((a) => [a.name, a.value]));
  const source = byName.get('source');
  const p = byName.get('p');
  const notes = byName.has('notes') ? ({ notes: true } as const) : {};
  if (typeof source !== 'string' || source.trim() === '')
    return { problem: 'has no source', fix: 'write the source id, e.g. source="alimov-2017"' };
  if (byName.has('p')) {
    if (typeof p !== 'string' || p.trim() === '')
      return {
        problem: 'has an empty paragraph number',
        fix: 'write the paragraph, e.g. p="5", or leave p out for a reference source',
      };
    if (/^\s*-\s*\d+\s*$/.test(p))
      return {
        problem: `has the negative paragraph number p="${p}"`,
        fix: 'paragraphs are numbered from 1: write e.g. p="5"',
      };
    if (/^\s*0+\s*$/.test(p))
      return {
        problem: 'has the paragraph number p="0"',
        fix: 'paragraphs are numbered from 1: write e.g. p="1" for the first',
      };
    if (!/^[1-9]\d*$/.test(p))
      return {
        problem: `has the paragraph number p="${p}", which is not a whole number`,
        fix: 'write one paragraph as digits, e.g. p="5"; cite several paragraphs with several <Cite>s',
      };
    return { mark: { source, p: Number(p), ...notes } };
  }
  return { mark: { source, ...notes } };
}

/** Checks a link's address: web, mail and site addresses only. Returns the problem, or undefined. */
export function checkUrl(url: string): { problem: string; fix: string } | undefined {
  const site = 'link to https: or http: addresses, mailto:, or a site path such as /glossary/#rats';
  // Browsers drop tabs and newlines inside a scheme ("java\tscript:") and ignore leading spaces.
  if (/[\u0000-\u0020\u007f]/.test(url))
    return {
      problem: `the address ${JSON.stringify(url)} contains spaces or control characters`,
      fix: 'write the address without them (a space in a URL is %20)',
    };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme !== undefined) {
    if (!ALLOWED_SCHEMES.includes(scheme.toLowerCase()))
      return {
        problem: `the address "${url.slice(0, 60)}" uses "${scheme}:", which content may not`,
        fix: site,
      };
    if (/^https?:$/i.test(url.slice(0, scheme.length + 1)) && !/^https?:\/\/[^/?#\s]+/i.test(url))
      return {
        problem: `"${url}" is not a complete address`,
        fix: 'write the full address, e.g. https://example.org/page',
      };
    if (scheme.toLowerCase() === 'mailto' && !/^mailto:[^@\s]+@[^@\s]+$/i.test(url))
      return { problem: `"${url}" is not a mail address`, fix: 'write mailto:name@example.org' };
    return undefined;
  }
  if (url === '') return { problem: 'the link has no address', fix: site };
  if (/^[/\\]{2}/.test(url) || url.startsWith('/\\'))
    return {
      problem: `"${url}" is a protocol-relative address (another site)`,
      fix: 'write https:// in front of it, or a site path with a single /',
    };
  if (url.startsWith('/') || url.startsWith('#')) return undefined;
  return {
    problem: `"${url}" is a relative address`,
    fix: 'write the site path from the root, e.g. /rats/#functions, or a full https:// address',
  };
}

/** The line a satteri parse error names ("21:1: Unexpected character …"). */
function parseErrorLine(message: string): number | undefined {
  const match = /^(\d+):\d+/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** Parses one MDX file and checks everything that file alone can get wrong. */
export function inspectMdx(text: string, file: string): MdxFacts {
  const facts: MdxFacts = {
    frontmatter: undefined,
    headings: [],
    cites: [],
    siteLinks: [],
    quotes: [],
    problems: [],
  };
  const report = (node: Node | undefined, field: string, problem: string, fix: string): void => {
    facts.problems.push({ file, line: node?.position?.start.line, field, problem, fix });
  };
  let tree: Node;
  try {
    tree = mdxToMdast(text, {
      features: { headingAttributes: true, frontmatter: true },
    }) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The parser often says how to fix it: "(note: to create a link in MDX, use `[text](url)`)".
    const note = / \(note: (.*)\)( \([a-z-]+:[a-z-]+\))?$/.exec(message)?.[1];
    const comment = message.includes('comment');
    facts.problems.push({
      file,
      line: parseErrorLine(message),
      field: '(MDX syntax)',
      problem: `cannot be read as MDX: ${message
        .replace(/^\d+:\d+(-\d+:\d+)?: /, '')
        .replace(/ \(note: .*$/, '')
        .replace(/ \([a-z-]+:[a-z-]+\)$/, '')}`,
      fix: comment
        ? 'remove the HTML comment: content has no hidden text'
        : (note ??
          'a "<" or "{" starts a tag or an expression in MDX: write &lt; or &#123; for the character itself, and close every tag you open'),
    });
    return facts;
  }
  const visit = (node: Node): void => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'yaml':
        facts.frontmatter = { text: String(node.value ?? ''), line: (line ?? 1) + 1 };
        return;
      case 'toml':
        report(
          node,
          'frontmatter',
          'is TOML (+++)',
          'write the frontmatter as YAML between --- lines',
        );
        return;
      case 'mdxjsEsm':
        report(
          node,
          'import/export',
          `"${String(node.value).split('\n')[0]?.slice(0, 60)}" is code: content may not import or export anything`,
          "remove the line; the site's components (such as <Cite>) need no import",
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(
          node,
          '{…} expression',
          `"{${String(node.value).slice(0, 40)}}" is code that would run at build time`,
          'write the text itself; for a literal brace write &#123; and &#125;',
        );
        return;
      case 'heading': {
        const { id, ...others } = node.data?.hProperties ?? {};
        facts.headings.push({
          depth: node.depth ?? 0,
          text: textOf(node).trim(),
          id: typeof id === 'string' ? id : undefined,
          line,
        });
        const extra = Object.keys(others);
        if (extra.length > 0)
          report(
            node,
            `heading "${textOf(node).trim()}"`,
            `has attributes besides its id (${extra.join(', ')}): classes, styles and handlers in {…} change or run things on the page`,
            'keep only the id: {#an-id}',
          );
        break;
      }
      case 'link':
      case 'definition': {
        const url = node.url ?? '';
        if (
          node.type === 'link' &&
          textOf(node).trim() === '' &&
          !(node.children ?? []).some((child) => child.type !== 'text')
        )
          report(
            node,
            'link',
            `the link to "${url}" has no text, so screen readers announce nothing`,
            'write the words the link stands on: [the RATS page](/rats/)',
          );
        const bad = checkUrl(url);
        if (bad) report(node, 'link', bad.problem, bad.fix);
        else if (url.startsWith('/') || url.startsWith('#')) facts.siteLinks.push({ url, line });
        break;
      }
      case 'image':
      case 'imageReference':
        report(
          node,
          'image',
          'content has no images (they would load from another address and need a text alternative)',
          'describe it in words, or link to it',
        );
        return;
      case 'footnoteReference':
      case 'footnoteDefinition':
        report(
          node,
          'footnote',
          "Markdown footnotes ([^1]) are not the site's citations",
          'cite a source with <Cite source="…" p="N" />',
        );
        return;
      case 'html':
        report(node, 'HTML', 'raw HTML is not allowed', `use Markdown, or one of ${ALLOWED_LIST}`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!checkElement(node)) return;
        break;
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  /** Checks a JSX element; false when its content should not be looked at further. */
  const checkElement = (node: Node): boolean => {
    const name = node.name ?? '';
    const tag = `<${name || '>'}>`;
    if (name === '') {
      report(node, tag, 'is a JSX fragment', 'remove <> and </>');
      return true;
    }
    if (name === 'Q') return checkQuote(node);
    if (name in MDX_COMPONENTS) {
      const cite = readCite(node.attributes ?? []);
      const field = citeField(node);
      if ('problem' in cite) report(node, field, cite.problem, cite.fix);
      else facts.cites.push({ mark: cite.mark, line: node.position?.start.line });
      if ((node.children ?? []).length > 0)
        report(
          node,
          field,
          'has content between <Cite> and </Cite>',
          'write it as one self-closing tag: <Cite source="…" p="N" />',
        );
      return false;
    }
    const allowed = ALLOWED_HTML[name];
    if (allowed === undefined) {
      const lower = name.toLowerCase();
      const why = DANGEROUS.has(lower)
        ? `${tag} can run code, change the page or load another site, and is not allowed in content`
        : lower === 'sup'
          ? `${tag} is not allowed: the only superscripts are the citation markers <Cite> makes`
          : `${tag} is not one of the site's components or the HTML content may use`;
      report(
        node,
        tag,
        why,
        `use Markdown (links, **bold**, lists, tables), or one of ${ALLOWED_LIST}`,
      );
      return false;
    }
    for (const attribute of node.attributes ?? []) {
      const attr = attribute.name ?? '{…}';
      if (attribute.type !== 'mdxJsxAttribute')
        report(node, tag, 'has a {…} spread attribute, which is code', 'remove it');
      else if (/^on/i.test(attr))
        report(
          node,
          `${tag} ${attr}`,
          "is an event handler: code that runs in the reader's browser",
          'remove it',
        );
      else if (attr.toLowerCase() === 'style')
        report(
          node,
          `${tag} style`,
          "inline styles are not allowed (the site's Content-Security-Policy blocks them, and they break the themes)",
          'remove it',
        );
      else if (!allowed.includes(attr))
        report(
          node,
          `${tag} ${attr}`,
          `${tag} may not have the attribute "${attr}"`,
          allowed.length > 0 ? `use only ${allowed.join(', ')}` : 'remove it',
        );
      else if (typeof attribute.value !== 'string')
        report(
          node,
          `${tag} ${attr}`,
          'is not a plain quoted value',
          `write it in quotes, e.g. ${attr}="…"`,
        );
      else if (attr === 'lang' && !LANGUAGE_TAG.test(attribute.value))
        report(
          node,
          `${tag} lang`,
          `"${attribute.value}" is not a language tag`,
          'write a tag such as ru, zh-Hans or kk-Latn',
        );
    }
    return true;
  };
  /**
   * A quotation in a translation: <Q en="the English words quoted">their translation</Q>. The page
   * marks it as the site's translation and its footnote gives the English, which the quotation check
   * finds word for word in the cited source; English pages quote with quotation marks instead.
   */
  const checkQuote = (node: Node): boolean => {
    const line = node.position?.start.line;
    if (localeOfContentFile(file) === SOURCE_LOCALE) {
      report(
        node,
        '<Q>',
        'marks a translated quotation, and this is the English edition',
        'quote the words in quotation marks: "…"',
      );
      return false;
    }
    const attributes = node.attributes ?? [];
    const en = attributes.find((a) => a.name === 'en');
    const others = attributes.filter((a) => a !== en).map((a) => a.name ?? '{…}');
    if (others.length > 0)
      report(node, '<Q>', `may not have ${others.join(', ')}`, 'give only en="the English words"');
    if (en === undefined || typeof en.value !== 'string' || en.value.trim() === '')
      report(
        node,
        '<Q> en',
        'is missing: a translated quotation names the English words it translates',
        'write <Q en="the words as the English page quotes them">…</Q>',
      );
    else facts.quotes.push({ en: en.value, line });
    if (textOf(node).trim() === '')
      report(node, '<Q>', 'has no text', 'put the translated words between <Q en="…"> and </Q>');
    return true;
  };
  const citeField = (node: Node): string => {
    const attrs = (node.attributes ?? []).map((a) =>
      a.type === 'mdxJsxAttribute'
        ? `${a.name ?? ''}=${typeof a.value === 'string' ? JSON.stringify(a.value) : '{…}'}`
        : '{…}',
    );
    return `<${node.name ?? ''}${attrs.map((a) => ` ${a}`).join('')} />`;
  };
  visit(tree);
  return facts;
}
