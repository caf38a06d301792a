// All SQL of the API clients (migration 0006-api-clients.sql). Runs inside a tenant scope like the rest
// of identity: row-level security limits every read to the scope's municipality.
import { sql, type ColumnType, type Generated } from 'kysely';
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';

export interface ApiClientTables {
  identity_api_clients: {
    tenant_id: string;
    id: Generated<string>;
    name: string;
    scopes: string[];
    token_prefix: string;
    token_hash: string;
    created_by: string;
    created_at: ColumnType<Date, Date, never>;
    last_used_at: Date | null;
    revoked_at: Date | null;
  };
}

const scopeTenant = sql<string>`app_tenant_id()`;

export function createApiClientsRepository({ trx }: { trx: TenantTransaction<ApiClientTables> }) {
  return {
    /** Newest first. A municipality has a handful of clients, so the list is not paged. */
    async list() {
      return trx
        .selectFrom('identity_api_clients')
        .select([
          'id',
          'name',
          'scopes',
          'token_prefix as tokenPrefix',
          'created_at as createdAt',
          'last_used_at as lastUsedAt',
          'revoked_at as revokedAt',
        ])
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
    },

    async insert(client: {
      name: string;
      scopes: string[];
      tokenPrefix: string;
      tokenHash: string;
      createdBy: string;
      now: Date;
    }): Promise<string> {
      const row = await trx
        .insertInto('identity_api_clients')
        .values({
          tenant_id: scopeTenant,
          name: client.name,
          scopes: client.scopes,
          token_prefix: client.tokenPrefix,
          token_hash: client.tokenHash,
          created_by: client.createdBy,
          created_at: client.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async findByTokenHash(tokenHash: string) {
      return trx
        .selectFrom('identity_api_clients')
        .select([
          'tenant_id as tenantId',
          'id',
          'name',
          'scopes',
          'last_used_at as lastUsedAt',
          'revoked_at as revokedAt',
        ])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    async touch(id: string, now: Date) {
      await trx.updateTable('identity_api_clients').set({ last_used_at: now }).where('id', '=', id).execute();
    },

    /** Whether a client that was not yet revoked is revoked now. */
    async revoke(id: string, now: Date): Promise<boolean> {
      const result = await trx
        .updateTable('identity_api_clients')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async exists(id: string): Promise<boolean> {
      const row = await trx
        .selectFrom('identity_api_clients')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
