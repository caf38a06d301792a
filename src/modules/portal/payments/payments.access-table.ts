// Who may use the payments routes: this part of the table routes.policy.test.ts checks every route against.
import type { Who } from '../../../routes.policy.who.ts';

export const paymentsAccess: Record<string, Who[]> = {};
