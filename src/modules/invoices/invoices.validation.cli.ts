// `rathaus invoice validate FILE…`: one line per file — name, ACCEPT or REJECT, the rule ids of the errors —
// and exit code 1 if any file is rejected. Directories are searched for *.xml files.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InvoiceValidationPool } from './invoices.validation.pool.ts';
import { errorRuleIds, type ValidationReport } from './invoices.validation.report.ts';

async function collectFiles(argument: string): Promise<string[]> {
  const info = await stat(argument);
  if (!info.isDirectory()) return [argument];
  const entries = await readdir(argument, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.xml'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export function reportLine(name: string, report: ValidationReport): string {
  const verdict = report.accepted ? 'ACCEPT' : 'REJECT';
  const ids = errorRuleIds(report);
  const reason = report.refusal
    ? ` — ${report.refusal.text.de}${report.refusal.detail ? ` (${report.refusal.detail})` : ''}`
    : '';
  return [name, verdict, ...ids].join(' ') + reason;
}

/** Returns the exit code. `write` gets each line as it is ready, in the order of the arguments. */
export async function invoiceValidateCommand(
  paths: string[],
  pool: InvoiceValidationPool,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  if (paths.length === 0) {
    write('Aufruf: rathaus invoice validate DATEI|ORDNER …');
    return 2;
  }
  let rejected = false;
  const files: string[] = [];
  for (const argument of paths) {
    try {
      files.push(...(await collectFiles(argument)));
    } catch (error) {
      write(
        `${argument} REJECT — nicht lesbar / not readable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
      rejected = true;
    }
  }
  // Several files are in the pool at once (every worker busy); lines come out in argument order.
  const window = pool.size * 4;
  const validate = async (file: string): Promise<ValidationReport | Error> =>
    pool.validate(await readFile(file)).catch((error: Error) => error);
  const pending = files.slice(0, window).map(validate);
  for (const [index, file] of files.entries()) {
    const next = files[index + window];
    if (next !== undefined) pending.push(validate(next));
    const report = await pending[index]!;
    if (report instanceof Error) {
      rejected = true;
      write(
        `${file} REJECT — nicht lesbar / not readable: ${(report as NodeJS.ErrnoException).code ?? report.message}`,
      );
      continue;
    }
    if (!report.accepted) rejected = true;
    write(reportLine(file, report));
  }
  return rejected ? 1 : 0;
}
