// Puts the citizens module together for app.ts: its routes and the citizen behind a request.
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { tenantScope } from '../../platform/db/tenant-scope.ts';
import type { RouteDefinition } from '../../platform/http/route.ts';
import type { Mailer } from '../../platform/mail/index.ts';
import type { CitizenActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import {
  createPasswords,
  defaultSessionPolicy,
  type PasswordCost,
  type SessionPolicy,
} from '../identity/index.ts';
import { parseLevelMapping, defaultLevelMapping } from './citizens.oidc.config.ts';
import type { CitizenOidcSettings } from './citizens.oidc.routes.ts';
import { CITIZEN_SESSION_COOKIE, createCitizenRoutes } from './citizens.routes.ts';
import { resolveCitizenSession } from './citizens.sessions.ts';
import type { CitizenTables } from './citizens.tables.ts';

export interface CitizensOptions {
  db: Kysely<unknown>;
  secureCookies: boolean;
  audit: AuditTrail;
  mailer: Mailer;
  publicUrl?: string | undefined;
  now?: () => Date;
  /** Idle 30 min, absolute 10 h: the same as staff sessions. */
  sessionPolicy?: SessionPolicy;
  passwordCost?: PasswordCost;
  /** Sign-in through a state identity service (BundID); off (routes answer 404) without an issuer. */
  oidc?: CitizenOidcSettings;
}

export interface CitizensModule {
  routes: RouteDefinition[];
  /** The signed-in citizen of this request's municipality; never for a request with a bearer token. */
  resolveActor: (request: FastifyRequest) => Promise<CitizenActor | undefined>;
}

const oidcOff: CitizenOidcSettings = {
  issuer: undefined,
  clientId: undefined,
  clientSecret: undefined,
  label: 'BundID',
  scopes: 'openid profile email',
  levelClaim: 'acr',
  levelMapping: parseLevelMapping(defaultLevelMapping),
  acrValues: undefined,
};

export function createCitizens(options: CitizensOptions): CitizensModule {
  const db = options.db as Kysely<CitizenTables>;
  const now = options.now ?? (() => new Date());
  const policy = options.sessionPolicy ?? defaultSessionPolicy;
  return {
    routes: createCitizenRoutes({
      db,
      passwords: createPasswords(options.passwordCost),
      audit: options.audit,
      mailer: options.mailer,
      now,
      policy,
      secureCookies: options.secureCookies,
      publicUrl: options.publicUrl,
      oidc: options.oidc ?? oidcOff,
    }),
    async resolveActor(request) {
      // A machine request is judged by its token alone, never by a cookie it may carry.
      if (request.headers.authorization?.startsWith('Bearer ')) return undefined;
      const tenant = request.ctx.tenant;
      const token = request.cookies[CITIZEN_SESSION_COOKIE];
      if (!tenant || !token) return undefined;
      const { actor } = await resolveCitizenSession({
        scope: tenantScope(db, tenant.id),
        token,
        now: now(),
        policy,
      });
      return actor;
    },
  };
}
