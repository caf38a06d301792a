// Substitutes (Vertretung): a person names who stands in for them from one day to another, both
// included. During that range the substitute's actor carries the absent person's roles in `actingFor`;
// access.onBehalfOf() tells which absent person an act was done for, and the audit entry records it.
import type { TenantScope } from '../../platform/db/tenant-scope.ts';
import type { Text } from '../../platform/i18n/i18n.ts';
import { accessErrors, hasPermission, onBehalfOf, type StaffActor } from '../access/index.ts';
import type { AuditTrail } from '../audit/index.ts';
import { createSubstitutesRepository, type SubstituteTables } from './identity.substitutes.repository.ts';
import { substituteText } from './identity.substitutes.messages.ts';
import { localDay, parseDay } from '../../platform/time/calendar-day.ts';

export type SubstitutesScope = TenantScope<SubstituteTables>;

export { localDay, parseDay };

/** The actor with `actingFor` filled in for `now`'s day (resolveActor calls this for every staff request). */
export async function withActingFor({
  scope,
  actor,
  now,
}: {
  scope: SubstitutesScope;
  actor: StaffActor;
  now: Date;
}): Promise<StaffActor> {
  const rows = await scope((trx) =>
    createSubstitutesRepository({ trx }).rolesActingFor(actor.id, localDay(now)),
  );
  if (rows.length === 0) return actor;
  const byPerson = new Map<string, NonNullable<StaffActor['actingFor']>[number]>();
  for (const row of rows) {
    const entry = byPerson.get(row.staffId) ?? {
      staffId: row.staffId,
      displayName: row.displayName,
      roles: [],
    };
    entry.roles.push({ role: row.role, departmentId: row.departmentId });
    byPerson.set(row.staffId, entry);
  }
  return { ...actor, actingFor: [...byPerson.values()] };
}

export interface SubstituteFieldError {
  field: 'absentStaffId' | 'substituteStaffId' | 'from' | 'until';
  text: Text;
}

/**
 * Names a substitute. Anyone may do it for themselves; for someone else only with identity.administer
 * (403 otherwise). Writes identity.substitute_named in the same transaction.
 */
export async function nameSubstitute({
  scope,
  audit,
  actor,
  now,
  absentStaffId,
  substituteStaffId,
  from,
  until,
}: {
  scope: SubstitutesScope;
  audit: AuditTrail;
  actor: StaffActor;
  now: Date;
  absentStaffId: string;
  substituteStaffId: string;
  from: string;
  until: string;
}): Promise<{ ok: true; substituteId: string } | { ok: false; errors: SubstituteFieldError[] }> {
  const forSomeoneElse = absentStaffId !== actor.id;
  if (forSomeoneElse && !hasPermission(actor, 'identity.administer')) throw accessErrors.forbidden();
  const errors: SubstituteFieldError[] = [];
  const fromDay = parseDay(from);
  const untilDay = parseDay(until);
  if (!fromDay) errors.push({ field: 'from', text: substituteText.dateInvalid });
  if (!untilDay) errors.push({ field: 'until', text: substituteText.dateInvalid });
  else if (fromDay && untilDay < fromDay) errors.push({ field: 'until', text: substituteText.rangeInvalid });
  else if (untilDay < localDay(now)) errors.push({ field: 'until', text: substituteText.untilPast });
  return scope(async (trx) => {
    const repository = createSubstitutesRepository({ trx });
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const ids = [absentStaffId, substituteStaffId].filter((id) => uuid.test(id));
    const active = await repository.activeStaffIds(ids);
    if (!active.includes(absentStaffId))
      errors.push({ field: 'absentStaffId', text: substituteText.substituteInvalid });
    if (substituteStaffId === absentStaffId || !active.includes(substituteStaffId))
      errors.push({ field: 'substituteStaffId', text: substituteText.substituteInvalid });
    if (errors.length > 0 || !fromDay || !untilDay) return { ok: false as const, errors };
    const substituteId = await repository.insert({
      absentStaffId,
      substituteStaffId,
      from: fromDay,
      until: untilDay,
      createdBy: actor.id,
    });
    await audit.append(trx, {
      actor: {
        type: 'staff',
        id: actor.id,
        onBehalfOf: forSomeoneElse ? (onBehalfOf(actor, 'identity.administer') ?? null) : null,
      },
      action: 'identity.substitute_named',
      object: { type: 'staff', id: absentStaffId },
      summary: { substituteStaffId, from: fromDay, until: untilDay },
    });
    return { ok: true as const, substituteId };
  });
}

/**
 * Ends a substitution early (the absent person is back, or the substitute is ill too): the absent person
 * or an administrator may. One that has begun ends with yesterday — from now on the substitute no longer
 * acts for them; one that has not begun is removed. An unknown id (or another municipality's) is
 * `found: false`; one that has already ended is left as it is. Audited as identity.substitute_ended.
 */
export async function endSubstitution({
  scope,
  audit,
  actor,
  now,
  substitutionId,
}: {
  scope: SubstitutesScope;
  audit: AuditTrail;
  actor: StaffActor;
  now: Date;
  substitutionId: string;
}): Promise<{ found: boolean }> {
  const today = localDay(now);
  return scope(async (trx) => {
    const repository = createSubstitutesRepository({ trx });
    const substitution = await repository.find(substitutionId);
    if (!substitution) return { found: false };
    const forSomeoneElse = substitution.absentStaffId !== actor.id;
    if (forSomeoneElse && !hasPermission(actor, 'identity.administer')) return { found: false };
    if (substitution.until < today) return { found: true };
    const begun = substitution.from < today;
    if (begun) await repository.endBefore(substitutionId, today);
    else await repository.remove(substitutionId);
    await audit.append(trx, {
      actor: {
        type: 'staff',
        id: actor.id,
        onBehalfOf: forSomeoneElse ? (onBehalfOf(actor, 'identity.administer') ?? null) : null,
      },
      action: 'identity.substitute_ended',
      object: { type: 'staff', id: substitution.absentStaffId },
      summary: {
        substitutionId,
        substituteStaffId: substitution.substituteStaffId,
        from: substitution.from,
        until: substitution.until,
        endedOn: today,
        outcome: begun ? 'ended' : 'withdrawn',
      },
    });
    return { found: true };
  });
}

export async function describeSubstitutes({
  scope,
  staffId,
  now,
}: {
  scope: SubstitutesScope;
  staffId: string;
  now: Date;
}) {
  return scope(async (trx) => {
    const repository = createSubstitutesRepository({ trx });
    return {
      substitutes: await repository.listCurrentOf(staffId, localDay(now)),
      people: await repository.listActiveStaff(),
    };
  });
}
