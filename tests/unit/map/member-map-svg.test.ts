import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { buildMemberMap } from '#lib/map/member-map.ts';
import {
  cohortFill,
  escapeXml,
  MAP_COLOURS,
  MAX_COHORTS,
  mapVariants,
  memberMapSrc,
  renderMemberMapSvg,
  listSwatchFiles,
  PLACE_SWATCH_SRC,
  renderPatternDefs,
  renderPlaceSwatchSvg,
  renderSwatchSvg,
  swatchSrc,
} from '#lib/map/member-map-svg.ts';
import { MEMBERS } from '../../fixtures/members';

/**
 * What an XML parser would refuse: unbalanced or crossed tags, a bare "&" or "<", a repeated
 * attribute. linkedom's DOMParser forgives all of these, so it cannot tell well-formed on its own.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const [, text = '', tag = ''] of body.matchAll(/([^<]*)(<[^>]*>|<|$)/g)) {
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.test(text))
      problems.push(`bare & in "${text.slice(0, 40)}"`);
    if (tag === '') continue;
    const match = /^<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(tag);
    if (!match) {
      problems.push(`malformed tag ${tag.slice(0, 40)}`);
      continue;
    }
    const [, closing, name = '', attributes = '', selfClosing] = match;
    const names = [...attributes.matchAll(/([\w:-]+)=/g)].map((m) => m[1]);
    if (new Set(names).size !== names.length) problems.push(`repeated attribute in <${name}>`);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(attributes))
      problems.push(`bare & in an attribute of <${name}>`);
    if (closing) {
      const last = open.pop();
      if (last !== name) problems.push(`</${name}> closes <${last ?? 'nothing'}>`);
    } else if (!selfClosing) open.push(name);
  }
  if (open.length > 0) problems.push(`unclosed ${open.map((n) => `<${n}>`).join(' ')}`);
  return problems;
}

test.each([
  [
    'a well-formed document',
    '<svg xmlns="x"><g a="1"><title>a &amp; b</title></g><rect/></svg>',
    [],
  ],
  ['an unclosed tag', '<svg><g></svg>', ['</svg> closes <g>', 'unclosed <svg>']],
  ['a bare &', '<svg><title>a & b</title></svg>', ['bare & in "a & b"']],
  [
    'a bare <',
    '<svg><title>a < b</title></svg>',
    ['malformed tag < b</title>', '</svg> closes <title>', 'unclosed <svg>'],
  ],
  ['a repeated attribute', '<svg a="1" a="2"/>', ['repeated attribute in <svg>']],
])('xmlProblems on %s says what an XML parser would refuse', (_case, xml, expected) => {
  expect(xmlProblems(xml)).toEqual(expected);
});

/** The first child element of `parent` named `name` (not one inside <defs>, as querySelector would find). */
function childOf(parent: Element, name: string): Element | undefined {
  return [...parent.children].find((child) => child.tagName === name);
}

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
}

