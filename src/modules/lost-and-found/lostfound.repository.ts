// All SQL of the Fundbüro, over one tenant's transaction: items (lostfound.items.repository.ts) and
// loss reports, matches and claims (lostfound.reports.repository.ts), as one repository.
import { createItemsRepository, type Trx } from './lostfound.items.repository.ts';
import { createReportsRepository } from './lostfound.reports.repository.ts';

export type {
  Item,
  ItemChange,
  ItemFilters,
  NewItem,
  Photo,
  Settings,
  Trx,
} from './lostfound.items.repository.ts';
export type { Claim, LossReport, Match } from './lostfound.reports.repository.ts';

export function createLostFoundRepository({ trx }: { trx: Trx }) {
  return { ...createItemsRepository({ trx }), ...createReportsRepository({ trx }) };
}

export type LostFoundRepository = ReturnType<typeof createLostFoundRepository>;
