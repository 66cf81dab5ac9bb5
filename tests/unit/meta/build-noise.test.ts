import { describe, expect, test } from 'vitest';
import { filterKnownNoise, knownNoise } from '#lib/meta/build-noise.ts';

// The warning exactly as Rolldown reports it for an MDX entry (withastro/astro#18087).
const HEAD_INJECT = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/topics/rats.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('known build noise', () => {
  test('recognises Astro’s head-inject directive warning', () => {
    expect(knownNoise(HEAD_INJECT)?.code).toBe('MODULE_LEVEL_DIRECTIVE');
  });

  test.each([
    [
      'another directive with the same code',
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: HEAD_INJECT.message.replace('use astro:head-inject', 'use client'),
      },
    ],
    [
      'the same words under another code',
      { code: 'CIRCULAR_DEPENDENCY', message: HEAD_INJECT.message },
    ],
    ['a warning without a code', { message: 'Something went wrong in "use astro:head-inject"' }],
  ])('lets %s through', (_name, warning) => {
    expect(knownNoise(warning)).toBeUndefined();
    const passed: unknown[] = [];
    filterKnownNoise(() => undefined)(warning, (w) => passed.push(w));
    expect(passed).toEqual([warning]);
  });

  test('drops the noise, with one line saying so, however many times it comes', () => {
    const printed: string[] = [];
    const passed: unknown[] = [];
    const onwarn = filterKnownNoise((line) => printed.push(line));
    for (let i = 0; i < 6; i += 1) onwarn(HEAD_INJECT, (w) => passed.push(w));
    expect(passed).toEqual([]);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('withastro/astro#18087');
    expect(printed[0]).toContain('README');
  });
});
