// Every address of the citizen account (Bürgerkonto) and the business accounts, in one place.
export const CITIZEN_PATHS = {
  account: '/konto',
  /** The portal's pages in the account (applications part, Postfach), linked from its navigation. */
  applications: '/konto/antraege',
  mailbox: '/konto/postfach',
  register: '/konto/registrieren',
  verify: '/konto/bestaetigen',
  login: '/konto/anmelden',
  logout: '/konto/abmelden',
  forgot: '/konto/passwort-vergessen',
  reset: '/konto/passwort-neu',
  /** Sign-in through the state identity service (BundID); with ?verknuepfen=1 links it to the account. */
  oidcStart: '/konto/anmelden/bundid',
  oidcCallback: '/konto/anmelden/bundid/callback',
  companies: '/konto/unternehmen',
  companyNew: '/konto/unternehmen/neu',
  actingFor: '/konto/unternehmen/handeln-fuer',
  invitation: '/konto/unternehmen/einladung',
  company: (id: string) => `/konto/unternehmen/${id}`,
  companyEdit: (id: string) => `/konto/unternehmen/${id}/bearbeiten`,
  companyInvite: (id: string) => `/konto/unternehmen/${id}/einladen`,
  memberRole: (id: string, memberId: string) => `/konto/unternehmen/${id}/mitglieder/${memberId}/rolle`,
  memberRemove: (id: string, memberId: string) => `/konto/unternehmen/${id}/mitglieder/${memberId}/entfernen`,
} as const;
