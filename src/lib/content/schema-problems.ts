import type { z } from 'astro/zod';
import type { ContentProblem } from './content-error';
import type { YamlSource } from './yaml-source';

/** "sources[0].p" for ["sources", 0, "p"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Splits a schema message written "what is wrong. Fix: what to do" into its two halves. */
function splitMessage(message: string): { problem?: string; fix?: string } {
  const at = message.indexOf('. Fix: ');
  return at === -1 ? {} : { problem: message.slice(0, at), fix: message.slice(at + '. Fix: '.length) };
}

type Issue = z.core.$ZodIssue;

/** Same letters ignoring case, or one letter added, dropped or changed: a likely misspelling. */
function nearlyEqual(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i += 1;
  return x.slice(i + (x.length >= y.length ? 1 : 0)) === y.slice(i + (y.length >= x.length ? 1 : 0));
}

/** One Zod issue, said for an editor: what the field holds, what is wrong with it, and the fix. */
function describeIssue(issue: Issue, value: unknown, known: readonly string[]): { problem: string; fix: string } {
  const split = splitMessage(issue.message);
  if (split.problem && split.fix) return { problem: split.problem, fix: split.fix };
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined)
        return {
          problem: 'is missing',
          fix: `add it (${issue.message.replace(/^Invalid input: /, '')}); content/README.md shows each field`,
        };
      return { problem: `is ${show(value)}, not a ${issue.expected}`, fix: `write a ${issue.expected} here (${issue.message})` };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1)
        return { problem: 'is empty', fix: 'write it, or leave the field out if it is optional' };
      if (issue.origin === 'string')
        return {
          problem: `is ${String(value).length} characters long; it needs at least ${String(issue.minimum)}`,
          fix: 'say a little more',
        };
      if (issue.origin === 'array') return { problem: 'lists nothing', fix: issue.message };
      return {
        problem: `is ${show(value)}; it must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`,
        fix: 'write a larger number',
      };
    case 'too_big':
      if (issue.origin === 'string')
        return { problem: `is ${String(value).length} characters long; at most ${String(issue.maximum)} fit`, fix: 'shorten it' };
      return { problem: `is ${show(value)}; it must be at most ${String(issue.maximum)}`, fix: 'write a smaller value' };
    case 'invalid_value':
      return { problem: `is ${show(value)}`, fix: `write one of: ${issue.values.map((v) => String(v)).join(', ')}` };
    case 'unrecognized_keys': {
      const close = known.find((field) => issue.keys.some((key) => nearlyEqual(key, field)));
      return {
        problem: `has ${issue.keys.map((key) => `"${key}"`).join(', ')}, which ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} here`,
        fix: `${close ? `did you mean "${close}"? ` : ''}${known.length > 0 ? `Remove it, or correct its spelling; the fields are: ${known.join(', ')}` : 'Remove it, or correct its spelling'}`,
      };
    }
    default:
      return {
        problem: value === undefined ? issue.message : `is ${show(value)}: ${issue.message}`,
        fix: 'correct the value; content/README.md shows the format',
      };
  }
}

/**
 * Turns a schema's issues into content problems naming the file, the line the field is written on,
 * and the field's path (after `entry`, e.g. "rats → "), instead of Astro's "**navLabel**: Required".
 */
export function schemaProblems(
  error: z.ZodError,
  file: string,
  source: Pick<YamlSource, 'data' | 'lineOf'>,
  options: { entry?: string; basePath?: readonly PropertyKey[]; knownFields?: readonly string[] } = {},
): ContentProblem[] {
  const base = options.basePath ?? [];
  return error.issues.map((issue) => {
    const path = [...base, ...issue.path];
    const field = formatPath(issue.path) || '(entry)';
    const { problem, fix } = describeIssue(issue, valueAt(source.data, path), issue.path.length === 0 ? (options.knownFields ?? []) : []);
    // An unknown field is reported at the line where it is written.
    const line =
      issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? source.lineOf([...path, issue.keys[0]]) : source.lineOf(path);
    return { file, line, field: `${options.entry ?? ''}${field}`, problem, fix };
  });
}
