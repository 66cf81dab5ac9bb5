import { expect, test } from 'vitest';
import { inlineTextHtml, inlineTextPlain, inlineTextQuoted } from '#lib/i18n/inline-text.ts';

test.each([
  ['plain text', 'plain text'],
  ['a <b>tag</b> & more', 'a &lt;b&gt;tag&lt;/b&gt; &amp; more'],
  [
    'Он называет <Q en="a central pillar">центральной опорой</Q> РАТС.',
    'Он называет <q class="translated-quote" data-en="a central pillar">центральной опорой</q> РАТС.',
  ],
  [
    '<Q en="x&quot;"><script>alert(1)</script></Q>',
    '<q class="translated-quote" data-en="x&amp;quot;">&lt;script&gt;alert(1)&lt;/script&gt;</q>',
  ],
  ['<Q en="unclosed">no end', '&lt;Q en=&quot;unclosed&quot;&gt;no end'],
  // As the YAML text reaches the page, its quotes made typographic.
  [
    '称之为<Q en=”historic”>具有历史意义</Q>',
    '称之为<q class="translated-quote" data-en="historic">具有历史意义</q>',
  ],
])('%s', (text, html) => {
  expect(inlineTextHtml(text)).toBe(html);
});

test('plain words keep what a quotation says', () => {
  expect(inlineTextPlain('称之为<Q en="the backbone">中坚</Q>。')).toBe('称之为中坚。');
});

test('a title keeps a quotation as words in the edition’s quotation marks', () => {
  expect(inlineTextQuoted('zh', '<Q en=”Shanghai Five”>上海五国</Q>机制形成')).toBe(
    '“上海五国”机制形成',
  );
  expect(inlineTextQuoted('ru', 'Образована <Q en="Shanghai Five">Шанхайская пятёрка</Q>')).toBe(
    'Образована «Шанхайская пятёрка»',
  );
});
