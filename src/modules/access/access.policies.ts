// Who may do what. Read this file to know it: staff get permissions through their roles, API clients
// through their scopes. A permission lists both explicitly; an empty `scopes` means people only.
import type { Actor, StaffRole, TrustLevel } from './access.types.ts';
import { accessErrors } from './access.errors.ts';

const allStaff: StaffRole[] = [
  'clerk',
  'head_of_department',
  'records_manager',
  'treasury',
  'council_office',
  'admin',
];

/** The scopes an administrator can give an API client. */
export const apiScopes = ['operations.read', 'records.read', 'records.write', 'invoices.submit'] as const;
export type ApiScope = (typeof apiScopes)[number];

export function isApiScope(name: string): name is ApiScope {
  return (apiScopes as readonly string[]).includes(name);
}

interface PermissionRule {
  roles: readonly StaffRole[];
  /** 'any': every API client, whatever its scopes. */
  scopes: readonly ApiScope[] | 'any';
  /** Held by every signed-in citizen (Bürgerkonto); staff and API clients never hold it through this. */
  citizens?: true;
}

export const permissions = {
  /** Enter the staff area at all. Pages for people: no API client reaches them. */
  'staff.area': { roles: allStaff, scopes: [] },
  /** See the platform's operations pages: failed jobs, outgoing mail. */
  'platform.operate': { roles: ['admin'], scopes: [] },
  /** Read operations data as JSON (the machine counterpart of the pages above; API to come). */
  'operations.read': { roles: ['admin'], scopes: ['operations.read'] },
  /** Create and revoke API clients and their tokens. */
  'identity.manage_api_clients': { roles: ['admin'], scopes: [] },
  /** Administer departments, people and their roles, and substitutes for anyone. */
  'identity.administer': { roles: ['admin'], scopes: [] },
  /** Read the audit trail of any object (Registratur and administrators). */
  'audit.read': { roles: ['records_manager', 'admin'], scopes: [] },
  /** Ask who one is (GET /api/v1/me): anyone signed in, any API client. */
  'api.me': { roles: allStaff, scopes: 'any' },
  /**
   * Use the E-Akte at all: file plan, files, cases, documents, search. Which records a person then sees
   * is decided per record by records.policies.ts (department, confidentiality, substitutes), in the query.
   */
  'records.read': { roles: allStaff, scopes: ['records.read'] },
  /** Create files, cases and documents, upload versions, edit metadata, move cases, close files. */
  'records.write': {
    roles: ['clerk', 'head_of_department', 'records_manager'],
    scopes: ['records.write'],
  },
  /** Maintain the file plan (Aktenplan): nodes, CSV import, retention defaults. */
  'records.manage_plan': { roles: ['records_manager', 'admin'], scopes: [] },
  /** Maintain the service catalogue (Leistungen): descriptions, fees, online status, notice templates. */
  'portal.manage_catalogue': { roles: ['admin'], scopes: [] },
  /**
   * Work applications of the online services: the department inbox, claim, query the citizen, decide with a
   * notice, close. Which applications a person sees is decided per department in the query.
   */
  'portal.work_applications': { roles: ['clerk', 'head_of_department'], scopes: [] },
  /**
   * The dog tax register (Hundesteuer): accept registrations, decide reliefs, book payments, the annual run
   * and the direct-debit files. Treasury staff (Steueramt, Stadtkasse).
   */
  'dogtax.work': { roles: ['treasury'], scopes: [] },
  /**
   * The Fundbüro (lost and found, Bürgerbüro): register found items, accept online find reports, confirm
   * or dismiss matches with loss reports, hand items over, record the end of an item's life.
   */
  'lostfound.work': { roles: ['clerk', 'head_of_department'], scopes: [] },
  /**
   * Incoming invoices (Rechnungseingang): see invoices and their validation report, upload them, comment, and
   * sign approval steps — which steps and up to which amount is each person's signing limit
   * (invoices_signing_limits), not a role.
   */
  'invoices.work': { roles: ['clerk', 'head_of_department', 'treasury'], scopes: [] },
  /** Suppliers' and portals' systems deliver invoices (XML or ZUGFeRD PDF) through the API. */
  'invoices.submit': { roles: [], scopes: ['invoices.submit'] },
  /** The Kämmerei: assign invoices of the manual queue to departments, payment runs (pain.001). */
  'invoices.manage': { roles: ['treasury'], scopes: [] },
  /** Use one's own citizen account: profile, applications and Postfach. Citizens only. */
  'citizen.account': { roles: [], scopes: [], citizens: true },
} satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof permissions;

export function isPermission(name: string): name is Permission {
  return Object.hasOwn(permissions, name);
}

/** Staff: through any of their roles (in any department). API clients: through any of their scopes. */
export function hasPermission(actor: Actor, permission: Permission): boolean {
  const rule: PermissionRule = permissions[permission];
  if (actor.kind === 'staff')
    return (
      actor.roles.some((grant) => rule.roles.includes(grant.role)) ||
      onBehalfOf(actor, permission) !== undefined
    );
  if (actor.kind === 'citizen') return rule.citizens === true;
  if (rule.scopes === 'any') return true;
  const granted = rule.scopes;
  return actor.scopes.some((scope) => isApiScope(scope) && granted.includes(scope));
}

/**
 * Whom a staff member acts for when using this permission: the absent person's id when the permission
 * comes only through a substitution (Vertretung), undefined when the actor holds it personally (or not at
 * all). Audit entries record it as on_behalf_of.
 */
export function onBehalfOf(actor: Actor, permission: Permission): string | undefined {
  if (actor.kind !== 'staff') return undefined;
  const rule: PermissionRule = permissions[permission];
  if (actor.roles.some((grant) => rule.roles.includes(grant.role))) return undefined;
  return actor.actingFor?.find((absent) => absent.roles.some((grant) => rule.roles.includes(grant.role)))
    ?.staffId;
}

const trustRank: Record<TrustLevel, number> = { basic: 0, substantial: 1, high: 2 };

/**
 * For services that need a surer identity than e-mail and password (eIDAS "substantial" or "high",
 * e.g. through BundID): throws access.trust_level_too_low when the citizen's session is below `level`.
 */
export function requireTrustLevel(actor: Actor | undefined, level: TrustLevel): void {
  if (!actor) throw accessErrors.unauthenticated();
  if (actor.kind !== 'citizen') throw accessErrors.forbidden();
  if (trustRank[actor.trustLevel] < trustRank[level])
    throw accessErrors.trust_level_too_low({ required: level });
}
