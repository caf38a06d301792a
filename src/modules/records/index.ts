export {
  createRecords,
  defineRecordsJobs,
  type RecordsModule,
  type RecordsOptions,
} from './records.module.ts';
export { recordsRouteAccess } from './records.access-table.ts';
