import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkEmphasis, emphasisProblems } from '#lib/content/emphasis.ts';
import { checkContent } from '#lib/content/check-content.ts';

const page = (body: string): string => `---\ntitle: 概览\n---\n\n${body}\n`;

describe('emphasisProblems in MDX', () => {
  test.each([
    ['- **成立**：2001年', 'a colon outside the bold'],
    ['- **第二条第一项**：联合国', 'digits and CJK inside the bold'],
    ['- **[互信](/glossary/#mutual-trust)**：首位', 'a link inside the bold'],
    ['a **bold** word, *italic* too', 'English emphasis'],
    ['“**上海精神**”的表述', 'quotation marks outside the bold'],
    ['literal \\*\\* asterisks \\*', 'escaped asterisks'],
    ['snake_case words', 'an underscore inside a word'],
    ['<Q en="x">**重点**</Q>：文字', 'bold inside a quotation'],
  ])('%j (%s) is rendered, so nothing is reported', (body) => {
    expect(emphasisProblems(page(body), 'content/zh/pages/home.mdx')).toEqual([]);
  });

  test('a closing ** after full-width punctuation and before a letter: file, line, and the fix', () => {
    const problems = emphasisProblems(page('开头。\n\n- **成立：**2001年6月15日'), 'content/zh/pages/home.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/zh/pages/home.mdx', line: 7 });
    expect(problems[0]?.problem).toContain('"成立："');
    expect(problems[0]?.fix).toContain('"：" after the closing marks');
  });

  test('an opening ** before punctuation after a letter names the punctuation to move', () => {
    const problems = emphasisProblems(page('这是**“上海精神”**的表述'), 'content/zh/topics/x.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(5);
    expect(problems[0]?.fix).toContain('"“" before the opening marks and "”" after the closing marks');
  });

  test('both runs of a pair with punctuation inside, on one line, are one problem with the corrected pair', () => {
    const problems = emphasisProblems(page('这是**《宪章》**规定的'), 'content/zh/topics/x.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.fix).toContain('"《" before the opening marks and "》" after the closing marks');
  });

  test.each([
    ['*强调：*文字', '*'],
    ['__成立：__2001', '__'],
    ['一个孤立的 ** 星号', '**'],
  ])('%j leaves %j as text and is reported', (body, run) => {
    const problems = emphasisProblems(page(body), 'content/zh/about.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.problem).toContain(run);
  });

  test('two unrendered labels on two lines give two problems, each with its line', () => {
    const problems = emphasisProblems(page('- **成立：**2001年\n- **秘书处：**北京'), 'content/zh/pages/home.mdx');
    expect(problems.map((p) => p.line)).toEqual([5, 6]);
  });

  test("every message survives Astro's error formatter, which makes **…** on one line bold and so hides the marks", () => {
    const problems = emphasisProblems(page('- **成立：**2001年\n- 这是**《宪章》**规定的，一个 ** 星号'), 'content/zh/x.mdx');
    expect(problems).toHaveLength(2);
    for (const { problem, fix } of problems) for (const line of `${problem}\n${fix}`.split('\n')) expect(line).not.toMatch(/\*\*(.+)\*\*/);
  });

  test('asterisks in the frontmatter show as asterisks (titles are plain text)', () => {
    const problems = emphasisProblems('---\ntitle: "**上海精神**"\n---\n\n正文。\n', 'content/zh/topics/x.mdx');
    expect(problems).toEqual([expect.objectContaining({ line: 2, field: 'frontmatter' })]);
  });

  test('a file that is not valid MDX is left to the MDX check', () => {
    expect(emphasisProblems(page('a {expression} and **x：**y <b'), 'content/zh/x.mdx')).toEqual([]);
  });
});

describe('emphasisProblems in YAML', () => {
  test('YAML text is not Markdown: ** or __ in a value is reported with its line', () => {
    const yaml = '# a comment with **stars** is fine\n- id: rats\n  name: 地区反恐怖机构\n  definition: "**重点**：该机构"\n';
    const problems = emphasisProblems(yaml, 'content/zh/glossary.yaml');
    expect(problems).toEqual([expect.objectContaining({ file: 'content/zh/glossary.yaml', line: 4 })]);
    expect(problems[0]?.fix).toMatch(/plain text/);
  });

  test('a YAML file without asterisks passes', () => {
    expect(emphasisProblems('- id: a\n  name: 上海精神\n', 'content/zh/glossary.yaml')).toEqual([]);
  });
});

describe('checkEmphasis over a content folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'emphasis-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string): void => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  };

  test('finds the edition file and line, in MDX and YAML, and passes the good files', () => {
    write('content/pages/home.mdx', page('- **Founded:** 15 June 2001'));
    write('content/zh/pages/home.mdx', page('- **成立**：2001年\n- **成员国：**10个'));
    write('content/ru/topics/rats.mdx', page('- **Создана:** в 2001 году'));
    write('content/timeline.yaml', '- id: a\n  date: 1996\n  title: Shanghai Five forms\n');
    write('content/zh/timeline.yaml', '- id: a\n  title: "**上海五国**形成"\n');
    expect(checkEmphasis(root).map((p) => `${p.file}:${p.line ?? ''}`)).toEqual([
      'content/zh/pages/home.mdx:6',
      'content/zh/timeline.yaml:2',
    ]);
  });

  test('check:content (checkContent) reports the same problems', () => {
    const emphasis = checkContent(root).filter((p) => p.field === 'emphasis');
    expect(emphasis.map((p) => `${p.file}:${p.line ?? ''}`)).toEqual(['content/zh/pages/home.mdx:6', 'content/zh/timeline.yaml:2']);
  });
});

test("the site's own content, in every edition, has no emphasis that would show as asterisks", () => {
  expect(checkEmphasis(process.cwd())).toEqual([]);
});
