import { describe, expect, test } from 'vitest';
import { SEGMENT_MARK } from '#lib/search/config.ts';
import { segmentedForIndex } from '#lib/search/index-segments.ts';
import { LOCALES } from '#lib/i18n/locales.ts';

/** A built page's shape, in an edition's language. */
function page(lang: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body><main data-pagefind-body>${body}</main></body></html>`;
}

/** The words the browser finds in a run of Chinese: the parting the index is to follow. */
function browserWords(run: string): string[] {
  const segmenter = new Intl.Segmenter(LOCALES.zh.lang, { granularity: 'word' });
  return [...segmenter.segment(run)].map((part) => part.segment);
}

/** Each run of marked text between tags, parted at the marks. */
function markedRuns(html: string): string[][] {
  return [...html.matchAll(/[\p{Script=Han}\u200B]+/gu)]
    .map((match) => match[0].split(SEGMENT_MARK))
    .filter((parts) => parts.length > 1);
}

const zh = LOCALES.zh.lang;

describe('segmentedForIndex', () => {
  test.each([
    ['a sentence', '<p>白俄罗斯成为成员国，上合组织成员国增至10个。</p>'],
    [
      'a heading and a link inside a sentence',
      '<h2 id="a">什么是地区反恐怖机构</h2><p>见<a href="/zh/rats/">地区反恐怖机构</a>的作用。</p>',
    ],
    [
      'Latin words and numbers among the characters',
      '<p>RATS（地区反恐怖机构）于2004年6月17日在塔什干开始工作。</p>',
    ],
  ])('parts each run of %s where the browser parts it, and nothing else', (_, body) => {
    const html = page(zh, body);
    const out = segmentedForIndex(html);
    expect(out).not.toBe(html);
    // Taking the marks out gives the page back: only marks were added.
    expect(out.replaceAll(SEGMENT_MARK, '')).toBe(html);
    // Every marked run is parted as the browser parts its characters.
    for (const parts of markedRuns(out)) expect(parts).toEqual(browserWords(parts.join('')));
  });

  test('leaves tags, attributes, scripts and styles as they are', () => {
    const head = '<title>上海合作组织</title><style>p::after{content:"上海精神"}</style>';
    const body =
      '<p data-pagefind-meta="title:上海合作组织成员国" title="白俄罗斯成为成员国">成员国</p><script>const a = "白俄罗斯成为成员国";</script>';
    const out = segmentedForIndex(page(zh, body, head));
    expect(out).toContain(
      'data-pagefind-meta="title:上海合作组织成员国" title="白俄罗斯成为成员国"',
    );
    expect(out).toContain('<script>const a = "白俄罗斯成为成员国";</script>');
    expect(out).toContain('<style>p::after{content:"上海精神"}</style>');
  });

  test('leaves character references as they are', () => {
    const html = page(zh, '<p>中国&amp;俄罗斯&#x4E2D;</p>');
    expect(segmentedForIndex(html).replaceAll(SEGMENT_MARK, '')).toBe(html);
    expect(segmentedForIndex(html)).toContain('&amp;');
  });

  test.each([
    ['English', LOCALES.en.lang],
    ['Russian', LOCALES.ru.lang],
    ['an unknown language', 'ja'],
  ])('returns a page in %s as it is, Chinese words and all', (_, lang) => {
    const html = page(lang, '<p>The “Shanghai Spirit” (上海精神) and 白俄罗斯成为成员国.</p>');
    expect(segmentedForIndex(html)).toBe(html);
  });

  test('returns a Chinese page without characters as it is', () => {
    const html = page(zh, '<p>SCO 2024</p>');
    expect(segmentedForIndex(html)).toBe(html);
  });

  test('parts a page once: a second pass changes nothing', () => {
    const once = segmentedForIndex(page(zh, '<p>白俄罗斯成为成员国</p>'));
    expect(segmentedForIndex(once)).toBe(once);
  });
});
