// Importing a file plan from CSV (code;title;retention_years;disposal;confidentiality). Every row is checked
// first and all problems are reported by line; only a file without any problem is written, in one
// transaction with its audit entries. Existing groups (same code) get the file's values; new ones are added.
import type { Text } from '../../platform/i18n/i18n.ts';
import type { StaffActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { planAuditActor } from './records.core.actor.ts';
import type { Confidentiality } from './records.policies.ts';
import { decodeCsvBytes, parseSemicolonCsv } from './records.plan-import.csv.ts';
import { importText } from './records.plan.messages.ts';
import { createPlanRepository, type PlanNodeRow, type PlanNodeValues } from './records.plan.repository.ts';
import { buildPlanTree, isValidPlanCode, parentCodeOf, type RecordsScope } from './records.plan.usecases.ts';
import type { Disposal } from './records.tables.ts';

export const MAX_IMPORT_ROWS = 5000;

export interface ImportProblem {
  line: number;
  text: Text;
  values?: Record<string, string | number>;
}

export interface PlannedRow extends PlanNodeValues {
  line: number;
  code: string;
}

// German and English words, and the letters of the KGSt plans (A archivwürdig, V vernichten, B bewerten).
const disposalWords: Record<string, Disposal> = {
  destroy: 'destroy',
  vernichten: 'destroy',
  v: 'destroy',
  archive: 'archive',
  archivieren: 'archive',
  archiv: 'archive',
  a: 'archive',
  review: 'review',
  prüfen: 'review',
  bewerten: 'review',
  b: 'review',
};
const confidentialityWords: Record<string, Confidentiality> = {
  open: 'open',
  offen: 'open',
  internal: 'internal',
  intern: 'internal',
  confidential: 'confidential',
  vertraulich: 'confidential',
};
const headerWords = ['code', 'kennzeichen', 'aktenplankennzeichen'];

/** Parses and checks the rows; nothing is written here. */
export function checkPlanRows(bytes: Uint8Array): { rows: PlannedRow[]; problems: ImportProblem[] } {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { rows: [], problems: [{ line: 1, text: decoded.text }] };
  const parsed = parseSemicolonCsv(decoded.text);
  if (!parsed.ok)
    return { rows: [], problems: [{ line: parsed.line, text: parsed.text, values: { line: parsed.line } }] };
  let records = parsed.records;
  if (records[0] && headerWords.includes(records[0].fields[0]!.trim().toLowerCase()))
    records = records.slice(1);
  if (records.length === 0) return { rows: [], problems: [{ line: 1, text: importText.empty }] };
  if (records.length > MAX_IMPORT_ROWS)
    return {
      rows: [],
      problems: [{ line: 1, text: importText.tooManyRows, values: { max: MAX_IMPORT_ROWS } }],
    };

  const problems: ImportProblem[] = [];
  const rows: PlannedRow[] = [];
  for (const { line, fields } of records) {
    const problem = (text: Text, values: Record<string, string | number> = {}) =>
      problems.push({ line, text, values: { line, ...values } });
    if (fields.slice(5).some((value) => value.trim() !== '')) {
      problem(importText.tooManyColumns, { count: fields.length });
      continue;
    }
    const [code = '', title = '', retention = '', disposal = '', confidentiality = ''] = fields.map((value) =>
      value.trim(),
    );
    const cleanTitle = title.replaceAll(/\s+/g, ' ');
    const row: PlannedRow = {
      line,
      code,
      title: cleanTitle,
      description: null,
      retentionYears: null,
      disposal: null,
      confidentiality: null,
    };
    if (!isValidPlanCode(code)) problem(importText.codeInvalid, { code });
    if (cleanTitle === '') problem(importText.titleMissing);
    else if (cleanTitle.length > 300) problem(importText.titleTooLong);
    if (retention !== '') {
      if (/^\d{1,3}$/.test(retention) && Number(retention) <= 200) row.retentionYears = Number(retention);
      else problem(importText.retentionInvalid, { value: retention });
    }
    if (disposal !== '') {
      const value = disposalWords[disposal.toLowerCase()];
      if (value) row.disposal = value;
      else problem(importText.disposalInvalid, { value: disposal });
    }
    if (confidentiality !== '') {
      const value = confidentialityWords[confidentiality.toLowerCase()];
      if (value) row.confidentiality = value;
      else problem(importText.confidentialityInvalid, { value: confidentiality });
    }
    rows.push(row);
  }
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    const first = firstLineOf.get(row.code);
    if (first !== undefined)
      problems.push({
        line: row.line,
        text: importText.duplicate,
        values: { line: row.line, code: row.code, first },
      });
    else firstLineOf.set(row.code, row.line);
  }
  return { rows, problems };
}

