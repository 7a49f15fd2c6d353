import path from 'node:path';
import { statSync } from 'node:fs';
import { listModelFiles, packageModelsDir, readModelFile } from '../io/models.js';

/** `parley models`: each model file with its card. */
export function modelsCommand(opts: { dir?: string; json?: boolean }): number {
  const dir = opts.dir ?? packageModelsDir();
  const files = listModelFiles(dir);
  if (files.length === 0) {
    process.stdout.write(`no model files in ${dir}\n`);
    return 0;
  }
  const cards = files.map((file) => ({ file: path.basename(file), bytes: statSync(file).size, ...readModelFile(file).header.card }));
  if (opts.json) {
    process.stdout.write(JSON.stringify(cards, null, 2) + '\n');
    return 0;
  }
  for (const c of cards) {
    const figures = Object.entries(c.figures)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    process.stdout.write(
      [
        `${c.file} (${(c.bytes / 1e6).toFixed(2)} MB): ${c.name} — ${c.description}`,
        `  trained on: ${c.trainedOn.join('; ')}`,
        `  licenses:   ${c.licenses.join('; ')}`,
        `  figures:    ${figures}`,
        `  built:      ${c.built} by \`${c.command}\``,
        '',
      ].join('\n'),
    );
  }
  return 0;
}
