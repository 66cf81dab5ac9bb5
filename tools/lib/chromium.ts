import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Finds Chromium through CHROME_PATH or the usual install paths, or says how to get one. */
export function findChromium(): string {
  const candidates = [process.env['CHROME_PATH'], ...USUAL_PATHS].filter((p): p is string =>
    Boolean(p),
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  return found;
}

/** Flags for headless Chromium on this kind of machine: no sandbox (CI runs as root), no GPU, no traffic of its own. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches headless Chromium with a fresh profile and no background network traffic.
 * @param options context options, e.g. `{ javaScriptEnabled: false }`
 */
export async function launchChromium(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sco-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/**
 * Launches headless Chromium, flags as above, for callers that open several contexts in it: each
 * `browser.newContext()` is as separate as a fresh profile (its own storage, cookies and permissions)
 * and costs a fraction of a launch.
 */
export function launchChromiumBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
}
