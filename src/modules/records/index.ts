export {
  createRecords,
  createIntake,
  defineRecordsJobs,
  type RecordsModule,
  type RecordsOptions,
} from './records.module.ts';
export { recordsRouteAccess } from './records.access-table.ts';
export { recordsConfig, type RecordsConfig } from './records.config.ts';
export { ingestSettingsFrom, recordsIngestConfig } from './records.ingest.config.ts';
export type { RecordsTables } from './records.tables.ts';
export { seedRecordsDemo } from './records.seed.ts';
export { listFiles } from './records.files.queries.ts';
export { listCases } from './records.cases.usecases.ts';
export { loadCaseForChange, loadCaseForRead, type LoadedCase } from './records.cases.repository.ts';
export { recordsErrors } from './records.errors.ts';
export { searchRecords, type SearchFilters } from './records.search.usecases.ts';
export type { RecordsViewer } from './records.policies.ts';
export type { RecordsDb } from './records.tables.ts';
// For the ingest and OCR benchmarks (bench/records) and the browser journeys (e2e): the same use cases
// the routes call, and the generated test documents.
export { recordsCaller } from './records.core.actor.ts';
export { addDocument, type DocumentsDeps } from './records.documents.usecases.ts';
export {
  defaultIngestSettings,
  discardStaged,
  inspectStaged,
  stageUpload,
  type IngestSettings,
  type InspectedContent,
  type StagedFile,
} from './records.ingest.ts';
export type { IntakeDocument, OpenCaseInput, OpenedCase, RecordsIntake } from './records.intake.ts';
export { missingIngestTools, runTool, toolCpuSeconds } from './records.ingest.tools.ts';
export { defineOcrJob } from './records.ocr.ts';
export { people, seedCase, staffCaller } from './records.documents.test-fixtures.ts';
export { imagePdf, letterLines, renderPage, textPdf } from './fixtures/records.fixtures.ts';
// Content handed to the E-Akte by other modules is claimed before it is stored and released in the
// transaction that files it, exactly like an upload (records.ingest.blobs.ts).
export { abandonClaim, claimAndStoreBlob, releaseClaim } from './records.ingest.blobs.ts';
export {
  abandonClaimed,
  storeClaimed,
  storeClaimedMany,
  type ClaimedContent,
  type ContentDeps,
} from './records.intake.content.ts';
export {
  discardReceived,
  receiveUpload,
  type ReceivedFile,
  type ReceivedUpload,
} from './records.documents.upload.ts';
export { cleanFileName, contentDisposition } from './records.filenames.ts';
export { ingestErrors } from './records.ingest.errors.ts';
