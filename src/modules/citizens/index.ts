export { createCitizens, type CitizensModule, type CitizensOptions } from './citizens.module.ts';
export { CITIZEN_SESSION_COOKIE } from './citizens.routes.ts';
export { CITIZEN_PATHS } from './citizens.paths.ts';
export { seedCitizenDemo, DEMO_CITIZEN, DEMO_COMPANY } from './citizens.seed.ts';
export { citizenOidcConfig, defaultLevelMapping, parseLevelMapping } from './citizens.oidc.config.ts';
export type { CitizenOidcSettings } from './citizens.oidc.routes.ts';

/** The citizen login page that leads back to `path` afterwards (only /konto paths). */
/** The citizen login, returning afterwards to the account page or an application form that asked for it. */
export function citizenLoginPathFor(path: string): string {
  return path === '/konto' || !(path.startsWith('/konto') || path.startsWith('/antrag/'))
    ? '/konto/anmelden'
    : `/konto/anmelden?returnTo=${encodeURIComponent(path)}`;
}
export { Page as CitizenPage, type FieldError as CitizenFieldError } from './citizens.layout.tsx';
export { citizenOf } from './citizens.http.ts';
export { findCitizenContact, type CitizenContact } from './citizens.directory.ts';
