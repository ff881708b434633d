/**
 * How an entry file's bytes become text, the same for `npm run check` and the build: a
 * byte-order mark is dropped, Windows line endings become line feeds, and letters are composed
 * (NFC), so an accent typed on a Mac or pasted from a PDF (e + combining accent) is the same
 * character as one typed on Windows. What readers search for then matches what authors wrote.
 */

/** The text as the site reads it: no byte-order mark, `\n` line endings, composed letters. */
export function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Every string of a parsed value in composed form (NFC), through objects and lists. */
export function composed<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => composed(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), composed(v)])) as T;
  }
  return value;
}

export type DecodedSource =
  | { text: string }
  | { problem: 'empty' }
  | { problem: 'notText' }
  | { problem: 'notUtf8' };

/**
 * An entry file's bytes as text, or why they are not text an author can have meant: an empty
 * file, a file that is not text at all (an image or a Word document saved as .md), or text in
 * another encoding than UTF-8.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  // UTF-16 (Notepad's "Unicode"): text, in another encoding, though full of NUL bytes.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: 'notUtf8' };
  // NUL bytes never occur in text; other control characters (but tab, line feed, carriage
  // return, form feed) hardly ever: a few of them mean a binary file.
  const controls = bytes.reduce((n, b) => n + Number(b === 0 || (b < 32 && ![9, 10, 12, 13].includes(b))), 0);
  if (bytes.includes(0) || controls > 2) return { problem: 'notText' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { problem: 'notUtf8' };
  }
  text = cleanText(text);
  if (!text.trim()) return { problem: 'empty' };
  return { text };
}
