export { createCitizens, type CitizensModule, type CitizensOptions } from './citizens.module.ts';
export { CITIZEN_SESSION_COOKIE } from './citizens.routes.ts';
export { CITIZEN_PATHS } from './citizens.paths.ts';
export { seedCitizenDemo, DEMO_CITIZEN, DEMO_COMPANY } from './citizens.seed.ts';
export { citizenOidcConfig, defaultLevelMapping, parseLevelMapping } from './citizens.oidc.config.ts';
export type { CitizenOidcSettings } from './citizens.oidc.routes.ts';

/** The citizen login page that leads back to `path` afterwards (only /konto paths). */
export function citizenLoginPathFor(path: string): string {
  return path === '/konto' || !path.startsWith('/konto')
    ? '/konto/anmelden'
    : `/konto/anmelden?returnTo=${encodeURIComponent(path)}`;
}
