// Who may use the records core routes: this module's part of the route access table (routes.policy.test.ts).
import type { Who } from '../../routes.policy.who.ts';

export const recordsCoreAccess: Record<string, Who[]> = {};
