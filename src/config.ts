// The whole configuration as one typed tree, collected from the keys each part declares beside its code.
// Read and validated once at start; a wrong value stops the start with a message naming the variable.
import { blobsConfig } from './platform/blobs/blobs.config.ts';
import { readSection, type ConfigSection, type ConfigValues } from './platform/config/config-keys.ts';
import { coreConfig } from './platform/config/core.config.ts';
import { dbConfig } from './platform/db/db.config.ts';
import { httpConfig } from './platform/http/http.config.ts';
import { jobsConfig } from './platform/jobs/index.ts';
import { mailConfig } from './platform/mail/index.ts';
import { oidcConfig } from './modules/identity/index.ts';
import { citizenOidcConfig } from './modules/citizens/index.ts';
import { recordsConfig, recordsIngestConfig } from './modules/records/index.ts';
import { paymentsConfig } from './modules/portal/index.ts';
import { invoicesMailConfig, invoicesValidationConfig } from './modules/invoices/index.ts';

export const configSections = {
  core: coreConfig,
  db: dbConfig,
  http: httpConfig,
  blobs: blobsConfig,
  jobs: jobsConfig,
  mail: mailConfig,
  oidc: oidcConfig,
  citizenOidc: citizenOidcConfig,
  records: recordsConfig,
  recordsIngest: recordsIngestConfig,
  payments: paymentsConfig,
  invoicesValidation: invoicesValidationConfig,
  invoicesMail: invoicesMailConfig,
} satisfies Record<string, ConfigSection>;

export type AppConfig = { [K in keyof typeof configSections]: ConfigValues<(typeof configSections)[K]> };

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: { [K in keyof AppConfig]?: Partial<AppConfig[K]> } = {},
): AppConfig {
  const config = {} as Record<string, unknown>;
  for (const [name, section] of Object.entries(configSections)) {
    config[name] = { ...readSection(section, env), ...(overrides as Record<string, object>)[name] };
  }
  return config as AppConfig;
}
