import { describe, expect, test } from 'vitest';
import {
  decodeEntities,
  parseExcerpt,
  REPEAT_RUN,
  repeatsExcerpt,
  withoutShownTitle,
  type ExcerptPart,
} from '#lib/search/config.ts';

describe('parseExcerpt', () => {
  test('splits marked and unmarked runs and decodes entities', () => {
    expect(parseExcerpt('The <mark>RATS</mark> &amp; the &lt;SCO&gt; &#39;x&#x27;')).toEqual([
      { text: 'The ', marked: false },
      { text: 'RATS', marked: true },
      { text: " & the <SCO> 'x'", marked: false },
    ]);
  });

  test('marks words, not the punctuation Pagefind marks with them', () => {
    expect(
      parseExcerpt('known as <mark>(RATS),</mark> in <mark>Kazakhstan.</mark> <mark>“three</mark>'),
    ).toEqual([
      { text: 'known as (', marked: false },
      { text: 'RATS', marked: true },
      { text: '), in ', marked: false },
      { text: 'Kazakhstan', marked: true },
      { text: '. “', marked: false },
      { text: 'three', marked: true },
    ]);
  });

  test('a bracket the word opens is closed in the mark (a reader saw "2(7" marked in "2(7)")', () => {
    expect(parseExcerpt('Article <mark>2(7).</mark> and <mark>(RATS)</mark>')).toEqual([
      { text: 'Article ', marked: false },
      { text: '2(7)', marked: true },
      { text: '. and (', marked: false },
      { text: 'RATS', marked: true },
      { text: ')', marked: false },
    ]);
  });

  test('keeps markup other than <mark> as text, never as elements', () => {
    expect(parseExcerpt('&lt;img src=x onerror=alert(1)&gt; <b>bold</b>')).toEqual([
      { text: '<img src=x onerror=alert(1)> <b>bold</b>', marked: false },
    ]);
  });

  test('an empty excerpt has no parts; an unknown entity stays as written', () => {
    expect(parseExcerpt('')).toEqual([]);
    expect(parseExcerpt('&bogus; &#xFFFFFFF;')).toEqual([
      { text: '&bogus; &#xFFFFFFF;', marked: false },
    ]);
  });
});

describe('repeatsExcerpt', () => {
  // A page's excerpt and its best section's are often the same window of the same words (Pagefind
  // centres both on the best match); the results list then shows the page's only once.
  const run = 'x'.repeat(REPEAT_RUN);
  // Long enough that REPEAT_RUN, not half the excerpt, is the run that counts.
  const [pad1, pad2, pad3, pad4] = ['a', 'b', 'c', 'd'].map((letter) => letter.repeat(50));
  test.each([
    [
      'the same words, marked differently',
      'SCO’s <mark>founding</mark>. Threats in general terms. Drugs. Partnerships among <mark>members</mark>.',
      ['SCO’s founding. Threats in general terms. Drugs. Partnerships among <mark>members</mark>.'],
      true,
    ],
    [
      'windows that overlap by a run of words (the page’s starts earlier)',
      'at work in Tashkent since 2004. Key facts. <mark>Founded</mark>: 15 June 2001, in Shanghai, by six',
      ['Key facts. Founded: 15 June 2001, in Shanghai, by six states. Members: 10 as of July 2024'],
      true,
    ],
    [
      'the same run with other punctuation, quotes and case',
      'The “THREE forces” — terrorism, separatism and extremism — are named',
      ['the three forces: terrorism, separatism, and extremism are named here'],
      true,
    ],
    [
      'Chinese windows that overlap by half the page’s excerpt',
      '组织中规模最大者。<mark>人口</mark>：<mark>阿利莫夫</mark>的数字. <mark>阿利莫夫</mark>写道，这一',
      ['人口：阿利莫夫的数字. 阿利莫夫写道，这一地区居住着世界近44'],
      true,
    ],
    [
      'Chinese excerpts that share a name, less than half of either',
      '上合组织地区反恐怖机构于2004年在塔什干开始工作，负责协调成员国的行动',
      ['阿扎姆认为上合组织地区反恐怖机构是打击三股势力的支柱'],
      false,
    ],
    [
      'only the second of several sections repeats it',
      'Iran became a member on 4 July 2023 and Belarus on 4 July 2024.',
      [
        'Something else entirely, on another part of the page.',
        'Iran became a member on 4 July 2023 and Belarus',
      ],
      true,
    ],
    [
      'a short excerpt held whole in a section’s',
      'RATS in Tashkent.',
      ['What RATS is. RATS in Tashkent. It began work in 2004.'],
      true,
    ],
    [
      'words in common, but no run as long as REPEAT_RUN or half the excerpt',
      'The SCO was founded in Shanghai; RATS works from Tashkent.',
      ['Tashkent hosts RATS, and the SCO was founded in 2001.'],
      false,
    ],
    [
      'a run one character shorter than REPEAT_RUN',
      `${pad1}${run.slice(1)}${pad2}`,
      [`${pad3}${run.slice(1)}${pad4}`],
      false,
    ],
    ['a run exactly REPEAT_RUN long', `${pad1}${run}${pad2}`, [`${pad3}${run}${pad4}`], true],
    ['no sections', 'The SCO was founded in Shanghai on 15 June 2001.', [], false],
    ['an empty excerpt', '', ['Anything at all'], false],
    ['an excerpt of punctuation only', '… — “”', ['… — “”'], false],
  ])('%s', (_case, excerpt, sections, expected) => {
    expect(repeatsExcerpt(excerpt, sections)).toBe(expected);
  });
});

