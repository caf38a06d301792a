// The documents part of the E-Akte, for records.module.ts: its routes (upload, versions, metadata,
// viewer, content, API) and its job kinds (OCR, the sweep of unreferenced blobs).
import type { RouteDefinition } from '../../platform/http/route.ts';
import { createDocumentsApiRoutes } from './records.documents.api.ts';
import { createDocumentsHttp, type DocumentsOptions } from './records.documents.http.ts';
import { createDocumentsRoutes } from './records.documents.routes.ts';
import { defineBlobSweepJob } from './records.ingest.sweep.ts';
import { defineOcrJob } from './records.ocr.ts';
import { createViewerRoutes } from './records.viewer.routes.ts';

export function createDocumentsModuleRoutes(options: DocumentsOptions): RouteDefinition[] {
  return [
    ...createDocumentsRoutes(options),
    ...createViewerRoutes(options),
    ...createDocumentsApiRoutes(options),
  ];
}

export function defineDocumentsJobs(options: DocumentsOptions): void {
  const { deps } = createDocumentsHttp(options);
  defineOcrJob({ ...deps, maxTextCharacters: deps.settings.pdf.maxTextCharacters });
  defineBlobSweepJob(deps);
}
