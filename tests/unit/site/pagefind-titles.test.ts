import { describe, expect, test } from 'vitest';
import { SEGMENT_MARK } from '#lib/search/config.ts';
import { unmarkedFragment } from '../../../src/integrations/pagefind-titles.ts';

/** A decompressed fragment as Pagefind writes it. */
const fragment = (json: unknown): string => `pagefind_dcd${JSON.stringify(json)}`;
const marked = `上海${SEGMENT_MARK}合作${SEGMENT_MARK}组织`;

describe('unmarkedFragment', () => {
  test('takes the marks out of the title, the other metadata and the headings, not the content', () => {
    const content = `${marked}${SEGMENT_MARK}的${SEGMENT_MARK}框架`;
    const out = unmarkedFragment(
      fragment({
        url: '/zh/',
        content,
        meta: { title: marked, names: `${marked}|上合组织` },
        anchors: [{ element: 'h2', id: 'in-brief', text: marked, location: 4 }],
      }),
      'zh_1.pf_fragment',
    );
    expect(out).toBeDefined();
    expect(out!.startsWith('pagefind_dcd')).toBe(true);
    expect(JSON.parse(out!.slice('pagefind_dcd'.length))).toEqual({
      url: '/zh/',
      content,
      meta: { title: '上海合作组织', names: '上海合作组织|上合组织' },
      anchors: [{ element: 'h2', id: 'in-brief', text: '上海合作组织', location: 4 }],
    });
  });

  test('leaves a fragment without marks in its title and headings alone', () => {
    const text = fragment({
      url: '/rats/',
      content: `RATS${SEGMENT_MARK}began`,
      meta: { title: 'RATS' },
      anchors: [{ element: 'h2', id: 'functions', text: 'What RATS does', location: 3 }],
    });
    expect(unmarkedFragment(text, 'en_1.pf_fragment')).toBeUndefined();
    expect(
      unmarkedFragment(fragment({ url: '/x/', content: '' }), 'en_2.pf_fragment'),
    ).toBeUndefined();
  });

  test('refuses a file that is not a fragment, naming it and the fix', () => {
    expect(() =>
      unmarkedFragment('{"url":"/"}', 'dist/zh/pagefind/fragment/zh_1.pf_fragment'),
    ).toThrow(/zh_1\.pf_fragment → not a Pagefind fragment[\s\S]*Fix: /);
  });
});
