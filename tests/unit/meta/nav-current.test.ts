import { describe, expect, test } from 'vitest';
import { navCurrent } from '#lib/meta/nav-current.ts';

const TOPICS = ['/rats/', '/shanghai-spirit/'];

describe('navCurrent', () => {
  test.each([
    ['/topics/', '/topics/', 'page'],
    ['/topics/', '/rats/', 'true'],
    ['/topics/', '/glossary/', undefined],
    ['/sources/', '/sources/', 'page'],
    ['/sources/', '/sources/alimov-2017/', 'true'],
    ['/glossary/', '/sources/alimov-2017/', undefined],
    ['/', '/rats/', undefined],
    ['/', '/', 'page'],
    ['/sco/topics/', '/sco/rats/', undefined],
  ] as const)('link %s on page %s → %s', (link, page, expected) => {
    expect(navCurrent(link, page, TOPICS)).toBe(expected);
  });

  test('the Topics link stands for the topic pages under a base path too', () => {
    expect(navCurrent('/sco/topics/', '/sco/rats/', ['/sco/rats/'])).toBe('true');
  });
});
