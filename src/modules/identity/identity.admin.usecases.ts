// Staff administration: departments, people and their roles. Every change is checked against the
// actor's permission here too (not only by the route), and writes its audit entry in the same tenant
// transaction, so the change and its record commit or roll back together.
import { decodeTimeIdCursor, pageSize, toPage } from '../../platform/db/keyset.ts';
import type { Text } from '../../platform/i18n/i18n.ts';
import { accessErrors, hasPermission, onBehalfOf, type StaffActor, type StaffRole } from '../access/index.ts';
import type { AuditEvent, AuditTrail } from '../audit/index.ts';
import { adminErrors } from './identity.admin.errors.ts';
import { adminText } from './identity.admin.messages.ts';
import { createAdminRepository } from './identity.admin.repository.ts';
import type { Passwords } from './identity.passwords.ts';
import { normaliseEmail, type IdentityScope } from './identity.usecases.ts';

export const staffRoles: readonly StaffRole[] = [
  'clerk',
  'head_of_department',
  'records_manager',
  'treasury',
  'council_office',
  'admin',
];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emailPattern = /^[^@\s]+@[^@\s]+$/;
export const MIN_PASSWORD_LENGTH = 12;

export interface AdminFieldError {
  field: string;
  text: Text;
}
type Checked<T> = ({ ok: true } & T) | { ok: false; errors: AdminFieldError[] };

interface AdminDeps {
  scope: IdentityScope;
  audit: AuditTrail;
  actor: StaffActor;
}

/** Refuses (403) anyone without identity.administer; returns the audit actor, with "on behalf of". */
function administrator(actor: StaffActor): AuditEvent['actor'] {
  if (!hasPermission(actor, 'identity.administer')) throw accessErrors.forbidden();
  return { type: 'staff', id: actor.id, onBehalfOf: onBehalfOf(actor, 'identity.administer') ?? null };
}

export interface DepartmentNode {
  id: string;
  number: string;
  name: string;
  children: DepartmentNode[];
}

/** Builds the organisation chart from flat rows; a row whose parent is missing becomes a root. */
export function buildDepartmentTree(
  rows: { id: string; parentId: string | null; number: string; name: string }[],
): DepartmentNode[] {
  const nodes = new Map(
    rows.map((row) => [
      row.id,
      { id: row.id, number: row.number, name: row.name, children: [] as DepartmentNode[] },
    ]),
  );
  const roots: DepartmentNode[] = [];
  for (const row of rows) {
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(nodes.get(row.id)!);
  }
  return roots;
}

export async function listDepartments({ scope }: { scope: IdentityScope }) {
  const rows = await scope((trx) => createAdminRepository({ trx }).listDepartments());
  return { departments: rows, tree: buildDepartmentTree(rows) };
}

export async function createDepartment({
  scope,
  audit,
  actor,
  number,
  name,
  parentId,
}: AdminDeps & { number: string; name: string; parentId: string }): Promise<
  Checked<{ departmentId: string }>
> {
  const auditActor = administrator(actor);
  const trimmed = { number: number.trim(), name: name.trim(), parentId: parentId.trim() || null };
  return scope(async (trx) => {
    const repository = createAdminRepository({ trx });
    const errors: AdminFieldError[] = [];
    if (trimmed.number === '' || trimmed.number.length > 20 || /\s/.test(trimmed.number))
      errors.push({ field: 'number', text: adminText.numberMissing });
    else if (await repository.findDepartmentByNumber(trimmed.number))
      errors.push({ field: 'number', text: adminText.numberTaken });
    if (trimmed.name === '' || trimmed.name.length > 200)
      errors.push({ field: 'name', text: adminText.nameMissing });
    if (
      trimmed.parentId &&
      (!uuidPattern.test(trimmed.parentId) || !(await repository.findDepartment(trimmed.parentId)))
    )
      errors.push({ field: 'parentId', text: adminText.parentUnknown });
    if (errors.length > 0) return { ok: false, errors };
    const departmentId = await repository.insertDepartment(trimmed);
    await audit.append(trx, {
      actor: auditActor,
      action: 'identity.department_created',
      object: { type: 'department', id: departmentId },
      summary: trimmed,
    });
    return { ok: true, departmentId };
  });
}

/** Returns found: false for an unknown department (the route answers 404). */
export async function renameDepartment({
  scope,
  audit,
  actor,
  departmentId,
  name,
}: AdminDeps & { departmentId: string; name: string }): Promise<Checked<{ found: boolean }>> {
  const auditActor = administrator(actor);
  const newName = name.trim();
  if (newName === '' || newName.length > 200)
    return { ok: false, errors: [{ field: `name-${departmentId}`, text: adminText.nameMissing }] };
  return scope(async (trx) => {
    const repository = createAdminRepository({ trx });
    const before = await repository.findDepartment(departmentId);
    if (!before) return { ok: true, found: false };
    await repository.renameDepartment(departmentId, newName);
    await audit.append(trx, {
      actor: auditActor,
      action: 'identity.department_renamed',
      object: { type: 'department', id: departmentId },
      summary: { number: before.number, from: before.name, to: newName },
    });
    return { ok: true, found: true };
  });
}

export async function listStaffPage({
  scope,
  cursor,
  limit = 50,
}: {
  scope: IdentityScope;
  cursor?: string | undefined;
  limit?: number;
}) {
  const size = pageSize(limit);
  const after = cursor ? decodeTimeIdCursor(cursor) : undefined;
  const rows = await scope((trx) => createAdminRepository({ trx }).listStaffPage({ after, limit: size + 1 }));
  return toPage(rows, size, (row) => ({ at: row.createdAt, id: row.id }));
}

