// Puts the identity module together for app.ts: its routes and the actor behind a request.
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import type { RouteDefinition } from '../../platform/http/route.ts';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import { createApiClients } from './api-clients.module.ts';
import { createPasswords, type PasswordCost } from './identity.passwords.ts';
import { createIdentityRoutes } from './identity.routes.ts';
import { createTotpRoutes } from './identity.totp.routes.ts';
import { createAdminRoutes } from './identity.admin.routes.ts';
import { createSubstitutesRoutes } from './identity.substitutes.routes.ts';
import { withActingFor } from './identity.substitutes.usecases.ts';
import { createOidcRoutes, type OidcSettings } from './identity.oidc.routes.ts';
import type { OidcTables } from './identity.oidc.repository.ts';
import { SESSION_COOKIE, defaultSessionPolicy, type SessionPolicy } from './identity.sessions.ts';
import type { IdentityTables } from './identity.tables.ts';
import { resolveSession } from './identity.usecases.ts';

export interface IdentityOptions {
  db: Kysely<unknown>;
  /** Mark the session cookie Secure (the installation is served over HTTPS). */
  secureCookies: boolean;
  /** Where sign-ins, failed sign-ins and sign-outs are recorded. */
  audit: AuditTrail;
  now?: () => Date;
  sessionPolicy?: SessionPolicy;
  /** Cost of the argon2id hashes this module computes; production strength unless a test says otherwise. */
  passwordCost?: PasswordCost;
  /** Staff sign-in through OpenID Connect; its routes answer 404 while no issuer is configured. */
  oidc?: OidcSettings;
}

export interface IdentityModule {
  routes: RouteDefinition[];
  /** The signed-in staff member or the API client (bearer token) of this request's municipality. */
  resolveActor: (request: FastifyRequest) => Promise<Actor | undefined>;
}

const oidcOff: OidcSettings = {
  issuer: undefined,
  clientId: undefined,
  clientSecret: undefined,
  roleClaim: 'roles',
  roleMapping: [],
  buttonLabel: '',
};

export function createIdentity(options: IdentityOptions): IdentityModule {
  const db = options.db as Kysely<IdentityTables>;
  const now = options.now ?? (() => new Date());
  const policy = options.sessionPolicy ?? defaultSessionPolicy;
  const passwords = createPasswords(options.passwordCost);
  const apiClients = createApiClients({ db: options.db, audit: options.audit, now });
  return {
    routes: [
      ...createIdentityRoutes({
        db,
        passwords,
        audit: options.audit,
        now,
        policy,
        secureCookies: options.secureCookies,
        oidcLabel: options.oidc?.issuer ? options.oidc.buttonLabel : undefined,
      }),
      ...createOidcRoutes({
        db: options.db as Kysely<OidcTables>,
        settings: options.oidc ?? oidcOff,
        audit: options.audit,
        now,
        policy,
        secureCookies: options.secureCookies,
      }),
      ...apiClients.routes,
      ...createTotpRoutes({ db, audit: options.audit, now, policy, secureCookies: options.secureCookies }),
      ...createAdminRoutes({ db, audit: options.audit, passwords }),
      ...createSubstitutesRoutes({ db, audit: options.audit, now }),
    ],
    async resolveActor(request) {
      const bearer = await apiClients.resolveBearer(request);
      if (bearer) return bearer.actor;
      const tenant = request.ctx.tenant;
      const token = request.cookies[SESSION_COOKIE];
      // Without a cookie (most portal requests) the database is not asked at all.
      if (!tenant || !token) return undefined;
      const { actor } = await resolveSession({
        scope: tenantScope(db, tenant.id),
        token,
        now: now(),
        policy,
      });
      return actor && withActingFor({ scope: tenantScope(db, tenant.id), actor, now: now() });
    },
  };
}
