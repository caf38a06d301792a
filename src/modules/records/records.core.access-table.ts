// Who may use the records core routes: this module's part of the route access table (routes.policy.test.ts).
// Pages are for people (an API client gets 401 there); the JSON API is for people and API clients.
import { staff, type Who } from '../../routes.policy.who.ts';

const writers: Who[] = ['clerk', 'head_of_department', 'records_manager'];
const planKeepers: Who[] = ['records_manager', 'admin'];

export const recordsCoreAccess: Record<string, Who[]> = {
  'GET /intern/aktenplan': staff,
  'POST /intern/aktenplan': planKeepers,
  'GET /intern/aktenplan/import': planKeepers,
  'POST /intern/aktenplan/import': planKeepers,
  'GET /intern/aktenplan/:id': staff,
  'POST /intern/aktenplan/:id': planKeepers,
  'POST /intern/aktenplan/:id/stilllegen': planKeepers,
  'POST /intern/aktenplan/:id/aktivieren': planKeepers,
  'GET /intern/akten': staff,
  'GET /intern/akten/neu': writers,
  'POST /intern/akten': writers,
  'GET /intern/akten/:id': staff,
  'GET /intern/akten/:id/bearbeiten': writers,
  'POST /intern/akten/:id/bearbeiten': writers,
  'POST /intern/akten/:id/schliessen': writers,
  // records.write lets writers in; the use case then allows only the Registratur (records_manager) to
  // reopen, after the lookup, so an unknown file answers 404 for every writer.
  'POST /intern/akten/:id/wiedereroeffnen': writers,
  'POST /intern/akten/:id/bezuege': writers,
  'POST /intern/akten/:id/bezuege/:otherId/entfernen': writers,
  'POST /intern/akten/:id/vorgaenge': writers,
  'GET /intern/vorgaenge': staff,
  'GET /intern/vorgaenge/:id': staff,
  'POST /intern/vorgaenge/:id/abschliessen': writers,
  'POST /intern/vorgaenge/:id/wiedereroeffnen': writers,
  'GET /intern/vorgaenge/:id/verschieben': writers,
  'POST /intern/vorgaenge/:id/verschieben': writers,
  'GET /api/v1/records/plan': [...staff, 'api_client'],
  'GET /api/v1/records/files': [...staff, 'api_client'],
  'POST /api/v1/records/files': [...writers, 'api_client'],
  'GET /api/v1/records/files/:id': [...staff, 'api_client'],
  'POST /api/v1/records/files/:id/cases': [...writers, 'api_client'],
  'GET /api/v1/records/cases': [...staff, 'api_client'],
  'GET /api/v1/records/cases/:id': [...staff, 'api_client'],
};
