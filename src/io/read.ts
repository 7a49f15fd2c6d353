import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, extname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Document } from '../analyze/analysis.js';
import { normalizeText } from '../text/normalize.js';
import { decodeBytes } from './decode.js';
import { isCalendarDate, splitDateHeader } from './header.js';
import type { InputProblem } from './problems.js';
import { isWebInput } from './web-input.js';

/** One item of an input stream: an article to analyse, or a problem to report. */
export type InputItem = { document: Document; file: string; line?: number } | { problem: InputProblem };

/** A stable id from the content, for articles that come without one. */
export function contentId(text: string): string {
  return 'sha256-' + createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Reads one article file (seed header format or plain text). */
export async function readArticleFile(path: string, id = articleId(path)): Promise<InputItem[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return [{ problem: { file: path, severity: 'skipped', message: describeFsError(err) } }];
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return [{ problem: { file: path, severity: 'skipped', message: decoded.reason } }];
  const items: InputItem[] = [];
  if (decoded.note) items.push({ problem: { file: path, severity: 'warning', message: decoded.note } });
  const header = splitDateHeader(normalizeText(decoded.text));
  if (header.invalidDate) {
    items.push({ problem: { file: path, line: 1, severity: 'warning', message: `date ${header.invalidDate} is not a calendar date; the article is analysed without a date` } });
  }
  if (header.text.trim().length === 0) {
    items.push({ problem: { file: path, severity: 'skipped', message: 'no article text after the date header' } });
    return items;
  }
  items.push({ document: { id, text: header.text, date: header.date }, file: path });
  return items;
}

function articleId(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

/** Parses one JSONL line into a Document, or says what is wrong with it. */
export function parseJsonlLine(line: string, file: string, lineNo: number): InputItem[] {
  if (line.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return [{ problem: { file, line: lineNo, severity: 'skipped', message: `not valid JSON (${(err as Error).message})` } }];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ problem: { file, line: lineNo, severity: 'skipped', message: 'expected a JSON object with a "text" field' } }];
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string' || o.text.trim() === '') {
    return [{ problem: { file, line: lineNo, severity: 'skipped', message: 'field "text" is missing, empty or not a string' } }];
  }
  const text = normalizeText(o.text);
  let date: string | null = null;
  let warning: InputProblem | undefined;
  if (o.date !== undefined && o.date !== null) {
    if (typeof o.date === 'string' && isCalendarDate(o.date.slice(0, 10))) date = o.date.slice(0, 10);
    else warning = { file, line: lineNo, severity: 'warning', message: `field "date" ${JSON.stringify(o.date)} is not a YYYY-MM-DD calendar date; analysed without a date` };
  }
  const id = typeof o.id === 'string' && o.id !== '' ? o.id : typeof o.id === 'number' ? String(o.id) : contentId(text);
  const document: Document = { id, text, date };
  for (const key of ['title', 'url', 'source'] as const) if (typeof o[key] === 'string') document[key] = o[key] as string;
  const item: InputItem = { document, file, line: lineNo };
  return warning ? [{ problem: warning }, item] : [item];
}

/** Streams a JSONL file (or standard input for "-"), one article per line, in bounded memory. */
export async function* readJsonl(path: string, stdin?: Readable): AsyncGenerator<InputItem> {
  const file = path === '-' ? '<stdin>' : path;
  let input: Readable;
  if (path === '-') input = stdin ?? process.stdin;
  else {
    try {
      const s = await stat(path);
      if (s.isDirectory()) {
        yield { problem: { file, severity: 'skipped', message: 'is a directory, expected a JSONL file' } };
        return;
      }
    } catch (err) {
      yield { problem: { file, severity: 'skipped', message: describeFsError(err) } };
      return;
    }
    input = createReadStream(path, { encoding: 'utf8' });
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    yield* parseJsonlLine(line, file, lineNo);
  }
}

/** Every .txt and .jsonl file under `dir`, recursively, in sorted order. */
async function listArticles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (/\.(txt|jsonl)$/i.test(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

/**
 * Reads articles from paths: files in the seed/plain format, .jsonl files, directories
 * of both, and URLs, HTML pages and RSS/Atom feeds (see web.ts). Problems are yielded in place and never stop the stream.
 */
export async function* readInputs(paths: string[], opts: { jsonl?: boolean; stdin?: Readable } = {}): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readJsonl('-', opts.stdin);
      continue;
    }
    if (isWebInput(path)) {
      // The HTML and XML parsers load only when a web input comes.
      const { readWebInput } = await import('./web.js');
      yield* readWebInput(path);
      continue;
    }
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (err) {
      yield { problem: { file: path, severity: 'skipped', message: describeFsError(err) } };
      continue;
    }
    if (isDir) {
      let files: string[];
      try {
        files = await listArticles(path);
      } catch (err) {
        yield { problem: { file: path, severity: 'skipped', message: describeFsError(err) } };
        continue;
      }
      if (files.length === 0) {
        yield { problem: { file: path, severity: 'skipped', message: 'directory holds no .txt or .jsonl articles' } };
        continue;
      }
      for (const f of files) {
        if (/\.jsonl$/i.test(f)) yield* readJsonl(f);
        else {
          const rel = relative(path, f);
          yield* await readArticleFile(f, rel.slice(0, -extname(rel).length));
        }
      }
    } else if (opts.jsonl || /\.jsonl$/i.test(path)) {
      yield* readJsonl(path);
    } else {
      yield* await readArticleFile(path);
    }
  }
}

function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    default: return e.message ?? String(err);
  }
}
