/** A worker thread of src/lib/meta/social-image-pool.ts: draws the cards it is sent. */
import { drawSocialImage, type SocialImageJob } from './social-image-render.ts';

export default function draw(job: SocialImageJob): Promise<Uint8Array> {
  return drawSocialImage(job);
}
