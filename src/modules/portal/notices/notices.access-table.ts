// Who may use the notice template routes: this part of the table routes.policy.test.ts checks every route
// against. Maintaining notice templates belongs to maintaining the catalogue (portal.manage_catalogue).
import type { Who } from '../../../routes.policy.who.ts';

const admins: Who[] = ['admin'];

export const noticesAccess: Record<string, Who[]> = {
  'GET /intern/leistungen/:id/bescheidvorlagen': admins,
  'GET /intern/leistungen/:id/bescheidvorlagen/neu': admins,
  'POST /intern/leistungen/:id/bescheidvorlagen/neu': admins,
  'GET /intern/bescheidvorlagen/:templateId': admins,
  'POST /intern/bescheidvorlagen/:templateId': admins,
  'GET /intern/bescheidvorlagen/:templateId/vorschau.pdf': admins,
};
