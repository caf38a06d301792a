// Who may use the records search routes: this module's part of the route access table (routes.policy.test.ts).
import { staff, type Who } from '../../routes.policy.who.ts';

export const recordsSearchAccess: Record<string, Who[]> = {
  // Every member of staff (records.read); what each one finds is decided per document in the query.
  'GET /intern/suche': staff,
  'GET /api/v1/records/search': [...staff, 'api_client'],
};
