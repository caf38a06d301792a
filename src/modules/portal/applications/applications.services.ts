// The online services in code: what a service adds to the chain besides its catalogue entry — its form,
// where its applications are filed in the E-Akte, the fee, and what its notices say. A new online service
// is one more entry here (and its form definition); the catalogue row links to it by `form_key`. A domain
// module with its own office work (the dog tax) defines its service itself and hands it to createPortal,
// which registers it here: the portal never imports that module.
import type { Text } from '../../../platform/i18n/i18n.ts';
import type { FormDefinition, FormValues } from '../forms/forms.types.ts';
import { residentsParkingPermitForm } from '../forms/forms.sample.ts';

export interface OnlineService {
  form: FormDefinition;
  filing: {
    /** The file plan group of the collective file (Sammelakte) the cases go into. */
    planCode: string;
    /** The collective file's title without the year. */
    fileTitle: string;
  };
  /** The case's title in the E-Akte, e.g. "Bewohnerparkausweis GL-AB 123 – Erika Mustermann". */
  caseTitle: (answers: FormValues) => string;
  /** The applicant as the notice addresses them (name and address lines). */
  applicant: (answers: FormValues) => { name: string; addressLines: string[] };
  /** The fee in cents (0: none), from the form's computed values. */
  feeCents: (answers: FormValues) => number;
  /** The domain module's own page that decides the application (instead of the notice templates), e.g.
   *  the dog tax acceptance that registers the dogs and issues the tax notice. */
  officeAction?: { label: Text; path: (applicationId: string) => string };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function personOf(answers: FormValues) {
  const name = `${text(answers.firstName)} ${text(answers.lastName)}`.trim();
  const address = answers.address as
    { street: string; houseNumber: string; postalCode: string; city: string } | undefined;
  const addressLines = address
    ? [`${address.street} ${address.houseNumber}`, `${address.postalCode} ${address.city}`]
    : [];
  return { name, addressLines };
}

const residentsParkingPermit: OnlineService = {
  form: residentsParkingPermitForm,
  // 32.12.02 "Ausnahmegenehmigungen und Parkausweise" of the demo town's file plan.
  filing: { planCode: '32.12.02', fileTitle: 'Bewohnerparkausweise' },
  caseTitle: (answers) => `Bewohnerparkausweis ${text(answers.licencePlate)} – ${personOf(answers).name}`,
  applicant: personOf,
  feeCents: (answers) => {
    const fee = residentsParkingPermitForm.computed?.find((value) => value.name === 'fee')?.compute(answers);
    return typeof fee === 'number' ? fee : 0;
  },
};

const services: Record<string, OnlineService> = {
  [residentsParkingPermitForm.key]: residentsParkingPermit,
};

/** Adds a domain module's service; the same definition again is fine (several app instances in tests). */
export function registerOnlineService(service: OnlineService): void {
  const key = service.form.key;
  const existing = Object.hasOwn(services, key) ? services[key] : undefined;
  if (existing && existing.form !== service.form) throw new Error(`online service ${key} is defined twice`);
  services[key] = service;
}

export function onlineServiceFor(formKey: string | null | undefined): OnlineService | undefined {
  return formKey && Object.hasOwn(services, formKey) ? services[formKey] : undefined;
}
