import type { ContentProblem } from './content-error';

const DECODER = new TextDecoder('utf-8', { fatal: true });

/** The 1-based line of a byte offset in a file's bytes. */
function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i] ?? 0;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      DECODER.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * Characters that change what a reader sees without being seen: C0 and C1 controls (tab, newline and
 * carriage return aside), zero-width spaces and joiners that no language here needs, a byte-order
 * mark after the start, and the bidirectional overrides and isolates of "Trojan Source".
 */
const HIDDEN = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u2060\u202a-\u202e\u2066-\u2069]|(?<=.)\ufeff/su;

/**
 * Decodes a content file, which must be UTF-8 text with something in it. A file saved in another
 * encoding (Windows-1252, Latin-1) or left empty gets a message of its own instead of a parser's or
 * a schema's guess at what went wrong.
 */
export function decodeContentFile(bytes: Uint8Array, file: string): { text: string; problems: ContentProblem[] } {
  let text: string;
  try {
    text = DECODER.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      text: '',
      problems: [
        {
          file,
          line: lineAtByte(bytes, offset),
          field: '(encoding)',
          problem: `is not UTF-8 text (byte 0x${byte} cannot start or continue a UTF-8 character; the file was probably saved as Windows-1252 or Latin-1)`,
          fix: 'save the file with the encoding UTF-8 (most editors: "Save with encoding" or "Reopen with encoding")',
        },
      ],
    };
  }
  if (text.trim() === '') {
    return {
      text,
      problems: [
        {
          file,
          field: '(whole file)',
          problem: 'is empty',
          fix: 'write the entry (content/README.md shows the format), or delete the file',
        },
      ],
    };
  }
  if (text.includes('\u0000')) {
    return {
      text,
      problems: [
        {
          file,
          line: text.slice(0, text.indexOf('\u0000')).split('\n').length,
          field: '(encoding)',
          problem: 'contains a NUL character: it is not a text file, or was saved as UTF-16',
          fix: 'save the file as UTF-8 text',
        },
      ],
    };
  }
  const hidden = HIDDEN.exec(text);
  if (hidden) {
    const code = (hidden[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return {
      text,
      problems: [
        {
          file,
          line: text.slice(0, hidden.index).split('\n').length,
          field: '(text)',
          problem: `contains the invisible character U+${code} (a control, zero-width or text-direction character), which can hide or reorder what readers see`,
          fix: 'delete it (editors show it with "render control characters"); retype the words around it',
        },
      ],
    };
  }
  return { text, problems: [] };
}
