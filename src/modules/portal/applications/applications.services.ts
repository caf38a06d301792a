// The online services in code: what a service adds to the chain besides its catalogue entry — its form,
// where its applications are filed in the E-Akte, the fee, and what its notices say. A new online service
// is one more entry here (and its form definition); the catalogue row links to it by `form_key`.
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

export function onlineServiceFor(formKey: string | null | undefined): OnlineService | undefined {
  return formKey && Object.hasOwn(services, formKey) ? services[formKey] : undefined;
}
