// Test data for the search, written straight into the 0012 tables with SQL (as an import or the ingest
// would), so every test also proves that the triggers of 0014 keep the index in step.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import type { Confidentiality, RecordsViewer } from './records.policies.ts';

export interface SearchWorld {
  db: Kysely<unknown>;
  tenantId: string;
  departments: Record<'buergerbuero' | 'bauaufsicht' | 'registratur', string>;
  staff: Record<'clerkBuergerbuero' | 'clerkBauaufsicht' | 'headBauaufsicht' | 'registrar', string>;
}

/** A municipality with three departments and four people (no accounts: the search needs none). */
export async function createSearchWorld(db: Kysely<unknown>, slug: string): Promise<SearchWorld> {
  const tenantId = randomUUID();
  await sql`insert into tenants (id, slug, name) values (${tenantId}, ${slug}, ${`Stadt ${slug}`})`.execute(
    db,
  );
  const departments = { buergerbuero: randomUUID(), bauaufsicht: randomUUID(), registratur: randomUUID() };
  const staff = {
    clerkBuergerbuero: randomUUID(),
    clerkBauaufsicht: randomUUID(),
    headBauaufsicht: randomUUID(),
    registrar: randomUUID(),
  };
  await withTenant(db, tenantId, async (trx) => {
    await sql`insert into identity_departments (tenant_id, id, number, name) values
      (${tenantId}, ${departments.buergerbuero}, '32.1', 'Bürgerbüro'),
      (${tenantId}, ${departments.bauaufsicht}, '63', 'Bauaufsicht'),
      (${tenantId}, ${departments.registratur}, '10.2', 'Registratur')`.execute(trx);
    for (const [name, id] of Object.entries(staff))
      await sql`insert into identity_staff (tenant_id, id, email, display_name)
        values (${tenantId}, ${id}, ${`${name.toLowerCase()}@${slug}.example`}, ${name})`.execute(trx);
  });
  return { db, tenantId, departments, staff };
}

export function viewers(
  world: SearchWorld,
): Record<
  'clerkBuergerbuero' | 'clerkBauaufsicht' | 'headBauaufsicht' | 'registrar' | 'apiClient',
  RecordsViewer
> {
  const { departments: d, staff: s } = world;
  const clerk = (staffId: string, departmentId: string): Extract<RecordsViewer, { kind: 'staff' }> => ({
    kind: 'staff',
    staffIds: [staffId],
    departmentIds: [departmentId],
    headedDepartmentIds: [],
    recordsManager: false,
    writableDepartmentIds: [departmentId],
  });
  return {
    clerkBuergerbuero: clerk(s.clerkBuergerbuero, d.buergerbuero),
    clerkBauaufsicht: clerk(s.clerkBauaufsicht, d.bauaufsicht),
    headBauaufsicht: { ...clerk(s.headBauaufsicht, d.bauaufsicht), headedDepartmentIds: [d.bauaufsicht] },
    registrar: {
      kind: 'staff',
      staffIds: [s.registrar],
      departmentIds: [d.registratur],
      headedDepartmentIds: [],
      recordsManager: true,
      writableDepartmentIds: [],
    },
    apiClient: { kind: 'api_client', mayWrite: false },
  };
}

export interface NewFile {
  department: keyof SearchWorld['departments'];
  planCode: string;
  planParentCode?: string;
  reference?: string;
  title?: string;
  confidentiality?: Confidentiality;
  responsibleStaffId?: string | null;
}

/** A file under the plan node `planCode` (created on first use) with one case. */
export async function createFileWithCase(world: SearchWorld, file: NewFile, caseTitle = 'Vorgang') {
  return withTenant(world.db, world.tenantId, async (trx) => {
    const parent = file.planParentCode
      ? (
          await sql<{
            id: string;
          }>`select id from records_plan_nodes where code = ${file.planParentCode}`.execute(trx)
        ).rows[0]?.id
      : null;
    await sql`insert into records_plan_nodes (tenant_id, parent_id, code, title)
      values (${world.tenantId}, ${parent ?? null}, ${file.planCode}, ${`Gruppe ${file.planCode}`})
      on conflict (tenant_id, code) do nothing`.execute(trx);
    const fileId = randomUUID();
    await sql`insert into records_files (tenant_id, id, plan_node_id, reference, title, department_id,
        responsible_staff_id, confidentiality, retention_years, disposal)
      select ${world.tenantId}, ${fileId}, id, ${file.reference ?? `${file.planCode}-${fileId.slice(0, 6)}/2026`},
        ${file.title ?? 'Akte'}, ${world.departments[file.department]}, ${file.responsibleStaffId ?? null},
        ${file.confidentiality ?? 'internal'}, 10, 'destroy'
      from records_plan_nodes where code = ${file.planCode}`.execute(trx);
    const caseId = randomUUID();
    await sql`insert into records_cases (tenant_id, id, file_id, number, title, department_id, responsible_staff_id)
      values (${world.tenantId}, ${caseId}, ${fileId}, 1, ${caseTitle}, ${world.departments[file.department]},
        ${file.responsibleStaffId ?? null})`.execute(trx);
    return { fileId, caseId };
  });
}

export interface NewDocument {
  caseId: string;
  title: string;
  text?: string;
  documentType?: string;
  receivedOn?: string;
  sender?: string;
  tags?: string[];
}

/** A document with version 1 and, when `text` is given, that version's extracted text. */
export async function addDocument(world: SearchWorld, document: NewDocument): Promise<string> {
  const id = randomUUID();
  await withTenant(world.db, world.tenantId, async (trx) => {
    await sql`insert into records_documents (tenant_id, id, case_id, title, document_type, received_on, sender, tags)
      values (${world.tenantId}, ${id}, ${document.caseId}, ${document.title}, ${document.documentType ?? 'letter'},
        ${document.receivedOn ?? '2026-03-02'}, ${document.sender ?? null}, ${document.tags ?? []})`.execute(
      trx,
    );
    await addVersionText(trx, world.tenantId, id, 1, document.text);
  });
  return id;
}

export async function addVersionText(
  trx: Parameters<Parameters<typeof withTenant>[2]>[0],
  tenantId: string,
  documentId: string,
  version: number,
  text: string | undefined,
) {
  await sql`insert into records_document_versions (tenant_id, document_id, version, content_sha256, byte_size,
      media_type, file_name, text_status)
    values (${tenantId}, ${documentId}, ${version}, ${'0'.repeat(63) + String(version)}, 100, 'application/pdf',
      'brief.pdf', ${text === undefined ? 'none' : 'extracted'})`.execute(trx);
  if (text !== undefined)
    await sql`insert into records_document_texts (tenant_id, document_id, version, source, body)
      values (${tenantId}, ${documentId}, ${version}, 'text_layer', ${text})`.execute(trx);
}
