/**
 * Which inputs are web inputs (URLs, HTML pages, feeds). Kept apart from web.ts, which loads
 * an HTML parser and an XML parser: plain-text and JSONL readers need only this test.
 */
export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** Inputs web.ts reads: URLs, HTML files and feed files. */
export function isWebInput(path: string): boolean {
  return isUrl(path) || /\.(html?|rss|atom|xml)$/i.test(path);
}
