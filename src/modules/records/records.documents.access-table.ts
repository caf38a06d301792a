// Who may use the records documents routes: this module's part of the route access table (routes.policy.test.ts).
// Pages are for people (an API client gets 401 there); reading needs records.read (all staff), filing
// records.write (clerks, heads of department, the Registratur). Which documents someone then sees or
// changes is decided per record (records.policies.ts): an unknown id is a 404 for everyone allowed here.
import { staff, type Who } from '../../routes.policy.who.ts';

const writers: Who[] = ['clerk', 'head_of_department', 'records_manager'];

export const recordsDocumentsAccess: Record<string, Who[]> = {
  'GET /intern/vorgaenge/:id/dokumente/neu': writers,
  'POST /intern/vorgaenge/:id/dokumente/neu': writers,
  'POST /intern/dokumente/:id/versionen': writers,
  'POST /intern/dokumente/:id/metadaten': writers,
  'GET /intern/dokumente/:id': staff,
  'GET /intern/dokumente/:id/versionen/:version/inhalt': staff,
  'POST /api/v1/records/cases/:id/documents': [...writers, 'api_client'],
  'POST /api/v1/records/documents/:id/versions': [...writers, 'api_client'],
  'GET /api/v1/records/documents/:id': [...staff, 'api_client'],
  'GET /api/v1/records/documents/:id/versions/:version/content': [...staff, 'api_client'],
};
