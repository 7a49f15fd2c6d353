/** Something wrong with one input: reported, counted, and the rest of the batch goes on. */
export interface InputProblem {
  file: string;
  line?: number;
  /** "skipped": the article was not analysed; "warning": it was, with a caveat. */
  severity: 'skipped' | 'warning';
  message: string;
}

export function formatProblem(p: InputProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  return `parley: ${where}: ${p.severity === 'skipped' ? 'skipped: ' : 'warning: '}${p.message}`;
}
