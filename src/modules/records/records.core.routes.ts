// Every route of the records core (file plan, files, cases; pages and JSON API), for createRecords.
import type { RouteDefinition } from '../../platform/http/route.ts';
import type { RecordsOptions } from './records.module.ts';
import { createCasesRoutes } from './records.cases.routes.ts';
import { createRecordsApiRoutes } from './records.core.api.routes.ts';
import { createRecordsHttp } from './records.core.http.ts';
import { createFileActionRoutes } from './records.files.actions.routes.ts';
import { createFilesRoutes } from './records.files.routes.ts';
import { createPlanRoutes } from './records.plan.routes.ts';
import { DEFAULT_REFERENCE_PATTERN, parseReferencePattern } from './records.reference.ts';

export function createRecordsCoreRoutes(options: RecordsOptions): RouteDefinition[] {
  const http = createRecordsHttp({
    db: options.db,
    audit: options.audit,
    now: options.now ?? (() => new Date()),
    pattern: parseReferencePattern(options.referencePattern ?? DEFAULT_REFERENCE_PATTERN),
  });
  return [
    ...createPlanRoutes(http),
    ...createFilesRoutes(http),
    ...createFileActionRoutes(http),
    ...createCasesRoutes(http),
    ...createRecordsApiRoutes(http),
  ];
}
