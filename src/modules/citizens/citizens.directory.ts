// What other modules may know of a citizen account: name, contact and address, e.g. to prefill an
// application or to announce a Postfach message by e-mail. Read inside the caller's tenant transaction.
import type { TenantTransaction } from '../../platform/db/tenant-scope.ts';
import { createCitizensRepository } from './citizens.repository.ts';
import type { CitizenTables } from './citizens.tables.ts';

export interface CitizenContact {
  id: string;
  /** Null for a BundID account that brought no address. */
  email: string | null;
  givenName: string;
  familyName: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
}

export async function findCitizenContact(
  trx: TenantTransaction<unknown>,
  citizenId: string,
): Promise<CitizenContact | undefined> {
  const row = await createCitizensRepository({
    trx: trx as unknown as TenantTransaction<CitizenTables>,
  }).findCitizen(citizenId);
  return row ?? undefined;
}