describe.each([
  ['all members', undefined, []],
  ['the 2017 cohort emphasised', 2017, ['India', 'Pakistan']],
])('renderMemberMapSvg, %s', (_case, emphasise, emphasised) => {
  const map = buildMemberMap({ members: MEMBERS, emphasise });
  const svg = renderMemberMapSvg(map);
  const doc = parse(svg);
  const root = doc.documentElement;

  test('is a well-formed, standalone SVG document of the map size', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${map.width} ${map.height}`);
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual([
      String(map.width),
      String(map.height),
    ]);
  });

  test('runs and fetches nothing: no script, no link, no url() but to its own patterns', () => {
    expect(svg).not.toMatch(/<script|<foreignObject|<image|<use|<a[\s>]|href=|@import|on\w+=/i);
    expect(
      [...svg.matchAll(/url\(([^)]*)\)/g)]
        .map((m) => m[1])
        .filter((ref) => !/^#p\d$/.test(ref ?? '')),
    ).toEqual([]);
  });

  test('has its own style and draws on its own opaque paper first', () => {
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    const paper = childOf(root, 'rect');
    expect([
      paper?.getAttribute('width'),
      paper?.getAttribute('height'),
      paper?.getAttribute('fill'),
    ]).toEqual([String(map.width), String(map.height), MAP_COLOURS.paper]);
    expect(paper?.getAttribute('fill-opacity') ?? paper?.getAttribute('opacity')).toBeNull();
  });

  test('says what it shows: a title with the date, a description naming every member', () => {
    expect(root.querySelector('title')?.textContent).toBe('SCO member states as of 4 July 2024');
    const desc = root.querySelector('desc')?.textContent ?? '';
    expect(MEMBERS.filter((m) => !desc.includes(m.name)).map((m) => m.name)).toEqual([]);
  });

  test('draws each member once, titled with its name and day of accession', () => {
    const titles = MEMBERS.map(
      (m) => doc.getElementById(`m-${m.id}`)?.querySelector('title')?.textContent,
    );
    expect(titles).toEqual(
      MEMBERS.map((m) =>
        expect.stringMatching(new RegExp(`^${m.name}, member since \\d{1,2} \\w+ \\d{4}$`)),
      ),
    );
    expect(root.querySelectorAll('path[id^="m-"]')).toHaveLength(MEMBERS.length);
  });

  test('fills each cohort its own way: the founders solid, the others with their pattern', () => {
    const fills = MEMBERS.map((m) => doc.getElementById(`m-${m.id}`)?.getAttribute('fill'));
    expect(new Set(fills)).toEqual(
      new Set([MAP_COLOURS.strong, 'url(#p1)', 'url(#p2)', 'url(#p3)']),
    );
    expect([...root.querySelectorAll('defs pattern')].map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  test('outlines the emphasised cohort in bold, and only it', () => {
    const bold = [...root.querySelectorAll('g.em path title')].map(
      (t) => t.textContent?.split(',')[0],
    );
    expect(bold).toEqual(emphasised);
    expect([...root.querySelectorAll('text.em')].map((t) => t.textContent)).toEqual(emphasised);
  });

  test('marks Lianyungang and Kaliningrad', () => {
    expect([...root.querySelectorAll('g.p text')].map((t) => t.textContent)).toEqual([
      'Lianyungang',
      'Kaliningrad',
    ]);
  });
});

test('renderMemberMapSvg escapes names and stays well-formed', () => {
  const members = [{ id: 'india', name: 'India & <"Bharat">', iso: '356', joined: '2017-06-09' }];
  const svg = renderMemberMapSvg(buildMemberMap({ members }));
  expect(xmlProblems(svg)).toEqual([]);
  expect(parse(svg).getElementById('m-india')?.querySelector('title')?.textContent).toBe(
    'India & <"Bharat">, member since 9 June 2017',
  );
});

test.each([
  ['plain text', 'India', 'India'],
  ['markup and quotes', 'a < b & "c" > d', 'a &lt; b &amp; &quot;c&quot; &gt; d'],
  [
    'an apostrophe, which needs nothing in double-quoted attributes',
    "China's coast",
    "China's coast",
  ],
])('escapeXml: %s', (_case, text, expected) => {
  expect(escapeXml(text)).toBe(expected);
});

test.each([
  [0, 'q', MAP_COLOURS.strong],
  [1, 'q', 'url(#q1)'],
  [3, 'member-map-p', 'url(#member-map-p3)'],
])('cohortFill(%i, %s) is %s', (index, prefix, expected) => {
  expect(cohortFill(index, prefix)).toBe(expected);
});

describe('renderPatternDefs', () => {
  test.each([
    [1, []],
    [2, ['x1']],
    [4, ['x1', 'x2', 'x3']],
  ])('for %i cohorts defines %j', (cohorts, ids) => {
    expect(
      [...renderPatternDefs(cohorts, 'x').matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]),
    ).toEqual(ids);
  });

  test('refuses more cohorts than it has fills, saying where to add one', () => {
    expect(() => renderPatternDefs(MAX_COHORTS + 1, 'x')).toThrow(
      /5 cohorts but fills for 4; add a pattern to PATTERNS in src\/lib\/map\/member-map-svg.ts/,
    );
  });
});

describe('legend swatches', () => {
  test.each([
    [
      'the founders: solid, no pattern',
      { index: 0, year: 2001, emphasised: false },
      MAP_COLOURS.strong,
      '1',
      [],
    ],
    [
      'an emphasised cohort: its pattern, a bold outline',
      { index: 1, year: 2017, emphasised: true },
      'url(#p1)',
      '2.4',
      ['p1'],
    ],
    [
      'a later cohort: its own pattern only',
      { index: 3, year: 2024, emphasised: false },
      'url(#p3)',
      '1',
      ['p3'],
    ],
  ])('%s', (_case, cohort, fill, stroke, patterns) => {
    const svg = renderSwatchSvg(cohort);
    const doc = parse(svg);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 24 16" width="24" height="16">/,
    );
    const swatch = childOf(doc.documentElement, 'rect');
    expect([swatch?.getAttribute('fill'), swatch?.getAttribute('stroke-width')]).toEqual([
      fill,
      stroke,
    ]);
    expect([...doc.querySelectorAll('pattern')].map((p) => p.id)).toEqual(patterns);
    // The same texture as the cohort's shapes on the map.
    if (cohort.index > 0)
      expect(svg).toContain(
        renderPatternDefs(cohort.index + 1, 'p')
          .split('<pattern')
          .at(-1),
      );
  });

  test('the place swatch is the map marker', () => {
    const svg = renderPlaceSwatchSvg();
    expect(xmlProblems(svg)).toEqual([]);
    expect(parse(svg).querySelectorAll('circle')).toHaveLength(2);
  });

  test.each([
    [{ index: 0, year: 2001, emphasised: false }, '/maps/key/2001.svg'],
    [{ index: 1, year: 2017, emphasised: true }, '/maps/key/2017-bold.svg'],
  ])('swatchSrc(%j) is %s', (cohort, src) => {
    expect(swatchSrc(cohort)).toBe(src);
  });

  test('lists each swatch file once, for every cohort of every map, and the place', () => {
    const plain = buildMemberMap({ members: MEMBERS });
    const emphasised = buildMemberMap({ members: MEMBERS, emphasise: 2017 });
    const files = listSwatchFiles([plain, emphasised, plain]);
    const srcs = files.map((f) => f.src);
    expect(srcs).toEqual([...new Set(srcs)]);
    expect(srcs.sort()).toEqual(
      [PLACE_SWATCH_SRC, ...plain.cohorts.map(swatchSrc), ...emphasised.cohorts.map(swatchSrc)]
        .filter((src, i, all) => all.indexOf(src) === i)
        .sort(),
    );
    expect(srcs).toContain('/maps/key/2017-bold.svg');
    expect(files.find((f) => f.src === '/maps/key/2017-bold.svg')?.svg).toBe(
      renderSwatchSvg({ index: 1, year: 2017, emphasised: true }),
    );
  });
});

describe('memberMapSrc', () => {
  test.each([
    [undefined, '/maps/members.svg'],
    [2017, '/maps/members-2017.svg'],
  ])('emphasising %s is %s', (emphasise, expected) => {
    expect(memberMapSrc(emphasise)).toBe(expected);
  });
});

describe('mapVariants', () => {
  test.each([
    [[], ['members']],
    [[undefined], ['members']],
    [[2017], ['members', 'members-2017']],
    [
      [2023, undefined, 2017, 2023],
      ['members', 'members-2017', 'members-2023'],
    ],
  ])('for topics emphasising %j, writes %j, each once', (emphasised, names) => {
    expect(mapVariants(emphasised).map((v) => v.name)).toEqual(names);
  });

  test('each variant is the file memberMapSrc points at', () => {
    for (const variant of mapVariants([2017, 2023]))
      expect(memberMapSrc(variant.emphasise)).toBe(`/maps/${variant.name}.svg`);
  });
});
