export { createCitizens, type CitizensModule, type CitizensOptions } from './citizens.module.ts';
export { CITIZEN_SESSION_COOKIE } from './citizens.routes.ts';
export { CITIZEN_PATHS } from './citizens.pages.tsx';
export { seedCitizenDemo, DEMO_CITIZEN } from './citizens.seed.ts';

/** The citizen login page that leads back to `path` afterwards (only /konto paths). */
export function citizenLoginPathFor(path: string): string {
  return path === '/konto' || !path.startsWith('/konto')
    ? '/konto/anmelden'
    : `/konto/anmelden?returnTo=${encodeURIComponent(path)}`;
}
