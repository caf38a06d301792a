// Where the notice templates' administration pages live: under the service they belong to, and by id.
export const NOTICE_PATHS = {
  ofService: (serviceId: string) => `/intern/leistungen/${serviceId}/bescheidvorlagen`,
  newOfService: (serviceId: string) => `/intern/leistungen/${serviceId}/bescheidvorlagen/neu`,
  template: (templateId: string) => `/intern/bescheidvorlagen/${templateId}`,
  preview: (templateId: string) => `/intern/bescheidvorlagen/${templateId}/vorschau.pdf`,
  service: (serviceId: string) => `/intern/leistungen/${serviceId}`,
  catalogueAdmin: '/intern/leistungen',
} as const;
