import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import semver from 'semver';
import { describe, expect, test } from 'vitest';

// One supported Node range, written once (package.json engines.node) and agreed everywhere else:
// devEngines, the README, .nvmrc, .ci/run, the guard script, and every dependency's own minimum.
const require = createRequire(import.meta.url);
const guard = require('../../../tools/check-node.cjs') as {
  satisfies(version: string, range: string): boolean;
  advice(range: string, version: string, execPath: string): string;
  engineRange(): string;
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devEngines: { runtime: { name: string; version: string; onFail: string } };
  scripts: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};
const range = pkg.engines.node;

describe('the supported Node range', () => {
  test('is a valid range, and devEngines and the lockfile repeat it', () => {
    expect(semver.validRange(range)).not.toBeNull();
    expect(pkg.devEngines.runtime).toEqual({ name: 'node', version: range, onFail: 'error' });
    expect(lock.packages['']?.engines).toEqual({ node: range });
  });

  test('admits no Node that a locked dependency refuses', () => {
    const refused = Object.entries(lock.packages)
      .filter(([name, entry]) => name !== '' && !entry.optional)
      .map(
        ([name, entry]) =>
          [name, Array.isArray(entry.engines) ? undefined : entry.engines?.node] as const,
      )
      .filter(
        (pair): pair is readonly [string, string] =>
          typeof pair[1] === 'string' && semver.validRange(pair[1]) !== null,
      )
      .filter(([, needs]) => !semver.subset(range, needs))
      .map(([name, needs]) => `${name} needs ${needs}`);
    expect(
      refused,
      `narrow engines.node in package.json (and devEngines) to what these accept`,
    ).toEqual([]);
  });

  test('the README states it and says how to get Node from the npm registry, as .ci/run does', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(range);
    const ciRun = readFileSync('.ci/run', 'utf8');
    const install = /npm install --prefix "?\$[A-Z_]+"? --no-save node@(\d+)/.exec(ciRun);
    expect(install, '.ci/run installs node@N from the npm registry').not.toBeNull();
    expect(readme).toContain(`node@${install?.[1]}`);
    expect(ciRun).toContain('tools/check-node.cjs');
  });

  test('.nvmrc names a major whose releases from some point on are all admitted', () => {
    const major = readFileSync('.nvmrc', 'utf8').trim();
    expect(major).toMatch(/^\d+$/);
    expect(semver.satisfies(`${major}.999.0`, range)).toBe(true);
    expect(guard.advice(range, 'v20.0.0', '/usr/bin/node')).toContain(`node@${major}`);
  });
});

describe('tools/check-node.cjs', () => {
  test('reads the range from package.json', () => {
    expect(guard.engineRange()).toBe(range);
  });

  // Versions around every bound of the range, plus very old and very new ones: the guard must agree
  // with semver on each, so it neither lets an unsupported Node through nor stops a supported one.
  const bounds = (semver.validRange(range) ?? '').match(/\d+\.\d+\.\d+/g) ?? [];
  const probes = [
    'v0.10.0',
    'v18.20.8',
    'v20.20.2',
    'v99.0.0',
    ...bounds.flatMap((bound) => {
      const v = semver.parse(bound);
      if (!v) return [];
      return [
        bound,
        `${v.major}.${v.minor}.${v.patch + 1}`,
        `${v.major}.${v.minor + 1}.0`,
        ...(v.patch > 0 ? [`${v.major}.${v.minor}.${v.patch - 1}`] : []),
        ...(v.minor > 0 ? [`${v.major}.${v.minor - 1}.99`] : []),
        ...(v.major > 0 ? [`${v.major - 1}.99.99`] : []),
        `${v.major + 1}.0.0`,
      ];
    }),
  ];

  test.each(probes)('agrees with semver on Node %s', (version) => {
    expect(guard.satisfies(version, range)).toBe(semver.satisfies(version, range));
  });

  test('refuses a range it cannot read, rather than letting every version through', () => {
    expect(() => guard.satisfies('v24.16.0', '22.x')).toThrow('cannot read "22.x" in engines.node');
    expect(() => guard.satisfies('v24.16.0', '>=22 <25')).toThrow('cannot read');
  });

  test('runs before install, start, test and check:content', () => {
    expect(pkg.scripts['preinstall']).toBe('node tools/check-node.cjs');
    for (const script of ['start', 'test', 'check:content'])
      expect(pkg.scripts[script]).toMatch(/^node tools\/check-node\.cjs && /);
  });

  test('says what to run', () => {
    const message = guard.advice(range, 'v20.20.2', '/usr/bin/node');
    expect(message).toContain(`This site needs Node ${range}`);
    expect(message).toContain('this is Node v20.20.2 (/usr/bin/node)');
    expect(message).toMatch(/npm install --prefix .* node@\d+\n\s+export PATH=/);
  });
});
