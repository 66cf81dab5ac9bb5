/**
 * Draws a build's social images: each from the cache when its key is there, the rest on worker
 * threads, one per core (satori and resvg are CPU-bound and single-threaded, about 35 ms an image).
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import Piscina from 'piscina';
import {
  readCached,
  rendererVersions,
  sharedInputsDigest,
  SOCIAL_IMAGE_CODE,
  socialImageKey,
  writeCached,
} from './social-image-cache.ts';
import { socialImageInputFiles, type SocialImageJob } from './social-image-render.ts';

/** What one run did, for the build's log line and the tests. */
export interface DrawStats {
  images: number;
  drawn: number;
  cached: number;
  threads: number;
  ms: number;
}

export interface DrawOptions {
  /** The cache folder (absolute, or relative to the working directory). */
  cacheDir: string;
  /** Worker threads at most; default one per core. */
  threads?: number;
  /** The project root, where src/lib/ is; default the working directory. */
  root?: string;
}

export interface DrawRun {
  /** Each card's PNG by page path, resolved as soon as that image is ready. */
  images: Map<string, Promise<Uint8Array>>;
  /** Resolved when every image is ready and the threads have stopped. */
  done: Promise<DrawStats>;
}

/** Starts drawing every job at once; each image's promise settles as soon as it is ready. */
export function drawSocialImages(jobs: readonly SocialImageJob[], options: DrawOptions): DrawRun {
  const started = performance.now();
  const root = options.root ?? process.cwd();
  const cacheDir = resolve(root, options.cacheDir);
  const files = socialImageInputFiles();
  const digest = sharedInputsDigest(
    [
      ...SOCIAL_IMAGE_CODE.map((file) => resolve(root, file)),
      files.wasm,
      ...files.fonts.map((font) => font.file),
      ...files.fontIndex,
    ],
    rendererVersions(),
  );
  const cached = jobs.map(async (job) => {
    const key = socialImageKey(job, await digest);
    return { key, png: await readCached(cacheDir, key) };
  });
  let pool: Piscina | undefined;
  const misses = Promise.all(cached).then(
    (entries) => entries.filter((entry) => !entry.png).length,
  );
  const poolFor = async (): Promise<Piscina> => {
    const count = await misses;
    pool ??= new Piscina({
      filename: resolve(root, 'src/lib/meta/social-image-worker.ts'),
      maxThreads: Math.max(1, Math.min(options.threads ?? availableParallelism(), count)),
      minThreads: 0,
    });
    return pool;
  };
  const images = new Map<string, Promise<Uint8Array>>();
  jobs.forEach((job, i) => {
    const entry = cached[i] as Promise<{ key: string; png: Uint8Array | undefined }>;
    images.set(
      job.card.path,
      entry.then(async ({ key, png }) => {
        if (png) return png;
        const drawn = new Uint8Array((await (await poolFor()).run(job)) as Uint8Array);
        await writeCached(cacheDir, key, drawn);
        return drawn;
      }),
    );
  });
  // The threads stop only when every image has settled: stopping them at the first failure would
  // fail every image still being drawn with "Terminating worker thread", and the page that reports
  // first would name that instead of what went wrong.
  const done = Promise.allSettled(images.values()).then(async (settled) => {
    const threads = pool?.options.maxThreads ?? 0;
    await pool?.destroy();
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const drawn = await misses;
    return {
      images: jobs.length,
      drawn,
      cached: jobs.length - drawn,
      threads,
      ms: performance.now() - started,
    };
  });
  return { images, done };
}
