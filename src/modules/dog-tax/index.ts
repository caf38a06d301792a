// The dog tax module's public face: the module, its job, online service, demo seed and access table, and
// the pure engine (dogtax.index.ts) for benchmarks and tests elsewhere.
export { createDogTax, type DogTaxModule } from './dogtax.module.ts';
export type { DogTaxDeps } from './dogtax.deps.ts';
export { defineDogTaxJobs, ANNUAL_RUN_JOB, runAnnual, startAnnualRun } from './dogtax.run.ts';
export { dogRegistrationService } from './dogtax.service.ts';
export { DOG_REGISTRATION_FORM_KEY } from './dogtax.registration.form.ts';
export { seedDogTaxDemo, DEMO_DOG_TAX_ACCOUNT } from './dogtax.seed.ts';
export { dogTaxRouteAccess } from './dogtax.access-table.ts';
export { DOG_TAX_PATHS } from './dogtax.paths.ts';
export type { DogTaxTables } from './dogtax.tables.ts';
export * from './dogtax.index.ts';
export { insertSyntheticRegister, type SyntheticRegister } from './dogtax.synthetic.ts';
