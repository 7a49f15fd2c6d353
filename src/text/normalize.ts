/**
 * Input normalisation that keeps offsets meaningful: the analysis text is what the
 * offsets index, so we only make changes that readers expect (a byte-order mark and
 * Windows line ends removed, NUL and other control characters turned into spaces of the
 * same length). Curly quotes and dashes are kept as written.
 */
export function normalizeText(raw: string): string {
  let s = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  // Control characters other than tab and newline would confuse the tokenizer and the terminal.
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}
