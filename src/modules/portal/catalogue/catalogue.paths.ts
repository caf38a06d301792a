// Where the catalogue's pages live. /antrag/<slug> belongs to the applications part; the catalogue only
// links there.
export const CATALOGUE_PATHS = {
  list: '/leistungen',
  digital: '/leistungen/digital',
  service: (slug: string) => `/leistungen/${encodeURIComponent(slug)}`,
  apply: (slug: string) => `/antrag/${encodeURIComponent(slug)}`,
  admin: '/intern/leistungen',
  adminNew: '/intern/leistungen/neu',
  adminService: (id: string) => `/intern/leistungen/${id}`,
  adminOnline: (id: string) => `/intern/leistungen/${id}/online`,
} as const;
