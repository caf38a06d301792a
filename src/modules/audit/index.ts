export { createAuditTrail, type AuditTrail, type AuditEvent, type AppendedEntry } from './audit.trail.ts';
export { verifyAuditChain, auditCommand, type AuditVerification, type AuditBreak } from './audit.verify.ts';
export type { AuditActorType, AuditTables } from './audit.tables.ts';
export { createAuditRoutes } from './audit.routes.ts';
export { listAuditEntries, type AuditEntryView } from './audit.usecases.ts';
