// Staff sign-in through OpenID Connect. Installation-wide for now; per municipality in a later step
// (the links to provider accounts are already stored per municipality).
import type { StaffRole } from '../access/index.ts';
import { key, parsers } from '../../platform/config/config-keys.ts';

const staffRoles: StaffRole[] = [
  'clerk',
  'head_of_department',
  'records_manager',
  'treasury',
  'council_office',
  'admin',
];

/** One value of the role claim, and the role in a department (by its number) it grants. */
export interface OidcRoleMapping {
  claimValue: string;
  role: StaffRole;
  departmentNumber: string;
}

/** `rathaus-admin=admin@10,sachbearbeitung-buergerbuero=clerk@32.1` */
export function parseRoleMapping(raw: string): OidcRoleMapping[] {
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const match = /^([^=\s]+)=([a-z_]+)@(\S{1,20})$/.exec(entry);
      if (!match) throw new Error(`"${entry}" hat nicht die Form gruppe=rolle@amtsnummer`);
      const [, claimValue, role, departmentNumber] = match as unknown as [string, string, string, string];
      if (!(staffRoles as string[]).includes(role))
        throw new Error(`unbekannte Rolle "${role}"; erlaubt: ${staffRoles.join(', ')}`);
      return { claimValue, role: role as StaffRole, departmentNumber };
    });
}

export const oidcConfig = {
  issuer: key<string | undefined>({
    env: 'OIDC_ISSUER',
    description:
      'Aussteller (Issuer) des OpenID-Connect-Anbieters für die Anmeldung der Mitarbeitenden, z. B. https://login.example.de/realms/rathaus; leer = keine Anmeldung über OpenID Connect',
    default: undefined,
    parse: parsers.url('https:', 'http:'),
  }),
  clientId: key<string | undefined>({
    env: 'OIDC_CLIENT_ID',
    description: 'Client-ID des Rathauses beim OpenID-Connect-Anbieter',
    default: undefined,
    parse: parsers.string,
  }),
  clientSecret: key<string | undefined>({
    env: 'OIDC_CLIENT_SECRET',
    description: 'Client-Secret des Rathauses beim OpenID-Connect-Anbieter',
    default: undefined,
    parse: parsers.string,
  }),
  roleClaim: key({
    env: 'OIDC_ROLE_CLAIM',
    description: 'Name des Claims mit den Gruppen bzw. Rollen der Person',
    default: 'roles',
    parse: parsers.string,
  }),
  roleMapping: key<OidcRoleMapping[]>({
    env: 'OIDC_ROLE_MAPPING',
    description:
      'Welche Gruppe welche Rolle in welchem Amt gibt: gruppe=rolle@amtsnummer, durch Kommas getrennt (z. B. rathaus-admin=admin@10,sachbearbeitung-buergerbuero=clerk@32.1)',
    default: [],
    parse: parseRoleMapping,
  }),
  buttonLabel: key({
    env: 'OIDC_BUTTON_LABEL',
    description: 'Beschriftung der Schaltfläche auf der Anmeldeseite',
    default: 'Mit dem Verwaltungskonto anmelden',
    parse: parsers.string,
  }),
};
