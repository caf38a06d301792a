// Who may use the records documents routes: this module's part of the route access table (routes.policy.test.ts).
import type { Who } from '../../routes.policy.who.ts';

export const recordsDocumentsAccess: Record<string, Who[]> = {};
