// Who may use the dog tax routes: this part of the table routes.policy.test.ts checks every route against.
// The treasury works the register; a citizen reaches only the pages of their own dogs.
import type { Who } from '../../routes.policy.who.ts';

const treasury: Who[] = ['treasury'];
const citizen: Who[] = ['citizen'];

export const dogTaxRouteAccess: Record<string, Who[]> = {
  'GET /intern/hundesteuer': treasury,
  'GET /intern/hundesteuer/anmeldungen/:id': treasury,
  'POST /intern/hundesteuer/anmeldungen/:id': treasury,
  'GET /intern/hundesteuer/haushalte/:id': treasury,
  'POST /intern/hundesteuer/haushalte/:id/zahlungen': treasury,
  'POST /intern/hundesteuer/haushalte/:id/zahlweise': treasury,
  'GET /intern/hundesteuer/hunde': treasury,
  'GET /intern/hundesteuer/rueckstaende': treasury,
  'GET /intern/hundesteuer/ermaessigungen': treasury,
  'GET /intern/hundesteuer/ermaessigungen/:id': treasury,
  'POST /intern/hundesteuer/ermaessigungen/:id': treasury,
  'GET /intern/hundesteuer/jahreslauf': treasury,
  'POST /intern/hundesteuer/jahreslauf': treasury,
  'GET /intern/hundesteuer/jahreslauf/:id': treasury,
  'POST /intern/hundesteuer/lastschriften': treasury,
  'GET /intern/hundesteuer/lastschriften/:id/pain008.xml': treasury,
  'GET /konto/hunde': citizen,
  'GET /konto/hunde/:id/abmelden': citizen,
  'POST /konto/hunde/:id/abmelden': citizen,
  'GET /konto/hunde/:id/steuermarke-verloren': citizen,
  'POST /konto/hunde/:id/steuermarke-verloren': citizen,
  'GET /konto/hunde/:id/ermaessigung': citizen,
  'POST /konto/hunde/:id/ermaessigung': citizen,
  'GET /konto/hunde/lastschrift': citizen,
  'POST /konto/hunde/lastschrift': citizen,
  'POST /konto/hunde/lastschrift/widerrufen': citizen,
};