export async function createStaffMember({
  scope,
  audit,
  actor,
  passwords,
  email,
  displayName,
  password,
}: AdminDeps & { passwords: Passwords; email: string; displayName: string; password: string }): Promise<
  Checked<{ staffId: string }>
> {
  const auditActor = administrator(actor);
  const input = { email: normaliseEmail(email), displayName: displayName.trim() };
  const errors: AdminFieldError[] = [];
  if (input.displayName === '' || input.displayName.length > 200)
    errors.push({ field: 'displayName', text: adminText.nameMissing });
  if (!emailPattern.test(input.email) || input.email.length > 320)
    errors.push({ field: 'email', text: adminText.emailInvalid });
  if (password.length < MIN_PASSWORD_LENGTH)
    errors.push({ field: 'password', text: adminText.passwordTooShort });
  if (errors.length > 0) return { ok: false, errors };
  // Hashing takes tens of milliseconds: outside the transaction.
  const passwordHash = await passwords.hash(password);
  return scope(async (trx) => {
    const repository = createAdminRepository({ trx });
    if (await repository.findStaffByEmail(input.email))
      return { ok: false, errors: [{ field: 'email', text: adminText.emailTaken }] };
    const staffId = await repository.insertStaff({ ...input, passwordHash });
    await audit.append(trx, {
      actor: auditActor,
      action: 'identity.staff_created',
      object: { type: 'staff', id: staffId },
      summary: input,
    });
    return { ok: true, staffId };
  });
}

/** Deactivating also ends the person's sessions. Returns found: false for an unknown person. */
export async function setStaffActive({
  scope,
  audit,
  actor,
  staffId,
  active,
}: AdminDeps & { staffId: string; active: boolean }): Promise<{ found: boolean }> {
  const auditActor = administrator(actor);
  if (!active && staffId === actor.id) throw adminErrors.cannot_deactivate_self();
  return scope(async (trx) => {
    const repository = createAdminRepository({ trx });
    if (!(await repository.setStaffActive(staffId, active))) return { found: false };
    if (!active) await repository.deleteSessionsOf(staffId);
    await audit.append(trx, {
      actor: auditActor,
      action: active ? 'identity.staff_reactivated' : 'identity.staff_deactivated',
      object: { type: 'staff', id: staffId },
    });
    return { found: true };
  });
}

function checkGrant(departmentId: string, role: string): AdminFieldError[] {
  const errors: AdminFieldError[] = [];
  if (!uuidPattern.test(departmentId))
    errors.push({ field: 'departmentId', text: adminText.departmentUnknown });
  if (!(staffRoles as readonly string[]).includes(role))
    errors.push({ field: 'role', text: adminText.roleUnknown });
  return errors;
}

/** Refuses anyone without identity.administer, and a substitute changing their own roles. */
function roleChanger(actor: StaffActor, staffId: string): AuditEvent['actor'] {
  const auditActor = administrator(actor);
  if (staffId === actor.id && auditActor.onBehalfOf) throw adminErrors.own_roles_on_behalf();
  return auditActor;
}

export async function grantRole({
  scope,
  audit,
  actor,
  staffId,
  departmentId,
  role,
}: AdminDeps & { staffId: string; departmentId: string; role: string }): Promise<
  Checked<{ found: boolean }>
> {
  const auditActor = roleChanger(actor, staffId);
  const errors = checkGrant(departmentId, role);
  if (errors.length > 0) return { ok: false, errors };
  const grant = { staffId, departmentId, role: role as StaffRole };
  return scope(async (trx) => {
    const repository = createAdminRepository({ trx });
    const department = await repository.findDepartment(departmentId);
    if (!department)
      return { ok: false, errors: [{ field: 'departmentId', text: adminText.departmentUnknown }] };
    if (!(await repository.findPerson(staffId))) return { ok: true, found: false };
    if (await repository.insertRole(grant))
      await audit.append(trx, {
        actor: auditActor,
        action: 'identity.role_granted',
        object: { type: 'staff', id: staffId },
        summary: { role: grant.role, departmentId, departmentNumber: department.number },
      });
    return { ok: true, found: true };
  });
}

/** Throws identity.last_own_admin_role when an administrator would remove their own last admin role. */
export async function revokeRole({
  scope,
  audit,
  actor,
  staffId,
  departmentId,
  role,
}: AdminDeps & { staffId: string; departmentId: string; role: string }): Promise<
  Checked<{ found: boolean }>
> {
  const auditActor = roleChanger(actor, staffId);
  const errors = checkGrant(departmentId, role);
  if (errors.length > 0) return { ok: false, errors };
  const grant = { staffId, departmentId, role: role as StaffRole };
  return scope(async (trx) => {
    const repository = createAdminRepository({ trx });
    if (
      grant.role === 'admin' &&
      staffId === actor.id &&
      (await repository.countRolesOfLocked(staffId, 'admin')) <= 1
    )
      throw adminErrors.last_own_admin_role();
    if (!(await repository.deleteRole(grant))) return { ok: true, found: false };
    await audit.append(trx, {
      actor: auditActor,
      action: 'identity.role_revoked',
      object: { type: 'staff', id: staffId },
      summary: { role: grant.role, departmentId },
    });
    return { ok: true, found: true };
  });
}

/** The person page: who they are, their grants, and what can be granted. */
export async function describePersonForAdmin({ scope, staffId }: { scope: IdentityScope; staffId: string }) {
  return scope(async (trx) => {
    const repository = createAdminRepository({ trx });
    const person = await repository.findPerson(staffId);
    if (!person) return { person: undefined };
    const assignments = await repository.listGrants(staffId);
    const departments = await repository.listDepartments();
    return { person: { ...person, assignments }, departments };
  });
}
