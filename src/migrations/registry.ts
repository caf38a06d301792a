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
  { id: 7, name: '0007-staff-security' },
  { id: 8, name: '0008-citizens' },
  { id: 9, name: '0009-staff-administration' },
  { id: 10, name: '0010-oidc' },
  { id: 11, name: '0011-citizens-identity-providers' },
  { id: 12, name: '0012-records' },
  { id: 13, name: '0013-records-ingest' },
  { id: 14, name: '0014-records-search' },
  { id: 15, name: '0015-records-workflow' },
  { id: 16, name: '0016-portal-site' },
  { id: 17, name: '0017-portal-catalogue' },
  { id: 18, name: '0018-portal-payments' },
  { id: 19, name: '0019-portal-mailbox' },
  { id: 20, name: '0020-portal-applications' },
  { id: 21, name: '0021-portal-notices' },
  { id: 22, name: '0022-dog-tax' },
  { id: 23, name: '0023-lost-and-found' },
  { id: 24, name: '0024-invoices' },
];
