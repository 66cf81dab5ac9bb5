/**
 * Warnings the build prints that are known upstream noise: each has been checked to be harmless
 * here, cannot be fixed in this project, and is listed in the README ("Build output"). Everything
 * else the bundler reports is printed as usual. Remove an entry when the upstream fix lands.
 */
export interface KnownNoise {
  /** The bundler's warning code. */
  code: string;
  /** A fragment of the message that identifies this case and no other. */
  messageIncludes: string;
  /** The one-line note printed instead of the warnings. */
  note: string;
}

export const KNOWN_NOISE: readonly KnownNoise[] = [
  {
    // Astro wraps each MDX entry in a module that starts with this directive; nothing reads it any
    // more, and Rolldown warns once per MDX file that bundling may not keep it (about 60 lines).
    code: 'MODULE_LEVEL_DIRECTIVE',
    messageIncludes: '"use astro:head-inject"',
    note: 'Astro\'s "use astro:head-inject" directive in MDX entries (MODULE_LEVEL_DIRECTIVE, harmless; withastro/astro#18087)',
  },
];

/** What a bundler warning carries, as Vite hands it to `onwarn`. */
export interface BundlerWarning {
  code?: string | undefined;
  message: string;
}

/** The known-noise entry a warning matches, if any. */
export function knownNoise(
  warning: BundlerWarning,
  known: readonly KnownNoise[] = KNOWN_NOISE,
): KnownNoise | undefined {
  return known.find(
    (entry) => warning.code === entry.code && warning.message.includes(entry.messageIncludes),
  );
}

/**
 * A Vite `build.rolldownOptions.onwarn` that drops known noise and passes every other warning on.
 * The first time it drops a kind, it prints one line saying what it filtered, so that nothing is
 * hidden without a word (once per kind and process: Astro runs several bundler passes in a build).
 */
export function filterKnownNoise(print: (line: string) => void = (line) => console.warn(line)) {
  const noted = new Set<KnownNoise>();
  // Generic over the bundler's own warning type, so that it fits Rolldown's onwarn signature.
  return <W extends BundlerWarning>(warning: W, warn: (warning: W) => void): void => {
    const match = knownNoise(warning);
    if (!match) {
      warn(warning);
      return;
    }
    if (noted.has(match)) return;
    noted.add(match);
    print(`(filtered known upstream warnings: ${match.note}; see README, "Build output")`);
  };
}
