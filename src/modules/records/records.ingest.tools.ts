// The ingest side of the platform tool runner (src/platform/tools/run-tool.ts): the same runner, with the
// records module's own words for a missing tool (an upload is refused whole, 503, see
// records.ingest.errors.ts) and the list of Debian programs document checking and OCR need.
import {
  missingTools,
  runTool as runPlatformTool,
  ToolMissingError,
  type ToolOptions,
  type ToolResult,
} from '../../platform/tools/run-tool.ts';
import { ingestErrors } from './records.ingest.errors.ts';

export {
  toolCpuSeconds,
  toolEnvironment,
  toolFailure,
  type ToolOptions,
  type ToolResult,
} from '../../platform/tools/run-tool.ts';

export async function runTool(command: string, args: string[], options: ToolOptions): Promise<ToolResult> {
  try {
    return await runPlatformTool(command, args, options);
  } catch (error) {
    if (error instanceof ToolMissingError) throw ingestErrors.tool_missing({ command: error.command });
    throw error;
  }
}

/** The Debian programs that document checking and OCR start (packages qpdf, poppler-utils, ocrmypdf, …). */
export const ingestToolNames = ['qpdf', 'pdfinfo', 'pdftotext', 'pdfimages', 'tesseract', 'gs', 'ocrmypdf'];

/** Those of `ingestToolNames` not found on the PATH the tools run with: `serve` warns about them on start. */
export function missingIngestTools(): Promise<string[]> {
  return missingTools(ingestToolNames);
}
