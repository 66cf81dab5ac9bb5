/**
 * Reads the edition a search tool works on from its arguments: `--lang ru`, `--lang=zh`, or none
 * (English). Returns the language as given (the caller checks it) and the other arguments.
 */
export function readLangOption(argv: readonly string[]): { lang: string; args: string[] } {
  const args: string[] = [];
  let lang = 'en';
  for (let at = 0; at < argv.length; at += 1) {
    const arg = argv[at]!;
    if (arg === '--lang') {
      lang = argv[at + 1] ?? '';
      at += 1;
    } else if (arg.startsWith('--lang=')) {
      lang = arg.slice('--lang='.length);
    } else {
      args.push(arg);
    }
  }
  return { lang, args };
}
