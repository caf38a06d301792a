// The file plan (Aktenplan): reading it as a tree, and its maintenance by the Registratur. The parent of a
// group follows from its code (see parentCodeOf), the same rule for the form and the CSV import.
import type { TenantScope } from '../../platform/db/tenant-scope.ts';
import type { StaffActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { planAuditActor } from './records.core.actor.ts';
import {
  checkConfidentiality,
  checkDisposal,
  checkRetention,
  checkTitle,
  type Checked,
  type FieldProblem,
} from './records.core.fields.ts';
import { recordsErrors } from './records.errors.ts';
import { fieldText } from './records.messages.ts';
import type { Confidentiality } from './records.policies.ts';
import { createPlanRepository, type PlanNodeRow, type PlanNodeValues } from './records.plan.repository.ts';
import type { Disposal, RecordsDb } from './records.tables.ts';

export type RecordsScope = TenantScope<RecordsDb>;

const codePattern = /^[0-9A-Za-z]+([.-][0-9A-Za-z]+)*$/;

export function isValidPlanCode(code: string): boolean {
  return code.length <= 40 && codePattern.test(code);
}

/**
 * The parent of a plan code. Dotted or hyphenated codes drop their last segment, and that parent must
 * exist (32.11.05 → 32.11 → 32). A code of digits alone is decimal, as in the KGSt plans: 32 → 3; that
 * parent is used when it exists, else the group is at the top level.
 */
export function parentCodeOf(code: string): { code: string; required: boolean } | undefined {
  const separator = Math.max(code.lastIndexOf('.'), code.lastIndexOf('-'));
  if (separator > 0) return { code: code.slice(0, separator), required: true };
  if (/^\d{2,}$/.test(code)) return { code: code.slice(0, -1), required: false };
  return undefined;
}

export interface PlanTreeNode extends PlanNodeRow {
  /** Defaults a new file under this group gets: its own value, else the nearest parent's. */
  effective: {
    retentionYears: number | null;
    disposal: Disposal | null;
    confidentiality: Confidentiality | null;
  };
  /** Active itself and all groups above it. */
  usable: boolean;
  children: PlanTreeNode[];
}

/** Builds the tree from rows ordered by code, computing the inherited defaults on the way down. */
export function buildPlanTree(rows: PlanNodeRow[]): {
  roots: PlanTreeNode[];
  byId: Map<string, PlanTreeNode>;
} {
  const byId = new Map<string, PlanTreeNode>();
  for (const row of rows)
    byId.set(row.id, {
      ...row,
      effective: { retentionYears: null, disposal: null, confidentiality: null },
      usable: row.active,
      children: [],
    });
  const roots: PlanTreeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const inherit = (node: PlanTreeNode, from: PlanTreeNode | undefined) => {
    node.effective = {
      retentionYears: node.retentionYears ?? from?.effective.retentionYears ?? null,
      disposal: node.disposal ?? from?.effective.disposal ?? null,
      confidentiality: node.confidentiality ?? from?.effective.confidentiality ?? null,
    };
    node.usable = node.active && (from?.usable ?? true);
    for (const child of node.children) inherit(child, node);
  };
  for (const root of roots) inherit(root, undefined);
  return { roots, byId };
}

export async function loadPlan({ scope }: { scope: RecordsScope }) {
  const rows = await scope((trx) => createPlanRepository({ trx }).listNodes());
  return buildPlanTree(rows);
}

export interface PlanNodeInput {
  title: string;
  description: string;
  retentionYears: string;
  disposal: string;
  confidentiality: string;
}

/** Checks the editable values of a group; empty retention, disposal or confidentiality mean "inherit". */
export function checkPlanNodeValues(input: PlanNodeInput, errors: FieldProblem[]): PlanNodeValues {
  const description = input.description.trim();
  if (description.length > 2000) errors.push({ field: 'description', text: fieldText.descriptionTooLong });
  return {
    title: checkTitle('title', input.title, errors),
    description: description === '' ? null : description,
    retentionYears: checkRetention('retentionYears', input.retentionYears, errors, true),
    disposal: checkDisposal('disposal', input.disposal, errors, true),
    confidentiality: checkConfidentiality('confidentiality', input.confidentiality, errors, true),
  };
}

interface PlanChange {
  scope: RecordsScope;
  audit: AuditTrail;
  actor: StaffActor;
}

export async function addPlanNode({
  scope,
  audit,
  actor,
  code: rawCode,
  ...input
}: PlanChange & PlanNodeInput & { code: string }): Promise<Checked<{ nodeId: string }>> {
  const code = rawCode.trim();
  const errors: FieldProblem[] = [];
  if (!isValidPlanCode(code)) errors.push({ field: 'code', text: fieldText.codeInvalid });
  const values = checkPlanNodeValues(input, errors);
  if (errors.length > 0) return { ok: false, errors };
  return scope(async (trx) => {
    const repository = createPlanRepository({ trx });
    if (await repository.findNodeByCode(code))
      return { ok: false, errors: [{ field: 'code', text: fieldText.codeTaken, values: { code } }] };
    const parentCode = parentCodeOf(code);
    const parent = parentCode ? await repository.findNodeByCode(parentCode.code) : undefined;
    if (parentCode?.required && !parent)
      return {
        ok: false,
        errors: [{ field: 'code', text: fieldText.parentMissing, values: { parent: parentCode.code } }],
      };
    if (parent && !(await repository.isUsable(parent.id)))
      return {
        ok: false,
        errors: [{ field: 'code', text: fieldText.parentInactive, values: { parent: parent.code } }],
      };
    const nodeId = await repository.insertNode({ ...values, code, parentId: parent?.id ?? null });
    await audit.append(trx, {
      actor: planAuditActor(actor),
      action: 'records.plan_node_created',
      object: { type: 'plan_node', id: nodeId },
      summary: { code, parentCode: parent?.code ?? null, ...values },
    });
    return { ok: true, nodeId };
  });
}

export async function editPlanNode({
  scope,
  audit,
  actor,
  nodeId,
  ...input
}: PlanChange & PlanNodeInput & { nodeId: string }): Promise<Checked<object>> {
  const errors: FieldProblem[] = [];
  const values = checkPlanNodeValues(input, errors);
  if (errors.length > 0) return { ok: false, errors };
  return scope(async (trx) => {
    const repository = createPlanRepository({ trx });
    const before = await repository.findNode(nodeId);
    if (!before) throw recordsErrors.not_found();
    await repository.updateNode(nodeId, values);
    // Only what changed, so the trail reads as a history of the group.
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of Object.keys(values) as (keyof PlanNodeValues)[])
      if (before[key] !== values[key]) changes[key] = { from: before[key], to: values[key] };
    if (Object.keys(changes).length > 0)
      await audit.append(trx, {
        actor: planAuditActor(actor),
        action: 'records.plan_node_changed',
        object: { type: 'plan_node', id: nodeId },
        summary: { code: before.code, changes },
      });
    return { ok: true };
  });
}

