// A citizen reaches only the dogs of their own household: any other dog does not exist for them (404).
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { dogTaxErrors } from './dogtax.errors.ts';
import { createRegisterRepository, type Dog, type Household } from './dogtax.register.repository.ts';
import type { DogTaxTables } from './dogtax.tables.ts';

export async function ownDog(
  trx: TenantTransaction<DogTaxTables>,
  citizenId: string,
  dogId: string,
  { lock }: { lock: boolean },
): Promise<{ household: Household; dog: Dog }> {
  const register = createRegisterRepository({ trx });
  const household = await register.householdOfCitizen(citizenId);
  const dog = household ? await register.dog(dogId, lock) : undefined;
  if (!household || !dog || dog.householdId !== household.id) throw dogTaxErrors.dog_not_found();
  return { household, dog };
}
