// Whose right someone uses when they act. A substitute (Vertretung) carries the absent person's roles in
// StaffActor.actingFor; an act allowed only through one of them is done "on behalf of" that person, and
// the row and the audit entry record it (as identity does with access.onBehalfOf for permissions).
import type { StaffActor, StaffRole } from '../access/index.ts';
import { recordsViewer, type RecordsViewer } from './records.policies.ts';

export interface Identity {
  staffId: string;
  roles: { role: StaffRole; departmentId: string }[];
}

/** The records viewer of one person by their own roles only, without anyone they stand in for. */
export function viewerOf(identity: Identity): RecordsViewer {
  return recordsViewer({
    kind: 'staff',
    id: identity.staffId,
    tenantId: '',
    displayName: '',
    roles: identity.roles,
  });
}

/**
 * Whether the actor may do something `allowed` decides per person: `{ onBehalfOf: null }` when their own
 * roles suffice, `{ onBehalfOf: absentId }` when only a substitution gives it, undefined when neither does.
 */
export function actingAs(
  actor: StaffActor,
  allowed: (identity: Identity) => boolean,
): { onBehalfOf: string | null } | undefined {
  if (allowed({ staffId: actor.id, roles: actor.roles })) return { onBehalfOf: null };
  const absent = actor.actingFor?.find((person) => allowed({ staffId: person.staffId, roles: person.roles }));
  return absent ? { onBehalfOf: absent.staffId } : undefined;
}

/** The actor and everyone they stand in for today. */
export function staffIdsOf(actor: StaffActor): string[] {
  return [actor.id, ...(actor.actingFor ?? []).map((absent) => absent.staffId)];
}
