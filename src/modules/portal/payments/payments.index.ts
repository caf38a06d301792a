// What the rest of the portal uses of the payments part (the applications part: start a payment for an
// application, read whether it is paid). Its tables stay private to it.
export {
  startPayment,
  paymentStatusOf,
  paymentStatusIn,
  requestOrigin,
  paymentResultPath,
  type StartPaymentInput,
  type PaymentView,
} from './payments.usecases.ts';
export type { PaymentStatus } from './payments.tables.ts';
export type { PaymentsDeps } from './payments.registry.ts';
export {
  paymentsConfig,
  paymentsSettingsFrom,
  type PaymentsConfig,
  type PaymentsSettings,
} from './payments.config.ts';
export type { PaymentProvider } from './payments.provider.ts';
export { PURPOSE_MAX_LENGTH } from './payments.provider.ts';