/** Checks the parents against the plan as it is plus the file's own rows. */
function checkParents(rows: PlannedRow[], existing: Map<string, PlanNodeRow>): ImportProblem[] {
  const inFile = new Set(rows.map((row) => row.code));
  const { byId } = buildPlanTree([...existing.values()]);
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    if (existing.has(row.code)) continue;
    const parent = parentCodeOf(row.code);
    if (!parent) continue;
    const values = { line: row.line, code: row.code, parent: parent.code };
    const existingParent = existing.get(parent.code);
    if (existingParent && !byId.get(existingParent.id)?.usable)
      problems.push({ line: row.line, text: importText.parentInactive, values });
    else if (parent.required && !inFile.has(parent.code) && !existingParent)
      problems.push({ line: row.line, text: importText.parentMissing, values });
  }
  return problems;
}

export type ImportResult =
  | { ok: true; created: number; updated: number; unchanged: number }
  | { ok: false; problems: ImportProblem[] };

export async function importPlanCsv({
  scope,
  audit,
  actor,
  bytes,
}: {
  scope: RecordsScope;
  audit: AuditTrail;
  actor: StaffActor;
  bytes: Uint8Array;
}): Promise<ImportResult> {
  const { rows, problems } = checkPlanRows(bytes);
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  const auditActor = planAuditActor(actor);
  return scope(async (trx) => {
    const repository = createPlanRepository({ trx });
    const existing = new Map((await repository.listNodes()).map((node) => [node.code, node]));
    const parentProblems = checkParents(rows, existing);
    if (parentProblems.length > 0) return { ok: false, problems: sortProblems(parentProblems) };
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    // Shorter codes first: a parent is always a prefix of its child, so it exists before the child.
    const ordered = [...rows].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
    for (const row of ordered) {
      const values: PlanNodeValues = {
        title: row.title,
        description: existing.get(row.code)?.description ?? null,
        retentionYears: row.retentionYears,
        disposal: row.disposal,
        confidentiality: row.confidentiality,
      };
      const before = existing.get(row.code);
      if (before) {
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        for (const key of ['title', 'retentionYears', 'disposal', 'confidentiality'] as const)
          if (before[key] !== values[key]) changes[key] = { from: before[key], to: values[key] };
        if (Object.keys(changes).length === 0) {
          unchanged += 1;
          continue;
        }
        await repository.updateNode(before.id, values);
        await audit.append(trx, {
          actor: auditActor,
          action: 'records.plan_node_changed',
          object: { type: 'plan_node', id: before.id },
          summary: { code: row.code, changes, source: 'csv_import' },
        });
        updated += 1;
        continue;
      }
      const parentCode = parentCodeOf(row.code);
      const parent = parentCode ? existing.get(parentCode.code) : undefined;
      const id = await repository.insertNode({ ...values, code: row.code, parentId: parent?.id ?? null });
      existing.set(row.code, { id, parentId: parent?.id ?? null, code: row.code, active: true, ...values });
      await audit.append(trx, {
        actor: auditActor,
        action: 'records.plan_node_created',
        object: { type: 'plan_node', id },
        summary: { code: row.code, parentCode: parent?.code ?? null, ...values, source: 'csv_import' },
      });
      created += 1;
    }
    await audit.append(trx, {
      actor: auditActor,
      action: 'records.plan_imported',
      object: { type: 'file_plan' },
      summary: { rows: rows.length, created, updated, unchanged },
    });
    return { ok: true, created, updated, unchanged };
  });
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.line - b.line);
}
