// Who may use the Fundbüro's routes: this part of the table routes.policy.test.ts checks every route
// against. The Bürgerbüro's clerks and heads of department work the register; search, loss and find
// reports and claims are open to everyone (the posts need the browser's CSRF token, so no API client).
import { browsers, everyone, type Who } from '../../routes.policy.who.ts';

const office: Who[] = ['clerk', 'head_of_department'];

export const lostFoundRouteAccess: Record<string, Who[]> = {
  'GET /intern/fundbuero': office,
  'GET /intern/fundbuero/fundsachen/neu': office,
  'POST /intern/fundbuero/fundsachen': office,
  'GET /intern/fundbuero/fundsachen/:id': office,
  'POST /intern/fundbuero/fundsachen/:id/annehmen': office,
  'POST /intern/fundbuero/treffer/:id': office,
  'POST /intern/fundbuero/fundsachen/:id/herausgabe': office,
  'POST /intern/fundbuero/fundsachen/:id/status': office,
  'GET /intern/fundbuero/fundsachen/:id/fotos/:photoId': office,
  'GET /fundbuero': everyone,
  'GET /fundbuero/fundsachen/:id': everyone,
  'GET /fundbuero/fundsachen/:id/fotos/:photoId': everyone,
  'POST /fundbuero/fundsachen/:id/anspruch': browsers,
  'GET /fundbuero/verlust-melden': everyone,
  'POST /fundbuero/verlust-melden': browsers,
  'GET /fundbuero/verlustanzeigen/:id': everyone,
  'GET /fundbuero/treffer/:id': everyone,
  'GET /fundbuero/fund-melden': everyone,
  'POST /fundbuero/fund-melden': browsers,
};
