// Who may use the records workflow routes: this module's part of the route access table (routes.policy.test.ts).
import type { Who } from '../../routes.policy.who.ts';

export const recordsWorkflowAccess: Record<string, Who[]> = {};
