// What the file forms and filters offer to choose from: departments, plan groups, people.
import { createOrgRepository } from './records.core.org.repository.ts';
import type { Option } from './records.files.pages.tsx';
import { writableDepartments } from './records.files.usecases.ts';
import type { RecordsViewer } from './records.policies.ts';
import { createPlanRepository } from './records.plan.repository.ts';
import { buildPlanTree, type RecordsScope } from './records.plan.usecases.ts';

export async function loadChoices(scope: RecordsScope, viewer: RecordsViewer, currentDepartmentId?: string) {
  return scope(async (trx) => {
    const org = createOrgRepository({ trx });
    const departments = await org.listDepartments();
    const nodes = await createPlanRepository({ trx }).listNodes();
    const { byId } = buildPlanTree(nodes);
    const allowed = writableDepartments(viewer);
    const asOption = (department: { id: string; number: string; name: string }): Option => ({
      id: department.id,
      label: `${department.number} ${department.name}`,
    });
    const writable = departments.filter((department) => !allowed || allowed.includes(department.id));
    return {
      allDepartments: departments.map(asOption),
      allPlanNodes: nodes.map((node) => ({ id: node.id, label: `${node.code} ${node.title}` })),
      usablePlanNodes: nodes
        .filter((node) => byId.get(node.id)?.usable)
        .map((node) => ({ id: node.id, label: `${node.code} ${node.title}` })),
      writableDepartments: writable.map(asOption),
      /** On the edit form: where the file may go, and where it is now. */
      editDepartments: departments
        .filter(
          (department) =>
            department.id === currentDepartmentId || !allowed || allowed.includes(department.id),
        )
        .map(asOption),
      people: currentDepartmentId
        ? (await org.listStaffOf(currentDepartmentId)).map((person) => ({
            id: person.id,
            label: person.displayName,
          }))
        : [],
    };
  });
}
