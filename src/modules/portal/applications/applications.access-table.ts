// Who may use the applications routes: this part of the table routes.policy.test.ts checks every route against.
import type { Who } from '../../../routes.policy.who.ts';

export const applicationsAccess: Record<string, Who[]> = {};
