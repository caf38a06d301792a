// Who may use the catalogue routes: this part of the table routes.policy.test.ts checks every route against.
// The catalogue pages are public; maintaining it is for administrators (portal.manage_catalogue).
import { everyone, type Who } from '../../../routes.policy.who.ts';

const admins: Who[] = ['admin'];

export const catalogueAccess: Record<string, Who[]> = {
  'GET /leistungen': everyone,
  'GET /leistungen/digital': everyone,
  'GET /leistungen/:slug': everyone,
  'GET /intern/leistungen': admins,
  'GET /intern/leistungen/neu': admins,
  'POST /intern/leistungen/neu': admins,
  'GET /intern/leistungen/:id': admins,
  'POST /intern/leistungen/:id': admins,
  'POST /intern/leistungen/:id/online': admins,
};
