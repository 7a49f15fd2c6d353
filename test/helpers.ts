import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests run from dist/test). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliPath = join(repoRoot, 'dist', 'src', 'cli', 'main.js');
/** ../shared beside the repository, when this machine has it. */
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const hasShared = existsSync(join(sharedDir, 'examples'));

export function tempDir(prefix = 'parley-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string, cwd = repoRoot): CliResult {
  const r = spawnSync(process.execPath, [cliPath, ...args], { input, encoding: 'utf8', cwd, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
