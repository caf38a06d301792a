// Records for the workflow tests, written straight into the 0012 tables (a plan node, a file, a case, a
// document with version 1), so these tests do not depend on how the core pages create them.
import { sql, type Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { Confidentiality } from './records.policies.ts';

type Db = Kysely<unknown>;

async function rows<T>(db: Db, tenantId: string, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return withTenant(db, tenantId, async (trx) => (await query.execute(trx)).rows);
}

export async function staffIdOf(db: Db, tenantId: string, email: string): Promise<string> {
  const [row] = await rows(
    db,
    tenantId,
    sql<{ id: string }>`select id from identity_staff where email = ${email}`,
  );
  if (!row) throw new Error(`no staff ${email}`);
  return row.id;
}

export async function departmentIdOf(db: Db, tenantId: string, number: string): Promise<string> {
  const [row] = await rows(
    db,
    tenantId,
    sql<{ id: string }>`select id from identity_departments where number = ${number}`,
  );
  if (!row) throw new Error(`no department ${number}`);
  return row.id;
}

let counter = 0;

/** A file of `department` with one open case and one document (version 1); returns their ids. */
export async function seedCaseWithDocument(
  db: Db,
  tenantId: string,
  options: {
    department: string;
    confidentiality?: Confidentiality;
    /** E-mail of the person responsible for the case (and the file). */
    responsible?: string;
    caseTitle?: string;
    documentTitle?: string;
  },
) {
  counter += 1;
  const departmentId = await departmentIdOf(db, tenantId, options.department);
  const responsibleId = options.responsible ? await staffIdOf(db, tenantId, options.responsible) : null;
  return withTenant(db, tenantId, async (trx) => {
    const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(trx)).rows[0]!;
    const node = await one(sql<{ id: string }>`insert into records_plan_nodes (tenant_id, code, title)
      values (app_tenant_id(), ${`99.${counter}`}, 'Testgruppe') returning id`);
    const file = await one(sql<{ id: string }>`insert into records_files
      (tenant_id, plan_node_id, reference, title, department_id, responsible_staff_id, confidentiality,
       retention_years, disposal)
      values (app_tenant_id(), ${node.id}, ${`99.${counter}-0001/2026`}, 'Testakte', ${departmentId},
       ${responsibleId}, ${options.confidentiality ?? 'internal'}, 10, 'destroy') returning id`);
    const kase = await one(sql<{ id: string }>`insert into records_cases
      (tenant_id, file_id, number, title, department_id, responsible_staff_id)
      values (app_tenant_id(), ${file.id}, 1, ${options.caseTitle ?? 'Testvorgang'}, ${departmentId},
       ${responsibleId}) returning id`);
    const document = await one(sql<{ id: string }>`insert into records_documents
      (tenant_id, case_id, title, document_type)
      values (app_tenant_id(), ${kase.id}, ${options.documentTitle ?? 'Bescheidentwurf'}, 'notice') returning id`);
    await sql`insert into records_document_versions
      (tenant_id, document_id, version, content_sha256, byte_size, media_type, file_name)
      values (app_tenant_id(), ${document.id}, 1, ${'a'.repeat(64)}, 100, 'application/pdf', 'entwurf.pdf')`.execute(
      trx,
    );
    return { fileId: file.id, caseId: kase.id, documentId: document.id };
  });
}

/** What an upload of a new version does to the core tables: version n+1 becomes current. */
export async function uploadNewVersion(db: Db, tenantId: string, documentId: string): Promise<number> {
  return withTenant(db, tenantId, async (trx) => {
    const { rows: updated } = await sql<{ current_version: number }>`update records_documents
      set current_version = current_version + 1 where id = ${documentId} returning current_version`.execute(
      trx,
    );
    const version = updated[0]!.current_version;
    await sql`insert into records_document_versions
      (tenant_id, document_id, version, content_sha256, byte_size, media_type, file_name)
      values (app_tenant_id(), ${documentId}, ${version}, ${'b'.repeat(64)}, 120, 'application/pdf', 'entwurf-2.pdf')`.execute(
      trx,
    );
    return version;
  });
}

/** `substitute` stands in for `absent` over the given days (both included). */
export async function nameSubstitute(
  db: Db,
  tenantId: string,
  absent: string,
  substitute: string,
  from = '2026-03-01',
  until = '2026-03-31',
) {
  const absentId = await staffIdOf(db, tenantId, absent);
  const substituteId = await staffIdOf(db, tenantId, substitute);
  await withTenant(db, tenantId, (trx) =>
    sql`insert into identity_substitutes (tenant_id, absent_staff_id, substitute_staff_id, from_date, until_date, created_by)
      values (app_tenant_id(), ${absentId}, ${substituteId}, ${from}, ${until}, ${absentId})`.execute(trx),
  );
}

export async function grantRole(db: Db, tenantId: string, email: string, department: string, role: string) {
  const staffId = await staffIdOf(db, tenantId, email);
  const departmentId = await departmentIdOf(db, tenantId, department);
  await withTenant(db, tenantId, (trx) =>
    sql`insert into identity_staff_roles (tenant_id, staff_id, department_id, role)
      values (app_tenant_id(), ${staffId}, ${departmentId}, ${role})`.execute(trx),
  );
}

export async function auditOf(db: Db, tenantId: string, actionPrefix: string) {
  return rows(
    db,
    tenantId,
    sql<{
      action: string;
      actor_id: string;
      on_behalf_of: string | null;
      object_type: string;
      object_id: string;
      summary: Record<string, unknown>;
    }>`select action, actor_id, on_behalf_of, object_type, object_id, summary from audit_entries
      where action like ${`${actionPrefix}%`} order by seq`,
  );
}

export async function query<T>(db: Db, tenantId: string, statement: ReturnType<typeof sql<T>>) {
  return rows(db, tenantId, statement);
}
