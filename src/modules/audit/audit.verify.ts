// Verification of the audit trail: recomputes every municipality's chain in order and names the first
// entry that does not fit. Streams in batches (keyset on seq), so memory stays flat however long the chain.
import type { Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import { createTenantsRepository } from '../../platform/tenancy/tenants.repository.ts';
import { GENESIS_HASH, hashEntry } from './audit.hash.ts';
import { createAuditRepository } from './audit.repository.ts';
import type { AuditTables } from './audit.tables.ts';

export type AuditBreak = 'seq_gap' | 'prev_hash_mismatch' | 'hash_mismatch';

export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; tenantId: string; seq: string; entryId: string; reason: AuditBreak; entries: number };

/**
 * Without `tenantId`, every municipality's chain, stopping at the first broken one. `entries` counts the
 * entries found intact before the break. A chain cut off at its end (the newest entries removed) is not
 * detectable from the chain alone.
 */
export async function verifyAuditChain({
  db,
  tenantId,
  batchSize = 1000,
}: {
  db: Kysely<unknown>;
  tenantId?: string;
  batchSize?: number;
}): Promise<AuditVerification> {
  const tenantIds =
    tenantId !== undefined
      ? [tenantId]
      : (await createTenantsRepository({ db: db as Kysely<PlatformTables> }).list()).map((t) => t.id);
  let entries = 0;
  for (const id of tenantIds) {
    const result = await verifyTenantChain(db as Kysely<AuditTables>, id, batchSize);
    entries += result.entries;
    if (!result.ok) return { ...result, entries };
  }
  return { ok: true, entries };
}

async function verifyTenantChain(
  db: Kysely<AuditTables>,
  tenantId: string,
  batchSize: number,
): Promise<AuditVerification> {
  let expectedSeq = 1n;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for (;;) {
    // One short transaction per batch: a long verification holds no snapshot and blocks no writer.
    const batch = await withTenant(db, tenantId, (trx) =>
      createAuditRepository({ trx }).listAfter((expectedSeq - 1n).toString(), batchSize),
    );
    for (const row of batch) {
      const seq = String(row.seq);
      const broken = (reason: AuditBreak): AuditVerification => ({
        ok: false,
        tenantId,
        seq,
        entryId: row.id,
        reason,
        entries,
      });
      if (BigInt(seq) !== expectedSeq) return broken('seq_gap');
      if (row.prevHash !== prevHash) return broken('prev_hash_mismatch');
      if (hashEntry({ ...row, seq }) !== row.hash) return broken('hash_mismatch');
      prevHash = row.hash;
      expectedSeq += 1n;
      entries += 1;
    }
    if (batch.length < batchSize) return { ok: true, entries };
  }
}

const reasonText: Record<AuditBreak, string> = {
  seq_gap: 'Lücke in der Nummerierung (ein Eintrag davor fehlt)',
  prev_hash_mismatch: 'Verkettung zum vorigen Eintrag stimmt nicht',
  hash_mismatch: 'Inhalt wurde verändert (Prüfsumme stimmt nicht)',
};

/** `rathaus audit verify`: one German line per municipality; exit code 0 when all are intact, 1 if not. */
export async function auditCommand(
  db: Kysely<unknown>,
  print: (line: string) => void = (line) => console.log(line),
): Promise<number> {
  const tenants = await createTenantsRepository({ db: db as Kysely<PlatformTables> }).list();
  let exitCode = 0;
  for (const tenant of tenants) {
    const result = await verifyAuditChain({ db, tenantId: tenant.id });
    if (result.ok) {
      print(
        `${tenant.name} (${tenant.slug}): ${result.entries} Einträge geprüft, Protokollkette unversehrt.`,
      );
    } else {
      exitCode = 1;
      print(
        `${tenant.name} (${tenant.slug}): MANIPULATION ERKANNT bei Eintrag Nr. ${result.seq} ` +
          `(ID ${result.entryId}): ${reasonText[result.reason]}. ${result.entries} Einträge davor sind unversehrt.`,
      );
    }
  }
  if (tenants.length === 0) print('Keine Kommunen eingerichtet, kein Protokoll zu prüfen.');
  return exitCode;
}
