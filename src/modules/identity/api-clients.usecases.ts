// API clients: other systems of the municipality call the JSON API with a bearer token `rh_…`.
// The token is shown once, at creation; the database keeps only its SHA-256 and its first 8
// characters (to recognise it in the list).
import { createHash, randomBytes } from 'node:crypto';
import type { TenantScope } from '../../platform/db/tenant-scope.ts';
import { isApiScope, type ApiClientActor, type ApiScope } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { createApiClientsRepository, type ApiClientTables } from './api-clients.repository.ts';

export type ApiClientsScope = TenantScope<ApiClientTables>;

/** The administrator who creates or revokes a client, as the audit trail names them. */
export interface ApiClientAdministrator {
  type: 'staff';
  id: string;
  onBehalfOf?: string | null;
}

const TOKEN_PREFIX = 'rh_';
const tokenPattern = /^rh_[A-Za-z0-9_-]{43}$/;
/** last_used_at is written at most this often per client. */
const touchEveryMs = 60_000;

/** `rh_` and 256 random bits, base64url without padding. */
export function newApiToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function apiTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token from `Authorization: Bearer rh_…`; anything else is not ours and is never looked up. */
export function bearerTokenOf(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  const token = match?.[1];
  return token && tokenPattern.test(token) ? token : undefined;
}

export function hasBearerAuthorization(authorization: string | undefined): boolean {
  return /^Bearer\s/i.test(authorization ?? '');
}

export interface ApiClientInput {
  name: string;
  scopes: string[];
}

export type ApiClientInputError = { field: 'name' | 'scopes'; problem: 'missing' | 'too_long' | 'unknown' };

export function validateApiClientInput(
  input: ApiClientInput,
): { ok: true; value: { name: string; scopes: ApiScope[] } } | { ok: false; errors: ApiClientInputError[] } {
  const errors: ApiClientInputError[] = [];
  const name = input.name.trim();
  if (name === '') errors.push({ field: 'name', problem: 'missing' });
  else if (name.length > 200) errors.push({ field: 'name', problem: 'too_long' });
  const scopes = [...new Set(input.scopes)];
  if (!scopes.every(isApiScope)) errors.push({ field: 'scopes', problem: 'unknown' });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { name, scopes: scopes.filter(isApiScope) } };
}

/**
 * Creates a client and returns its token: the only time the token exists outside the caller's system.
 * Audited with its name and scopes (a new way into the municipality's data), never with the token.
 */
export async function createApiClient({
  scope,
  audit,
  actor,
  name,
  scopes,
  now,
}: {
  scope: ApiClientsScope;
  audit: AuditTrail;
  actor: ApiClientAdministrator;
  name: string;
  scopes: ApiScope[];
  now: Date;
}): Promise<{ client: { id: string; name: string; token: string } }> {
  const token = newApiToken();
  const id = await scope(async (trx) => {
    const clientId = await createApiClientsRepository({ trx }).insert({
      name,
      scopes,
      tokenPrefix: token.slice(0, 8),
      tokenHash: apiTokenHash(token),
      createdBy: actor.id,
      now,
    });
    await audit.append(trx, {
      actor,
      action: 'identity.api_client_created',
      object: { type: 'api_client', id: clientId },
      summary: { name, scopes, tokenPrefix: token.slice(0, 8) },
    });
    return clientId;
  });
  return { client: { id, name, token } };
}

export async function listApiClients({ scope }: { scope: ApiClientsScope }) {
  return { clients: await scope((trx) => createApiClientsRepository({ trx }).list()) };
}

/**
 * Revoking twice is no error (and audited once); an unknown id (or one of another municipality) is
 * `found: false`.
 */
export async function revokeApiClient({
  scope,
  audit,
  actor,
  id,
  now,
}: {
  scope: ApiClientsScope;
  audit: AuditTrail;
  actor: ApiClientAdministrator;
  id: string;
  now: Date;
}): Promise<{ found: boolean }> {
  return scope(async (trx) => {
    const repository = createApiClientsRepository({ trx });
    if (await repository.revoke(id, now)) {
      await audit.append(trx, {
        actor,
        action: 'identity.api_client_revoked',
        object: { type: 'api_client', id },
        summary: {},
      });
      return { found: true };
    }
    return { found: await repository.exists(id) };
  });
}

/**
 * The API client behind a bearer token in this municipality, or none when the token is malformed,
 * unknown here (another municipality's token included) or revoked.
 */
export async function resolveApiClient({
  scope,
  token,
  now,
}: {
  scope: ApiClientsScope;
  token: string | undefined;
  now: Date;
}): Promise<{ actor: ApiClientActor | undefined }> {
  if (!token) return { actor: undefined };
  const tokenHash = apiTokenHash(token);
  return scope(async (trx) => {
    const repository = createApiClientsRepository({ trx });
    const client = await repository.findByTokenHash(tokenHash);
    if (!client || client.revokedAt) return { actor: undefined };
    if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() >= touchEveryMs)
      await repository.touch(client.id, now);
    return {
      actor: {
        kind: 'api_client',
        id: client.id,
        tenantId: client.tenantId,
        name: client.name,
        scopes: client.scopes,
      },
    };
  });
}
