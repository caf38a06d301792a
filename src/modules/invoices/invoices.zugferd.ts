// ZUGFeRD / Factur-X: a PDF/A-3 carrying the invoice as an embedded file. The XML is what counts
// (ZUGFeRD 2.x / Factur-X: "factur-x.xml", older ZUGFeRD 2.0 "zugferd-invoice.xml", ZUGFeRD 1
// "ZUGFeRD-invoice.xml", XRechnung in ZUGFeRD "xrechnung.xml"). Read with qpdf, never a shell.
import { runTool, ToolMissingError } from '../../platform/tools/index.ts';
import { ingestErrors } from '../records/index.ts';
import { invoicesErrors } from './invoices.errors.ts';

const invoiceNames = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml'];
const timeoutMs = 20_000;

async function qpdf(args: string[], maxStdoutBytes: number) {
  try {
    return await runTool('qpdf', args, { timeoutMs, maxStdoutBytes });
  } catch (error) {
    if (error instanceof ToolMissingError) throw ingestErrors.tool_missing({ command: error.command });
    throw error;
  }
}

/** The names of the embedded files, as qpdf lists them ("name -> obj,gen"). */
export async function listAttachments(pdfPath: string): Promise<string[]> {
  const listed = await qpdf(['--list-attachments', pdfPath], 1024 * 1024);
  // qpdf exits 2 on errors and 3 on warnings only (a repaired file still lists).
  if (listed.code !== 0 && listed.code !== 3) throw invoicesErrors.pdf_unreadable();
  return listed.stdout
    .toString('utf8')
    .split('\n')
    .map((line) => /^(.+) -> \d+,\d+$/.exec(line.trim())?.[1])
    .filter((name): name is string => name !== undefined);
}

/** The embedded invoice XML; throws pdf_without_invoice when there is none. */
export async function extractEmbeddedInvoice(pdfPath: string, maxBytes: number): Promise<Buffer> {
  const names = await listAttachments(pdfPath);
  const name = names.find((candidate) => invoiceNames.includes(candidate.toLowerCase()));
  if (!name) throw invoicesErrors.pdf_without_invoice();
  const shown = await qpdf([`--show-attachment=${name}`, pdfPath], maxBytes + 1);
  if (shown.truncated || shown.stdout.byteLength > maxBytes) throw ingestErrors.upload_too_large();
  if (shown.code !== 0 && shown.code !== 3) throw invoicesErrors.pdf_unreadable();
  return shown.stdout;
}
