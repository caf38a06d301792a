// Citizen sign-in through a state identity service (BundID or any eID service that speaks OpenID
// Connect, directly or through a broker such as Keycloak). The service reports how surely it identified
// the person (eIDAS level of assurance) in a claim; the mapping turns its values into our trust levels.
import type { TrustLevel } from '../access/index.ts';
import { key, parsers } from '../../platform/config/config-keys.ts';

const trustLevels: TrustLevel[] = ['basic', 'substantial', 'high'];

/**
 * BundID and eID services name the levels in several ways: the STORK QAA levels (BundID: 1–2 user name
 * and password, 3 ELSTER certificate, 4 Online-Ausweis), the eIDAS URIs, or plain words.
 */
export const defaultLevelMapping =
  'STORK-QAA-Level-1=basic,STORK-QAA-Level-2=basic,STORK-QAA-Level-3=substantial,STORK-QAA-Level-4=high,' +
  'http://eidas.europa.eu/LoA/low=basic,http://eidas.europa.eu/LoA/substantial=substantial,' +
  'http://eidas.europa.eu/LoA/high=high,low=basic,substantial=substantial,high=high,' +
  'niedrig=basic,substanziell=substantial,hoch=high';

/** `STORK-QAA-Level-3=substantial,STORK-QAA-Level-4=high`: provider value → trust level. */
export function parseLevelMapping(raw: string): Record<string, TrustLevel> {
  const mapping: Record<string, TrustLevel> = {};
  for (const entry of raw.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const at = entry.lastIndexOf('=');
    const value = entry.slice(0, at).trim();
    const level = entry.slice(at + 1).trim();
    if (at <= 0 || value === '') throw new Error(`"${entry}" hat nicht die Form wert=niveau`);
    if (!(trustLevels as string[]).includes(level))
      throw new Error(`unbekanntes Vertrauensniveau "${level}"; erlaubt: ${trustLevels.join(', ')}`);
    mapping[value] = level as TrustLevel;
  }
  if (Object.keys(mapping).length === 0) throw new Error('die Zuordnung ist leer');
  return mapping;
}

export const citizenOidcConfig = {
  issuer: key<string | undefined>({
    env: 'CITIZEN_OIDC_ISSUER',
    description:
      'Aussteller (Issuer) des staatlichen Identitätsdienstes (BundID o. Ä.) für die Anmeldung von Bürgerinnen und Bürgern; leer = keine Anmeldung darüber',
    default: undefined,
    parse: parsers.url('https:', 'http:'),
  }),
  clientId: key<string | undefined>({
    env: 'CITIZEN_OIDC_CLIENT_ID',
    description: 'Client-ID des Rathauses beim Identitätsdienst für Bürgerinnen und Bürger',
    default: undefined,
    parse: parsers.string,
  }),
  clientSecret: key<string | undefined>({
    env: 'CITIZEN_OIDC_CLIENT_SECRET',
    description: 'Client-Secret des Rathauses beim Identitätsdienst für Bürgerinnen und Bürger',
    default: undefined,
    parse: parsers.string,
  }),
  label: key({
    env: 'CITIZEN_OIDC_LABEL',
    description: 'Name des Identitätsdienstes auf den Seiten („Mit BundID anmelden“)',
    default: 'BundID',
    parse: parsers.string,
  }),
  scopes: key({
    env: 'CITIZEN_OIDC_SCOPES',
    description: 'Angefragte Scopes, durch Leerzeichen getrennt (mit „address“ auch die Anschrift)',
    default: 'openid profile email',
    parse: (raw: string) => {
      const scopes = raw.split(/\s+/).filter(Boolean);
      if (!scopes.includes('openid')) throw new Error('„openid“ fehlt');
      return scopes.join(' ');
    },
  }),
  levelClaim: key({
    env: 'CITIZEN_OIDC_LEVEL_CLAIM',
    description: 'Claim mit dem Vertrauensniveau (eIDAS) der Identifizierung',
    default: 'acr',
    parse: parsers.string,
  }),
  levelMapping: key<Record<string, TrustLevel>>({
    env: 'CITIZEN_OIDC_LEVEL_MAPPING',
    description:
      'Welcher Wert des Claims welches Vertrauensniveau bedeutet: wert=basic|substantial|high, durch Kommas getrennt',
    default: parseLevelMapping(defaultLevelMapping),
    parse: parseLevelMapping,
  }),
  acrValues: key<string | undefined>({
    env: 'CITIZEN_OIDC_ACR_VALUES',
    description:
      'Optional: acr_values der Anfrage, z. B. STORK-QAA-Level-3, um beim Dienst ein Mindestniveau zu verlangen',
    default: undefined,
    parse: parsers.string,
  }),
};
