// Who may use the catalogue routes: this part of the table routes.policy.test.ts checks every route against.
import type { Who } from '../../../routes.policy.who.ts';

export const catalogueAccess: Record<string, Who[]> = {};
