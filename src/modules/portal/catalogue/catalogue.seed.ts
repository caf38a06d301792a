// Seeds the demo catalogue (catalogue.seed-data.ts) for a municipality whose departments the identity
// seed has created. Idempotent: a service whose slug exists is left as it is.
import type { Kysely } from 'kysely';
import { withTenant } from '../../../platform/db/tenant-scope.ts';
import { listDepartments } from './catalogue.departments.ts';
import { createCatalogueRepository } from './catalogue.repository.ts';
import { demoServices } from './catalogue.seed-data.ts';
import type { CatalogueTables } from './catalogue.tables.ts';

export async function seedCatalogueDemo(
  db: Kysely<unknown>,
  tenantId: string,
): Promise<{ inserted: number }> {
  return withTenant(db as Kysely<CatalogueTables>, tenantId, async (trx) => {
    const departments = new Map((await listDepartments(trx)).map((d) => [d.number, d]));
    const repository = createCatalogueRepository({ trx });
    let inserted = 0;
    for (const service of demoServices) {
      const department = departments.get(service.department);
      if (!department)
        throw new Error(`demo department ${service.department} is missing (seed identity first)`);
      const added = await repository.insertIfMissing({
        slug: service.slug,
        leikaKey: null,
        name: service.name,
        nameEn: service.nameEn,
        summary: service.summary,
        summaryEn: service.summaryEn,
        description: service.description,
        descriptionEn: null,
        departmentId: department.id,
        departmentName: department.name,
        fees: service.fees,
        requiredDocuments: service.documents,
        legalBasis: service.legalBasis,
        onlineLevel: service.level,
        formKey: service.formKey ?? null,
        online: service.online ?? true,
        keywords: service.keywords,
      });
      if (added) inserted += 1;
    }
    return { inserted };
  });
}
