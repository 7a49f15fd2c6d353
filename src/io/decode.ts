/**
 * Turns the bytes of a file into text, or says why it cannot: UTF-8 (with or without a
 * byte-order mark) and UTF-16 with a byte-order mark are read; binary files and empty
 * ones are refused with a reason.
 */
export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: false });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: 'read as UTF-16LE (byte-order mark)' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: 'read as UTF-16BE (byte-order mark)' };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { ok: false, reason: 'binary file (not text): NUL bytes or mostly undecodable bytes' };
  const text = utf8.decode(body);
  const bad = countReplacement(text);
  if (bad > 0 && bad / Math.max(1, text.length) > 0.1) return { ok: false, reason: 'not UTF-8 text: too many invalid byte sequences' };
  if (text.trim().length === 0) return { ok: false, reason: 'empty file: no article text' };
  return bad > 0 ? { ok: true, text, note: `${bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD` } : { ok: true, text };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.05;
}

function countReplacement(text: string): number {
  let k = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) k++;
  return k;
}
