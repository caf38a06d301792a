export {
  createRecords,
  defineRecordsJobs,
  type RecordsModule,
  type RecordsOptions,
} from './records.module.ts';
export { recordsRouteAccess } from './records.access-table.ts';
export { recordsConfig, type RecordsConfig } from './records.config.ts';
export type { RecordsTables } from './records.tables.ts';
export { seedRecordsDemo } from './records.seed.ts';
export { listFiles } from './records.files.queries.ts';
export { listCases } from './records.cases.usecases.ts';
export { loadCaseForChange, loadCaseForRead, type LoadedCase } from './records.cases.repository.ts';
export { recordsErrors } from './records.errors.ts';
export { searchRecords, type SearchFilters } from './records.search.usecases.ts';
export type { RecordsViewer } from './records.policies.ts';
export type { RecordsDb } from './records.tables.ts';