/**
 * Deactivating takes the whole subtree out of use for new files; existing files keep their group.
 * Reactivating brings back only this group, and only under an active parent.
 */
export async function setPlanNodeActive({
  scope,
  audit,
  actor,
  nodeId,
  active,
}: PlanChange & { nodeId: string; active: boolean }): Promise<Checked<object>> {
  return scope(async (trx) => {
    const repository = createPlanRepository({ trx });
    const node = await repository.findNode(nodeId);
    if (!node) throw recordsErrors.not_found();
    if (active) {
      if (node.active) return { ok: true };
      const parent = node.parentId ? await repository.findNode(node.parentId) : undefined;
      if (parent && !(await repository.isUsable(parent.id)))
        return {
          ok: false,
          errors: [
            { field: 'edit-heading', text: fieldText.parentInactive, values: { parent: parent.code } },
          ],
        };
      await repository.setActive(nodeId, true);
      await audit.append(trx, {
        actor: planAuditActor(actor),
        action: 'records.plan_node_reactivated',
        object: { type: 'plan_node', id: nodeId },
        summary: { code: node.code },
      });
      return { ok: true };
    }
    const codes = await repository.deactivateSubtree(nodeId);
    if (codes.length > 0)
      await audit.append(trx, {
        actor: planAuditActor(actor),
        action: 'records.plan_node_deactivated',
        object: { type: 'plan_node', id: nodeId },
        summary: { code: node.code, deactivatedCodes: codes },
      });
    return { ok: true };
  });
}
