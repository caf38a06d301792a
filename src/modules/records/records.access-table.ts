// The records module's part of the route access table that routes.policy.test.ts checks every route against.
import type { Who } from '../../routes.policy.who.ts';
import { recordsCoreAccess } from './records.core.access-table.ts';
import { recordsDocumentsAccess } from './records.documents.access-table.ts';
import { recordsSearchAccess } from './records.search.access-table.ts';
import { recordsWorkflowAccess } from './records.workflow.access-table.ts';

export const recordsRouteAccess: Record<string, Who[]> = {
  ...recordsCoreAccess,
  ...recordsDocumentsAccess,
  ...recordsSearchAccess,
  ...recordsWorkflowAccess,
};
