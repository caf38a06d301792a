// Who may see and change which record (file, case, document) of the E-Akte. The route's permission
// (records.read / records.write, modules/access) lets someone into the E-Akte at all; this file decides
// per record, by department, confidentiality, the responsible person and substitutions (Vertretung).
// The rule exists twice on purpose — as SQL for lists and search, so nothing invisible is ever loaded,
// and as a function for one loaded record — and records.policies.test.ts proves the two agree.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ApiClientActor, StaffActor } from '../access/index.ts';

export type Confidentiality = 'open' | 'internal' | 'confidential';
export const confidentialityLevels: readonly Confidentiality[] = ['open', 'internal', 'confidential'];

/** Everything the visibility rule needs to know about the person (or machine) asking. */
export type RecordsViewer =
  | {
      kind: 'staff';
      /** The person and everyone they stand in for today: "responsible person" matches any of them. */
      staffIds: string[];
      /** Departments where they (or whom they stand in for) hold any role. */
      departmentIds: string[];
      /** Departments they head (Amtsleitung), themselves or as substitute. */
      headedDepartmentIds: string[];
      /** Registratur: sees every record of the municipality, to file, keep and dispose of them. */
      recordsManager: boolean;
      /** Departments where they may write (clerk, head of department), themselves or as substitute. */
      writableDepartmentIds: string[];
    }
  | {
      /** Another system with the records.read scope: every record that is not confidential. */
      kind: 'api_client';
      mayWrite: boolean;
    };

/** What the rule looks at on a record: the file's values (cases and documents inherit their file's). */
export interface RecordAccessFacts {
  departmentId: string;
  confidentiality: Confidentiality;
  responsibleStaffId: string | null;
}

export function recordsViewer(actor: StaffActor | ApiClientActor): RecordsViewer {
  if (actor.kind === 'api_client')
    return { kind: 'api_client', mayWrite: actor.scopes.includes('records.write') };
  const grants = [...actor.roles, ...(actor.actingFor ?? []).flatMap((absent) => absent.roles)];
  const departmentsWhere = (roles: string[]) => [
    ...new Set(grants.filter((grant) => roles.includes(grant.role)).map((grant) => grant.departmentId)),
  ];
  return {
    kind: 'staff',
    staffIds: [actor.id, ...(actor.actingFor ?? []).map((absent) => absent.staffId)],
    departmentIds: [...new Set(grants.map((grant) => grant.departmentId))],
    headedDepartmentIds: departmentsWhere(['head_of_department']),
    recordsManager: grants.some((grant) => grant.role === 'records_manager'),
    writableDepartmentIds: departmentsWhere(['clerk', 'head_of_department']),
  };
}

/** May the viewer see this record (and what it contains)? */
export function maySee(viewer: RecordsViewer, record: RecordAccessFacts): boolean {
  if (viewer.kind === 'api_client') return record.confidentiality !== 'confidential';
  if (viewer.recordsManager) return true;
  switch (record.confidentiality) {
    case 'open':
      return true;
    case 'internal':
      return viewer.departmentIds.includes(record.departmentId);
    case 'confidential':
      return (
        viewer.headedDepartmentIds.includes(record.departmentId) ||
        (record.responsibleStaffId !== null && viewer.staffIds.includes(record.responsibleStaffId))
      );
  }
}

/**
 * May the viewer add to or change this record? Only the responsible department's clerks and heads (or
 * their substitutes), and the Registratur; always only what they may see. The route must also have
 * required records.write.
 */
export function mayChange(viewer: RecordsViewer, record: RecordAccessFacts): boolean {
  if (!maySee(viewer, record)) return false;
  if (viewer.kind === 'api_client') return viewer.mayWrite;
  return viewer.recordsManager || viewer.writableDepartmentIds.includes(record.departmentId);
}

/**
 * The same rule as maySee, as a SQL condition over the columns that hold the file's department,
 * confidentiality and responsible person — put it in the WHERE of every list and search.
 */
export function visibleWhere(
  viewer: RecordsViewer,
  columns: { departmentId: string; confidentiality: string; responsibleStaffId: string },
): RawBuilder<SqlBool> {
  const department = sql.ref(columns.departmentId);
  const confidentiality = sql.ref(columns.confidentiality);
  const responsible = sql.ref(columns.responsibleStaffId);
  if (viewer.kind === 'api_client') return sql<SqlBool>`${confidentiality} <> 'confidential'`;
  if (viewer.recordsManager) return sql<SqlBool>`true`;
  const uuidArray = (ids: string[]) => sql`cast(${ids} as uuid[])`;
  return sql<SqlBool>`(${confidentiality} = 'open'
    or (${confidentiality} = 'internal' and ${department} = any(${uuidArray(viewer.departmentIds)}))
    or (${confidentiality} = 'confidential' and (${department} = any(${uuidArray(viewer.headedDepartmentIds)})
        or ${responsible} = any(${uuidArray(viewer.staffIds)}))))`;
}
