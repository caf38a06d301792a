// Who may use the applications routes: this part of the table routes.policy.test.ts checks every route against.
import type { Who } from '../../../routes.policy.who.ts';

const citizen: Who[] = ['citizen'];
// Clerks and heads of department work applications (the department is checked per application).
const office: Who[] = ['clerk', 'head_of_department'];

export const applicationsAccess: Record<string, Who[]> = {
  'GET /antrag/:slug': citizen,
  'GET /antrag/:slug/schritt/:step': citizen,
  'POST /antrag/:slug/schritt/:step': citizen,
  'GET /antrag/:slug/pruefen': citizen,
  'POST /antrag/:slug/absenden': citizen,
  'GET /konto/antraege': citizen,
  'GET /konto/antraege/:id': citizen,
  'GET /konto/antraege/:id/eingangsbestaetigung.pdf': citizen,
  'POST /konto/antraege/:id/bezahlen': citizen,
  'GET /intern/antraege': office,
  'GET /intern/antraege/:id': office,
  'POST /intern/antraege/:id/uebernehmen': office,
  'POST /intern/antraege/:id/zuweisen': office,
  'POST /intern/antraege/:id/vermerk': office,
  'POST /intern/antraege/:id/rueckfrage': office,
  'POST /intern/antraege/:id/abschliessen': office,
  'POST /intern/antraege/:id/entscheiden': office,
  'POST /intern/antraege/filter': office,
  'POST /intern/antraege/filter/:id/loeschen': office,
};
