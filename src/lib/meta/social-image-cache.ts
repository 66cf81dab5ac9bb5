/**
 * The social images' cache: a PNG per card, kept across builds under a key of everything the image is
 * drawn from (the card's text, the site's name, the template and the fitting code, the fonts, the
 * renderer's WebAssembly and the packages' versions), so a rebuild draws only the cards that changed.
 * It lives in node_modules/.astro/, beside Astro's own image cache, which CI and hosts keep.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { SocialImageJob } from './social-image-render.ts';

/** Where the cache lives, relative to the project root (the working directory of every build). */
export const SOCIAL_IMAGE_CACHE_DIR = 'node_modules/.astro/social-images';

/** The modules whose code decides how a card looks: a change to either redraws every image. */
export const SOCIAL_IMAGE_CODE = [
  'src/lib/meta/social-image-render.ts',
  'src/lib/meta/social-image.ts',
  'src/lib/meta/social-image-fonts.ts',
] as const;

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/**
 * A hash of the things every image shares: code, font and renderer files, and package versions. Files
 * count by name and content, not by folder, so a clone elsewhere (or a copy of the site) keeps the cache.
 */
export async function sharedInputsDigest(
  files: readonly string[],
  versions: Record<string, string>,
): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(basename(file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  hash.update(JSON.stringify(Object.entries(versions).sort(([a], [b]) => a.localeCompare(b))));
  return hash.digest('hex');
}

/** The versions of the packages that draw the images. */
export function rendererVersions(): Record<string, string> {
  const require = createRequire(import.meta.url);
  // Neither package exports its package.json: walk up from its entry point to the folder named after it.
  const version = (name: string) => {
    let dir = dirname(require.resolve(name));
    while (!dir.endsWith(join('node_modules', name))) {
      if (dirname(dir) === dir)
        throw new Error(`rendererVersions: cannot find the folder of ${name}`);
      dir = dirname(dir);
    }
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string })
      .version;
  };
  return { satori: version('satori'), '@resvg/resvg-wasm': version('@resvg/resvg-wasm') };
}

/** One image's key: its own inputs and the shared digest. Equal jobs share a key; any change to either gives a new one. */
export function socialImageKey(job: SocialImageJob, sharedDigest: string): string {
  const { path, kind, title, subtitle } = job.card;
  return createHash('sha256')
    .update(JSON.stringify([sharedDigest, job.siteTitle, path, kind, title, subtitle ?? null]))
    .digest('hex');
}

/** True for bytes that start as a PNG does: a cut-short or foreign file in the cache is drawn again. */
export function looksLikePng(bytes: Uint8Array): boolean {
  return bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** The cached PNG for a key, or undefined when there is none (or it is not a PNG). */
export async function readCached(dir: string, key: string): Promise<Uint8Array | undefined> {
  try {
    const bytes = new Uint8Array(await readFile(join(dir, `${key}.png`)));
    return looksLikePng(bytes) ? bytes : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Stores a PNG under its key; written to a temporary name first, so a build stopped midway leaves no half file. */
export async function writeCached(dir: string, key: string, png: Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `${key}.${process.pid}.tmp`);
  await writeFile(temporary, png);
  await rename(temporary, join(dir, `${key}.png`));
}
