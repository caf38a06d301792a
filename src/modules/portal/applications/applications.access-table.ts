// Who may use the applications routes: this part of the table routes.policy.test.ts checks every route against.
import type { Who } from '../../../routes.policy.who.ts';

const citizen: Who[] = ['citizen'];

export const applicationsAccess: Record<string, Who[]> = {
  'GET /antrag/:slug': citizen,
  'GET /antrag/:slug/schritt/:step': citizen,
  'POST /antrag/:slug/schritt/:step': citizen,
  'GET /antrag/:slug/pruefen': citizen,
  'POST /antrag/:slug/absenden': citizen,
  'GET /konto/antraege': citizen,
  'GET /konto/antraege/:id': citizen,
  'GET /konto/antraege/:id/eingangsbestaetigung.pdf': citizen,
};
