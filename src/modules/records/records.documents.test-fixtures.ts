// Files and cases for the documents tests, written straight into the 0012 tables (so these tests do not
// depend on the core pages), and a multipart request builder for uploads through app.inject.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { seedIdentityDemo, testPasswordCost } from '../identity/index.ts';
import { createFsBlobStore } from '../../platform/blobs/fs-blob-store.ts';
import type { PlatformTables } from '../../platform/db/platform-tables.ts';
import { withTenant } from '../../platform/db/tenant-scope.ts';
import { createTenantsRepository } from '../../platform/tenancy/tenants.repository.ts';
import { createMigratedTestDatabase } from '../../test-database.ts';
import { defaultIngestSettings } from './records.ingest.ts';
import type { StaffRole } from '../access/index.ts';
import type { Confidentiality } from './records.policies.ts';

export const people = {
  clerk: 'jonas.becker@leichlingen.example', // clerk, 32.1 Bürgerbüro
  socialClerk: 'aylin.yilmaz@leichlingen.example', // clerk, 50 Sozialamt
  head: 'michael.braun@leichlingen.example', // head of 32 Ordnungsamt
  registry: 'sabine.wagner@leichlingen.example', // records manager
  admin: 'katrin.hoffmann@leichlingen.example', // admin: audit.read, no records.write
};

/** Two municipalities with the demo people, a blob store and a staging directory; no HTTP server. */
export async function createDocumentsWorld(t: { after: (fn: () => Promise<void>) => void }) {
  const database = await createMigratedTestDatabase<unknown>();
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rathaus-documents-'));
  t.after(async () => {
    await database.close();
    await rm(directory, { recursive: true, force: true });
  });
  const db = database.db;
  const tenants = createTenantsRepository({ db: db as Kysely<PlatformTables> });
  const a = await tenants.upsert({ slug: 'stadt-a', name: 'Stadt A', hosts: ['a.test'] });
  const b = await tenants.upsert({ slug: 'stadt-b', name: 'Stadt B', hosts: ['b.test'] });
  for (const tenant of [a, b])
    await seedIdentityDemo({ db, tenantId: tenant.id, passwordCost: testPasswordCost });
  const blobs = createFsBlobStore({ directory: path.join(directory, 'blobs') });
  const settings = { ...defaultIngestSettings, stagingDirectory: path.join(directory, 'staging') };
  return { db, blobs, a, b, directory, settings };
}

export type DocumentsWorld = Awaited<ReturnType<typeof createDocumentsWorld>>;

/** A clerk of `department` as the records use cases see them (roles as identity would resolve them). */
export async function staffCaller(db: Kysely<unknown>, tenantId: string, email: string) {
  return withTenant(db, tenantId, async (trx) => {
    const { rows } = await sql<{ id: string; name: string; role: string; departmentId: string }>`
      select s.id, s.display_name as name, r.role, r.department_id as "departmentId"
      from identity_staff s join identity_staff_roles r on r.staff_id = s.id where s.email = ${email}`.execute(
      trx,
    );
    const first = rows[0]!;
    return {
      kind: 'staff' as const,
      id: first.id,
      tenantId,
      displayName: first.name,
      roles: rows.map((row) => ({ role: row.role as StaffRole, departmentId: row.departmentId })),
    };
  });
}

let counter = 0;

/** A file of `department` with one open case; returns their ids. */
export async function seedCase(
  db: Kysely<unknown>,
  tenantId: string,
  options: { department: string; confidentiality?: Confidentiality; fileTitle?: string; caseTitle?: string },
) {
  counter += 1;
  const code = `98.${counter}.${randomUUID()
    .slice(0, 4)
    .replace(/[^0-9a-z]/g, 'x')}`;
  return withTenant(db, tenantId, async (trx) => {
    const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(trx)).rows[0]!;
    const department = await one(
      sql<{ id: string }>`select id from identity_departments where number = ${options.department}`,
    );
    const node = await one(sql<{ id: string }>`insert into records_plan_nodes (tenant_id, code, title)
      values (app_tenant_id(), ${code}, 'Testgruppe Dokumente') returning id`);
    const file = await one(sql<{ id: string }>`insert into records_files
      (tenant_id, plan_node_id, reference, title, department_id, confidentiality, retention_years, disposal)
      values (app_tenant_id(), ${node.id}, ${`${code}-0001/2026`}, ${options.fileTitle ?? 'Testakte Dokumente'},
        ${department.id}, ${options.confidentiality ?? 'internal'}, 10, 'destroy') returning id`);
    const kase = await one(sql<{ id: string }>`insert into records_cases
      (tenant_id, file_id, number, title, department_id)
      values (app_tenant_id(), ${file.id}, 1, ${options.caseTitle ?? 'Antrag Führungszeugnis'}, ${department.id})
      returning id`);
    return { fileId: file.id, caseId: kase.id, reference: `${code}-0001/2026` };
  });
}

export async function closeFile(db: Kysely<unknown>, tenantId: string, fileId: string) {
  await withTenant(db, tenantId, async (trx) => {
    await sql`update records_cases set status = 'closed', closed_at = now() where file_id = ${fileId}`.execute(
      trx,
    );
    await sql`update records_files set status = 'closed', closed_at = now() where id = ${fileId}`.execute(
      trx,
    );
  });
}

export interface Part {
  name: string;
  value?: string;
  file?: { fileName: string; content: Buffer; contentType?: string };
}

/** A multipart/form-data body as a browser sends it. */
export function multipartBody(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----rathaus${randomUUID().replaceAll('-', '')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.file
      ? `form-data; name="${part.name}"; filename="${part.file.fileName.replaceAll('"', '%22')}"`
      : `form-data; name="${part.name}"`;
    const type = part.file ? `\r\nContent-Type: ${part.file.contentType ?? 'application/octet-stream'}` : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`, 'utf8'));
    chunks.push(part.file ? part.file.content : Buffer.from(part.value ?? '', 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Posts a multipart form with the cookies of a test browser (createBrowser's jar). */
export async function postMultipart(
  server: FastifyInstance,
  options: {
    host: string;
    jar?: Map<string, string>;
    url: string;
    parts: Part[];
    headers?: Record<string, string>;
  },
) {
  const { body, contentType } = multipartBody(options.parts);
  const cookie =
    options.jar && options.jar.size > 0
      ? [...options.jar].map(([k, v]) => `${k}=${v}`).join('; ')
      : undefined;
  return server.inject({
    method: 'POST',
    url: options.url,
    headers: {
      host: options.host,
      accept: 'text/html',
      'content-type': contentType,
      ...(cookie ? { cookie } : {}),
      ...options.headers,
    },
    payload: body,
  });
}
