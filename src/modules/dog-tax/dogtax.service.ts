// The online service "Hund anmelden" as the portal sees it: the form, where registrations are filed in
// the E-Akte, and the treasury's own acceptance page instead of the notice templates (accepting a
// registration registers the dogs, hands out tax marks and issues the first tax notice).
import type { FormValues, OnlineService } from '../portal/index.ts';
import { DOG_TAX_PATHS } from './dogtax.paths.ts';
import { dogRegistrationForm, dogsOf } from './dogtax.registration.form.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function keeperOf(answers: FormValues | Record<string, unknown>) {
  const name = `${text(answers.firstName)} ${text(answers.lastName)}`.trim();
  const address = answers.address as
    { street: string; houseNumber: string; postalCode: string; city: string } | undefined;
  return {
    name,
    street: address ? `${address.street} ${address.houseNumber}` : '',
    postalCode: address?.postalCode ?? '',
    city: address?.city ?? '',
    addressLines: address
      ? [`${address.street} ${address.houseNumber}`, `${address.postalCode} ${address.city}`]
      : [],
  };
}

export const dogRegistrationService: OnlineService = {
  form: dogRegistrationForm,
  // 20.03.03 "Hundesteuer" of the demo town's file plan (Kämmerei, Steuern und Abgaben).
  filing: { planCode: '20.03.03', fileTitle: 'Hundesteueranmeldungen' },
  caseTitle: (answers) =>
    `Hundeanmeldung ${dogsOf(answers)
      .map((dog) => dog.name)
      .join(', ')} – ${keeperOf(answers).name}`.slice(0, 300),
  applicant: (answers) => ({ name: keeperOf(answers).name, addressLines: keeperOf(answers).addressLines }),
  // The registration itself is free; the tax is assessed by notice.
  feeCents: () => 0,
  officeAction: {
    label: { de: 'Anmeldung prüfen und annehmen', en: 'Check and accept the registration' },
    path: DOG_TAX_PATHS.accept,
  },
};
