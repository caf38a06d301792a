// The visibility rule exists twice — visibleWhere (SQL, for lists) and maySee (one loaded record). On the
// real database, with randomly generated people and records, both must pick exactly the same records,
// and the list queries that use the SQL form must return what maySee allows and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { ApiClientActor, StaffActor, StaffRole } from '../access/index.ts';
import { createCaseReadRepository } from './records.cases.read.repository.ts';
import { createCasesRepository } from './records.cases.repository.ts';
import { recordsTestDatabase } from './records.core.test-database.ts';
import { createFilesRepository } from './records.files.repository.ts';
import {
  confidentialityLevels,
  maySee,
  mayChange,
  recordsViewer,
  visibleWhere,
  type RecordsViewer,
} from './records.policies.ts';

const roles: StaffRole[] = [
  'clerk',
  'head_of_department',
  'records_manager',
  'treasury',
  'council_office',
  'admin',
];

function randomness(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    some: <T>(items: readonly T[], chance: number): T[] => items.filter(() => next() < chance),
  };
}

test('maySee and visibleWhere agree for random people and records, and the lists return exactly what maySee allows', async (t) => {
  const env = await recordsTestDatabase(t);
  const random = randomness(20260302);
  const departmentIds = [...env.departments.values()];
  const staffIds = env.staff.map((person) => person.id);
  const planNodeIds = [...env.nodes.values()];
  // A rare role (records_manager, admin) mostly not, so the other rules get exercised.
  const grantsOf = () =>
    random.some(departmentIds, 0.25).map((departmentId) => ({
      role: random.next() < 0.1 ? random.pick(roles) : random.pick(roles.slice(0, 2)),
      departmentId,
    }));

  const records = await env.scope(async (trx) => {
    const files = createFilesRepository({ trx });
    const cases = createCasesRepository({ trx });
    const created: {
      id: string;
      departmentId: string;
      confidentiality: (typeof confidentialityLevels)[number];
      responsibleStaffId: string | null;
      caseId: string;
    }[] = [];
    for (let index = 0; index < 240; index += 1) {
      const facts = {
        departmentId: random.pick(departmentIds),
        confidentiality: random.pick(confidentialityLevels),
        responsibleStaffId: random.next() < 0.6 ? random.pick(staffIds) : null,
      };
      const id = await files.insertFile({
        ...facts,
        planNodeId: random.pick(planNodeIds),
        reference: `T-${index}`,
        title: `Akte ${index}`,
        retentionYears: 10,
        disposal: 'review',
        createdBy: null,
        createdAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
      });
      const caseId = await cases.insertCase({
        fileId: id,
        number: 1,
        title: `Vorgang ${index}`,
        departmentId: facts.departmentId,
        responsibleStaffId: facts.responsibleStaffId,
        createdBy: null,
        createdAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
      });
      created.push({ id, ...facts, caseId });
    }
    return created;
  });

  const viewers: RecordsViewer[] = [];
  for (let index = 0; index < 120; index += 1) {
    if (index % 10 === 0) {
      const client: ApiClientActor = {
        kind: 'api_client',
        id: randomUUID(),
        tenantId: env.tenant.id,
        name: 'x',
        scopes: random.some(['records.read', 'records.write'], 0.5),
      };
      viewers.push(recordsViewer(client));
      continue;
    }
    const actor: StaffActor = {
      kind: 'staff',
      id: random.next() < 0.7 ? random.pick(staffIds) : randomUUID(),
      tenantId: env.tenant.id,
      displayName: 'x',
      roles: grantsOf(),
      actingFor:
        random.next() < 0.3 ? [{ staffId: random.pick(staffIds), displayName: 'y', roles: grantsOf() }] : [],
    };
    viewers.push(recordsViewer(actor));
  }

  const ours = new Set(records.map((record) => record.id));
  let seenSomething = 0;
  let hiddenSomething = 0;
  for (const viewer of viewers) {
    const expected = new Set(records.filter((record) => maySee(viewer, record)).map((record) => record.id));
    const expectedCases = new Set(
      records.filter((record) => maySee(viewer, record)).map((record) => record.caseId),
    );
    const { bySql, listed, listedCases } = await env.scope(async (trx) => {
      const rows = await trx
        .selectFrom('records_files as f')
        .select('f.id')
        .where(
          visibleWhere(viewer, {
            departmentId: 'f.department_id',
            confidentiality: 'f.confidentiality',
            responsibleStaffId: 'f.responsible_staff_id',
          }),
        )
        .execute();
      const list = await createFilesRepository({ trx }).listFiles(viewer, {}, undefined, 1000);
      const caseList = await createCaseReadRepository({ trx }).listCases(viewer, {}, undefined, 1000);
      return {
        bySql: new Set(rows.map((row) => row.id).filter((id) => ours.has(id))),
        listed: new Set(list.map((row) => row.id).filter((id) => ours.has(id))),
        listedCases: new Set(
          caseList.map((row) => row.id).filter((id) => records.some((r) => r.caseId === id)),
        ),
      };
    });
    assert.deepEqual(
      [...bySql].sort(),
      [...expected].sort(),
      `visibleWhere vs maySee for ${JSON.stringify(viewer)}`,
    );
    assert.deepEqual([...listed].sort(), [...expected].sort(), 'file list');
    assert.deepEqual([...listedCases].sort(), [...expectedCases].sort(), 'case list');
    for (const record of records)
      if (mayChange(viewer, record)) assert.ok(maySee(viewer, record), 'change implies see');
    if (expected.size > 0) seenSomething += 1;
    if (expected.size < records.length) hiddenSomething += 1;
  }
  // The random mix must cover both sides, or the agreement above would prove little.
  assert.ok(
    seenSomething > 50 && hiddenSomething > 50,
    `${seenSomething} saw something, ${hiddenSomething} missed something`,
  );
});
