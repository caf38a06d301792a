// What the JSON API sends about plan groups, files and cases: explicit shapes (TypeBox, in the OpenAPI
// document) built by presenters, so no database row leaves the server by accident.
import { Type, type Static } from '@sinclair/typebox';
import type { describeCase } from './records.cases.usecases.ts';
import type { describeFile } from './records.files.queries.ts';
import type { PlanTreeNode } from './records.plan.usecases.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Confidentiality = Type.Union([
  Type.Literal('open'),
  Type.Literal('internal'),
  Type.Literal('confidential'),
]);
const Disposal = Type.Union([Type.Literal('destroy'), Type.Literal('archive'), Type.Literal('review')]);
const Status = Type.Union([Type.Literal('open'), Type.Literal('closed')]);
const Id = Type.String({ format: 'uuid' });
const Time = Type.String({ format: 'date-time' });

export const PlanNodeShape = Type.Object({
  id: Id,
  parentId: Nullable(Id),
  code: Type.String(),
  title: Type.String(),
  description: Nullable(Type.String()),
  active: Type.Boolean({ description: 'Die Gruppe selbst ist nicht stillgelegt.' }),
  usable: Type.Boolean({ description: 'Neue Akten können angelegt werden (Gruppe und alle darüber aktiv).' }),
  retentionYears: Nullable(Type.Integer()),
  disposal: Nullable(Disposal),
  confidentiality: Nullable(Confidentiality),
  effective: Type.Object(
    {
      retentionYears: Nullable(Type.Integer()),
      disposal: Nullable(Disposal),
      confidentiality: Nullable(Confidentiality),
    },
    {
      description:
        'Vorgaben für neue Akten, von übergeordneten Gruppen geerbt, wo die Gruppe keine eigene hat.',
    },
  ),
});

export const FileListItemShape = Type.Object({
  id: Id,
  reference: Type.String(),
  title: Type.String(),
  status: Status,
  confidentiality: Confidentiality,
  createdAt: Time,
  department: Type.Object({ number: Type.String(), name: Type.String() }),
});

export const FileShape = Type.Object({
  id: Id,
  reference: Type.String(),
  title: Type.String(),
  planNode: Type.Object({ id: Id, code: Type.String(), title: Type.String() }),
  department: Type.Object({ id: Id, number: Type.String(), name: Type.String() }),
  responsibleStaffId: Nullable(Id),
  confidentiality: Confidentiality,
  status: Status,
  retentionYears: Type.Integer(),
  disposal: Disposal,
  createdAt: Time,
  closedAt: Nullable(Time),
  retentionUntil: Nullable(Type.String({ format: 'date' })),
  rowVersion: Type.Integer(),
  relatedFiles: Type.Array(
    Type.Object({ id: Id, reference: Type.String(), title: Type.String(), status: Status }),
  ),
});

export const CaseListItemShape = Type.Object({
  id: Id,
  number: Type.Integer(),
  title: Type.String(),
  status: Status,
  createdAt: Time,
  file: Type.Object({ id: Id, reference: Type.String(), title: Type.String() }),
  department: Type.Object({ number: Type.String(), name: Type.String() }),
});

export const CaseShape = Type.Object({
  id: Id,
  number: Type.Integer(),
  title: Type.String(),
  status: Status,
  file: Type.Object({ id: Id, reference: Type.String(), title: Type.String(), status: Status }),
  departmentId: Id,
  responsibleStaffId: Nullable(Id),
  createdAt: Time,
  rowVersion: Type.Integer(),
  documents: Type.Array(
    Type.Object({
      id: Id,
      title: Type.String(),
      documentType: Type.String(),
      currentVersion: Type.Integer(),
      createdAt: Time,
    }),
  ),
});

export const pageOf = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    nextCursor: Nullable(
      Type.String({ description: 'Für die nächste Seite als `cursor` mitgeben; null am Ende.' }),
    ),
  });

export function presentPlanNode(node: PlanTreeNode): Static<typeof PlanNodeShape> {
  return {
    id: node.id,
    parentId: node.parentId,
    code: node.code,
    title: node.title,
    description: node.description,
    active: node.active,
    usable: node.usable,
    retentionYears: node.retentionYears,
    disposal: node.disposal,
    confidentiality: node.confidentiality,
    effective: node.effective,
  };
}

export function presentFileListItem(row: {
  id: string;
  reference: string;
  title: string;
  status: 'open' | 'closed';
  confidentiality: 'open' | 'internal' | 'confidential';
  createdAt: Date;
  departmentNumber: string;
  departmentName: string;
}): Static<typeof FileListItemShape> {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status,
    confidentiality: row.confidentiality,
    createdAt: row.createdAt.toISOString(),
    department: { number: row.departmentNumber, name: row.departmentName },
  };
}

export function presentFile(view: Awaited<ReturnType<typeof describeFile>>): Static<typeof FileShape> {
  const { file } = view;
  return {
    id: file.id,
    reference: file.reference,
    title: file.title,
    planNode: { id: file.planNodeId, code: file.planCode, title: file.planTitle },
    department: { id: file.departmentId, number: file.departmentNumber, name: file.departmentName },
    responsibleStaffId: file.responsibleStaffId,
    confidentiality: file.confidentiality,
    status: file.status,
    retentionYears: file.retentionYears,
    disposal: file.disposal,
    createdAt: file.createdAt.toISOString(),
    closedAt: file.closedAt ? file.closedAt.toISOString() : null,
    retentionUntil: file.retentionUntil,
    rowVersion: file.rowVersion,
    relatedFiles: view.links.visible,
  };
}

export function presentCaseListItem(row: {
  id: string;
  number: number;
  title: string;
  status: 'open' | 'closed';
  createdAt: Date;
  fileId: string;
  fileReference: string;
  fileTitle: string;
  departmentNumber: string;
  departmentName: string;
}): Static<typeof CaseListItemShape> {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    file: { id: row.fileId, reference: row.fileReference, title: row.fileTitle },
    department: { number: row.departmentNumber, name: row.departmentName },
  };
}

export function presentCase(view: Awaited<ReturnType<typeof describeCase>>): Static<typeof CaseShape> {
  return {
    id: view.case.id,
    number: view.case.number,
    title: view.case.title,
    status: view.case.status,
    file: {
      id: view.file.id,
      reference: view.file.reference,
      title: view.file.title,
      status: view.file.status,
    },
    departmentId: view.case.departmentId,
    responsibleStaffId: view.case.responsibleStaffId,
    createdAt: view.case.createdAt.toISOString(),
    rowVersion: view.case.rowVersion,
    documents: view.documents.map((document) => ({
      id: document.id,
      title: document.title,
      documentType: document.documentType,
      currentVersion: document.currentVersion,
      createdAt: document.createdAt.toISOString(),
    })),
  };
}
