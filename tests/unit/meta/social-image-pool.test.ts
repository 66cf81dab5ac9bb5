import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { looksLikePng, sharedInputsDigest, socialImageKey } from '#lib/meta/social-image-cache.ts';
import { drawSocialImages } from '#lib/meta/social-image-pool.ts';
import { SOCIAL_IMAGE, type SocialCard } from '#lib/meta/social-image.ts';
import type { SocialImageJob } from '#lib/meta/social-image-render.ts';

const card: SocialCard = {
  path: '/rats/',
  kind: 'Institution',
  title: 'The Regional Anti-Terrorist Structure',
  subtitle: 'Last reviewed 1 May 2026',
};
const job: SocialImageJob = { card, siteTitle: 'Site' };

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const folders: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'social-images-'));
  folders.push(dir);
  return dir;
};
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('socialImageKey', () => {
  test('equal jobs share a key', () => {
    expect(socialImageKey(structuredClone(job), 'd')).toBe(socialImageKey(job, 'd'));
  });

  test.each([
    ['path', { ...job, card: { ...card, path: '/shanghai-spirit/' } }],
    ['kind', { ...job, card: { ...card, kind: 'Principle' } }],
    ['title', { ...job, card: { ...card, title: `${card.title}.` } }],
    ['subtitle', { ...job, card: { ...card, subtitle: 'Last reviewed 2 May 2026' } }],
    ['no subtitle', { ...job, card: { path: card.path, kind: card.kind, title: card.title } }],
    ['site name', { ...job, siteTitle: 'Another site' }],
  ])('a different %s gives a different key', (_name, changed: SocialImageJob) => {
    expect(socialImageKey(changed, 'd')).not.toBe(socialImageKey(job, 'd'));
  });

  test('a different template, font or renderer (the shared digest) gives a different key', () => {
    expect(socialImageKey(job, 'd2')).not.toBe(socialImageKey(job, 'd'));
  });
});

describe('sharedInputsDigest', () => {
  test('changes when a file changes by one byte or a package version changes, and not otherwise', async () => {
    const file = join(await tempDir(), 'template.ts');
    await writeFile(file, 'const colour = "#0b5cad";');
    const before = await sharedInputsDigest([file], { satori: '1.0.0' });
    expect(await sharedInputsDigest([file], { satori: '1.0.0' })).toBe(before);
    expect(await sharedInputsDigest([file], { satori: '1.0.1' })).not.toBe(before);
    await writeFile(file, 'const colour = "#0b5cae";');
    expect(await sharedInputsDigest([file], { satori: '1.0.0' })).not.toBe(before);
  });

  test('is the same for the same files in another folder (a clone elsewhere, a copy of the site)', async () => {
    const [here, there] = [
      join(await tempDir(), 'template.ts'),
      join(await tempDir(), 'template.ts'),
    ];
    for (const file of [here, there]) await writeFile(file, 'const colour = "#0b5cad";');
    expect(await sharedInputsDigest([there], { satori: '1.0.0' })).toBe(
      await sharedInputsDigest([here], { satori: '1.0.0' }),
    );
  });
});

describe('looksLikePng', () => {
  test('takes a PNG signature and refuses an empty, cut-short or foreign file', () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0);
    expect(looksLikePng(png)).toBe(true);
    expect(looksLikePng(new Uint8Array())).toBe(false);
    expect(looksLikePng(png.slice(0, 8))).toBe(false);
    expect(
      looksLikePng(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBe(false);
  });
});

// Worker threads start and load satori, fonts and WebAssembly: seconds on a busy machine.
describe('drawSocialImages', { timeout: 60_000 }, () => {
  const jobs: SocialImageJob[] = ['/', '/rats/', '/sources/alimov-2017/'].map((path, i) => ({
    card: { path, kind: 'Page', title: `Title number ${i + 1}`, subtitle: 'A line below' },
    siteTitle: 'Site',
  }));

  test('draws each card once on worker threads, then takes every one from the cache, byte for byte', async () => {
    const cacheDir = await tempDir();
    const first = drawSocialImages(jobs, { cacheDir, threads: 2 });
    const drawn = await Promise.all(jobs.map((j) => first.images.get(j.card.path)));
    expect(await first.done).toMatchObject({ images: 3, drawn: 3, cached: 0, threads: 2 });
    for (const png of drawn) expect(pngSize(png as Uint8Array)).toEqual(SOCIAL_IMAGE);
    expect(
      new Set(drawn.map((png) => Buffer.from(png as Uint8Array).toString('base64'))).size,
    ).toBe(3);
    expect(await readdir(cacheDir)).toHaveLength(3);

    const second = drawSocialImages(jobs, { cacheDir });
    expect(await second.done).toMatchObject({ images: 3, drawn: 0, cached: 3, threads: 0 });
    for (const [i, j] of jobs.entries())
      expect(await second.images.get(j.card.path)).toEqual(drawn[i]);
  });

  test('draws again a card whose cached file is not a PNG, and only that one', async () => {
    const cacheDir = await tempDir();
    await drawSocialImages(jobs, { cacheDir }).done;
    const [spoilt] = (await readdir(cacheDir)).sort();
    await writeFile(join(cacheDir, spoilt as string), '');
    expect(await drawSocialImages(jobs, { cacheDir }).done).toMatchObject({ drawn: 1, cached: 2 });
  });

  test('a card that cannot be drawn fails with its own error, and the others are still drawn', async () => {
    const cacheDir = await tempDir();
    // A title that is not text makes the worker throw, as a bad card would.
    const bad = { card: { ...card, path: '/bad/', title: undefined }, siteTitle: 'Site' };
    const run = drawSocialImages([bad as unknown as SocialImageJob, ...jobs], {
      cacheDir,
      threads: 2,
    });
    const settled = await Promise.allSettled(
      ['/bad/', ...jobs.map((j) => j.card.path)].map((path) => run.images.get(path)),
    );
    expect(settled.map((result) => result.status)).toEqual([
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    const reason = ((settled[0] as PromiseRejectedResult).reason as Error).message;
    expect(reason).not.toMatch(/Terminating worker thread/);
    await expect(run.done).rejects.toThrow(reason);
  });
});
