// Who the route access table speaks of: nobody, one demo person per staff role, an API client, a citizen.
// Modules keep their part of the table beside their routes (*.access-table.ts); routes.policy.test.ts
// joins them and checks every route of the application against the whole.
export type Who =
  | 'anonymous'
  | 'clerk'
  | 'head_of_department'
  | 'records_manager'
  | 'treasury'
  | 'council_office'
  | 'admin'
  // Another system with a bearer token holding every scope: it reaches the API, never a staff page.
  | 'api_client'
  // The demo citizen (Bürgerkonto): the portal's account pages, never a staff page or the API.
  | 'citizen';
export const staff: Who[] = [
  'clerk',
  'head_of_department',
  'records_manager',
  'treasury',
  'council_office',
  'admin',
];
export const everyone: Who[] = ['anonymous', ...staff, 'api_client', 'citizen'];
// Public form posts of the portal: a machine without the browser's CSRF token is refused by design.
export const browsers: Who[] = everyone.filter((who) => who !== 'api_client');