describe('withoutShownTitle: an excerpt does not repeat what the result shows above it', () => {
  const text = (parts: ExcerptPart[]) =>
    parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');
  test.each([
    // A record's title, and its other names as the page lists them.
    [
      'Non-interference. non-intervention, non-interference in internal affairs. The principle of <mark>not</mark> intervening',
      'Non-interference',
      ['non-intervention', 'non-interference in internal affairs'],
      'The principle of [not] intervening',
    ],
    // The names the data gives may hold the title too, and be in another order.
    [
      'Terrorism. counterterrorism. The first of the “three forces”',
      'Terrorism',
      ['Terrorism', 'counterterrorism'],
      'The first of the “three forces”',
    ],
    [
      'Shanghai Cooperation Organization (SCO). SCO, Shanghai Cooperation Organisation. A regional',
      'Shanghai Cooperation Organization (SCO)',
      ['Shanghai Cooperation Organisation', 'SCO', 'Shanghai Cooperation Organization'],
      'A regional',
    ],
    // A sentence of other words is no list of names.
    [
      'Terrorism. counterterrorism and more. The first',
      'Terrorism',
      ['counterterrorism'],
      'counterterrorism and more. The first',
    ],
    // The other names stay when the query's word is among them: they say why it was found.
    [
      'Non-interference. <mark>non-intervention</mark>, non-interference in internal affairs. The principle',
      'Non-interference',
      ['non-intervention', 'non-interference in internal affairs'],
      '[non-intervention], non-interference in internal affairs. The principle',
    ],
    // A page's title; the end of a section's heading where the window begins inside it.
    [
      'The SCO and its security framework. The <mark>SCO</mark> was founded',
      'The SCO and its security framework',
      [],
      'The [SCO] was founded',
    ],
    [
      'in brief. The <mark>SCO</mark> grew out of the “Shanghai Five”',
      'The framework in brief',
      [],
      'The [SCO] grew out of the “Shanghai Five”',
    ],
    // Not the title, or only the title: as it was.
    ['The <mark>SCO</mark> grew out of', 'The framework in brief', [], 'The [SCO] grew out of'],
    ['Tashkent. ', 'Tashkent', [], 'Tashkent. '],
    ['Briefly. The SCO', 'The framework in brief', [], 'Briefly. The SCO'],
  ])('%s', (excerpt, title, names, expected) => {
    expect(text(withoutShownTitle(parseExcerpt(excerpt), title, names))).toBe(expected);
  });
});

test('decodeEntities decodes named and numeric references and leaves unknown ones', () => {
  expect(decodeEntities('Azam&#39;s &amp; &#x201C;RATS&#x201D; &quot;x&quot; &nbsp;&bogus;')).toBe(
    'Azam\'s & “RATS” "x" \u00a0&bogus;',
  );
});
