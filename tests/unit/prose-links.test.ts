import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import type { SourceFacts } from '../../src/lib/citations';
import { formatProblem } from '../../src/lib/content-error';
import { linksPlugin } from '../../src/lib/mdx-links';
import { checkProseLinks, type ProseLink } from '../../src/lib/prose-links';
import { validateContent, type ContentSnapshot } from '../../src/lib/validate-content';

const ALIMOV: SourceFacts = {
  id: 'alimov-2017',
  title: 'T',
  author: 'Rashid Alimov',
  kind: 'official',
  published: '2017',
  paragraphs: [{ summary: 'a' }, { summary: 'b' }, { summary: 'c' }],
};
const SCO: SourceFacts = { id: 'sco-about', title: 'About SCO', author: 'SCO Secretariat', kind: 'reference', published: 'unknown' };

/** A small consistent site whose topic page links with the given links. */
function site(links: ProseLink[]): ContentSnapshot {
  return {
    sources: new Map([ALIMOV, SCO].map((s) => [s.id, s])),
    topics: [
      {
        id: 'rats',
        file: 'content/topics/rats.mdx',
        citations: [],
        sectionIds: ['what-rats-is', 'functions'],
        aliases: [{ from: 'old-functions', to: 'functions' }],
        links,
      },
      { id: 'shanghai-spirit', file: 'content/topics/shanghai-spirit.mdx', citations: [], sectionIds: ['official-formula'] },
    ],
    pages: [
      { id: 'about', file: 'content/pages/about.mdx', citations: [], sectionIds: ['method'] },
      { id: 'home', file: 'content/pages/home.mdx', citations: [], sectionIds: [] },
    ],
    glossary: [{ id: 'rats', file: 'content/glossary.yaml', sources: [], aliases: ['sco-rats'] }],
    timeline: [{ id: 'founded-2001', file: 'content/timeline.yaml', sources: [] }],
    members: [],
  };
}

const link = (url: string, text = 'x'): ProseLink => ({ url, text });
const problems = (...urls: string[]) => checkProseLinks(site(urls.map((url) => link(url)))).map(formatProblem);

describe('links in the prose', () => {
  test.each([
    '/',
    '/rats/',
    '/rats/#functions',
    '/rats/#old-functions',
    '#what-rats-is',
    '/shanghai-spirit/#official-formula',
    '/about/#method',
    '/glossary/',
    '/glossary/#rats',
    '/glossary/#sco-rats',
    '/timeline/#founded-2001',
    '/sources/',
    '/sources/alimov-2017/',
    '/sources/alimov-2017/#p3',
    '/sources/sco-about/',
    '/search/',
    'https://www.un.org/en/about-us/un-charter',
    'mailto:editor@example.org',
  ])('%s is a page (and id) the content makes', (url) => {
    expect(problems(url)).toEqual([]);
  });

  test.each([
    ['/glossary/#ratz', 'points to the id "ratz", which /glossary/ does not have', 'use an id listed in content/glossary.yaml'],
    [
      '/rats/#funtions',
      'points to the id "funtions", which /rats/ does not have',
      'content/topics/rats.mdx (the {#id} after each heading)',
    ],
    ['#nowhere', 'points to the id "nowhere", which /rats/ does not have', 'content/topics/rats.mdx'],
    ['/sources/alimov-2017/#p4', 'points to the id "p4", which /sources/alimov-2017/ does not have', 'paragraphs p1–p3'],
    ['/sources/sco-about/#p1', 'points to the id "p1", which /sources/sco-about/ does not have', 'a reference source has no paragraph ids'],
    ['/timeline/#founded-2002', 'points to the id "founded-2002", which /timeline/ does not have', 'content/timeline.yaml'],
    ['/glossary#rats', 'has no trailing slash', 'write /glossary/#rats'],
    ['/rats', 'has no trailing slash', 'write /rats/'],
    ['/ratz/', 'points to /ratz/, which is no page of the site', 'content/redirects.yaml'],
    ['/home/', 'points to /home/, which is no page of the site', 'link to one of: /, /about/'],
    ['glossary/#rats', 'is a relative link', 'write the site path from the root'],
    ['../rats/', 'is a relative link', 'write the site path from the root'],
  ])('%s is refused: %s', (url, problem, fix) => {
    const [message, ...rest] = problems(url);
    expect(rest).toEqual([]);
    expect(message).toContain(`content/topics/rats.mdx → link [x](${url}): ${problem}`);
    expect(message).toContain(fix);
  });

  test('validateContent reports them with the other content problems', () => {
    const messages = validateContent(site([link('/glossary/#ratz', 'RATS')])).map(formatProblem);
    expect(messages).toEqual([
      'content/topics/rats.mdx → link [RATS](/glossary/#ratz): points to the id "ratz", which /glossary/ does not have\n    Fix: use an id listed in content/glossary.yaml (each item\'s id)',
    ]);
  });
});

describe('the links plugin', () => {
  test('collects every link as written, in reading order, and changes nothing', () => {
    const source = 'See [RATS](/glossary/#rats) and [the charter](https://www.un.org/).\n\n## Two {#two}\n\nAlso [*this* part](#two).\n';
    const result = mdxToJs(source, {
      features: { headingAttributes: true },
      mdastPlugins: [linksPlugin],
      fileURL: new URL('file:///site/x.mdx'),
    });
    if (result instanceof Promise) throw new Error('expected a synchronous compile');
    const { code, data } = result;
    expect((data as unknown as { astro: { frontmatter: { links: ProseLink[] } } }).astro.frontmatter.links).toEqual([
      { url: '/glossary/#rats', text: 'RATS' },
      { url: 'https://www.un.org/', text: 'the charter' },
      { url: '#two', text: 'this part' },
    ]);
    expect(code).toContain('"/glossary/#rats"');
  });
});
