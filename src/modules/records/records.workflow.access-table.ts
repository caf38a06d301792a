// Who may use the records workflow routes: this module's part of the route access table (routes.policy.test.ts).
// All are pages for people: records.read lets every staff member in (what they see and may do is decided per
// record and per step in the use cases); starting a routing needs records.write. API clients get 401.
import { staff, type Who } from '../../routes.policy.who.ts';

const writers: Who[] = ['clerk', 'head_of_department', 'records_manager'];

export const recordsWorkflowAccess: Record<string, Who[]> = {
  'GET /intern/arbeitsplatz': staff,
  'GET /intern/vorgaenge/:id/wiedervorlage': staff,
  'POST /intern/vorgaenge/:id/wiedervorlage': staff,
  'GET /intern/wiedervorlagen': staff,
  'POST /intern/wiedervorlagen/:id/erledigt': staff,
  'GET /intern/dokumente/:id/mitzeichnung': staff,
  'POST /intern/dokumente/:id/mitzeichnung': writers,
  'GET /intern/mitzeichnungen': staff,
  'POST /intern/mitzeichnungen/:id/mitzeichnen': staff,
  'POST /intern/mitzeichnungen/:id/zurueckgeben': staff,
  'POST /intern/mitzeichnungen/:id/abbrechen': staff,
};
