// Every migration, in order. A migration is reviewable SQL in this folder; it runs in one transaction.
// Never edit or reorder an applied migration: add a new one.
export interface MigrationEntry {
  id: number;
  name: string;
}

export const migrations: MigrationEntry[] = [
  { id: 1, name: '0001-platform' },
  { id: 2, name: '0002-jobs' },
  { id: 3, name: '0003-mail' },
  { id: 4, name: '0004-identity' },
  { id: 5, name: '0005-audit' },
  { id: 6, name: '0006-api-clients' },
];
