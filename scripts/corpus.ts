/**
 * A synthetic corpus for tests and benchmarks when ../shared is absent: articles in the
 * `date YYYY-MM-DD` header format, each made of sentences drawn from examples/ plus a
 * sentence of its own, so that every article is distinct (not a near-duplicate).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom as prng } from '../src/nlp/random.js';


export function exampleSentences(examplesDir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(examplesDir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(examplesDir, f), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*\n/, '');
    for (const s of text.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“])/)) if (s.trim().length > 20) out.push(s.trim());
  }
  return out;
}

const CITIES = ['Ankara', 'Brasilia', 'Canberra', 'Dakar', 'Hanoi', 'Lima', 'Oslo', 'Rabat', 'Seoul', 'Warsaw', 'Nairobi', 'Doha'];
const TOPICS = ['fishing quotas', 'rail freight', 'visa rules', 'grain exports', 'power lines', 'port fees', 'vaccine supplies', 'river patrols'];

export interface GeneratedArticle {
  name: string;
  content: string;
}

export function* generateArticles(n: number, examplesDir: string, seed = 1): Generator<GeneratedArticle> {
  const pool = exampleSentences(examplesDir);
  const rnd = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 365) * 86400000).toISOString().slice(0, 10);
    const body: string[] = [];
    body.push(`${pick(CITIES).toUpperCase()} — Officials said on day ${i + 1} of the round that talks on ${pick(TOPICS)} had covered ${Math.floor(rnd() * 900) + 100} pages of proposals and ${Math.floor(rnd() * 90) + 10} amendments.`);
    const k = 3 + Math.floor(rnd() * 4);
    for (let j = 0; j < k; j++) body.push(pick(pool));
    body.push(`Delegates from ${pick(CITIES)} and ${pick(CITIES)} will report back by item ${i * 7 + 3}.`);
    body.push(`A spokesman for the ${pick(TOPICS)} committee in ${pick(CITIES)} put the cost at ${Math.floor(rnd() * 9000) + 1000} million, up ${Math.floor(rnd() * 40) + 2} percent on round ${i + 11}.`);
    yield { name: `gen-${String(i).padStart(5, '0')}.txt`, content: `date ${d}\n${body.join(' ')}\n` };
  }
}

export function writeCorpus(dir: string, n: number, examplesDir: string, seed = 1): void {
  mkdirSync(dir, { recursive: true });
  for (const a of generateArticles(n, examplesDir, seed)) writeFileSync(join(dir, a.name), a.content);
}
