// Who may use the invoice routes: this part of the table routes.policy.test.ts checks every route against.
// Clerks, heads of department and the treasury work invoices (which steps they may sign is their signing
// limit); the treasury also assigns the manual queue and makes payment runs; suppliers' systems use the API.
import type { Who } from '../../routes.policy.who.ts';

const workers: Who[] = ['clerk', 'head_of_department', 'treasury'];
const treasury: Who[] = ['treasury'];
const machines: Who[] = ['api_client'];

export const invoicesRouteAccess: Record<string, Who[]> = {
  'GET /intern/rechnungen': workers,
  'GET /intern/rechnungen/hochladen': workers,
  'POST /intern/rechnungen/hochladen': workers,
  'GET /intern/rechnungen/zahllaeufe': treasury,
  'POST /intern/rechnungen/zahllaeufe': treasury,
  'GET /intern/rechnungen/zahllaeufe/:id/pain001.xml': treasury,
  'GET /intern/rechnungen/:id': workers,
  'POST /intern/rechnungen/:id/zeichnen': workers,
  'POST /intern/rechnungen/:id/zurueckgeben': workers,
  'POST /intern/rechnungen/:id/ablehnen': workers,
  'POST /intern/rechnungen/:id/kommentar': workers,
  'POST /intern/rechnungen/:id/kontierung': workers,
  'POST /intern/rechnungen/:id/zuordnen': treasury,
  'POST /api/v1/rechnungen': machines,
  'GET /api/v1/rechnungen/:id': machines,
};
