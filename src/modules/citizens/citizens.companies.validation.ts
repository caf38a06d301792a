// The rules for what a citizen types in about a company and an invitation. Each problem names its
// field, so the page can show it in the error summary and beside the field (WCAG 3.3.1).
import type { Text } from '../../platform/i18n/i18n.ts';
import { companyText } from './citizens.companies.messages.ts';
import type { CompanyData } from './citizens.companies.repository.ts';
import type { CompanyRole } from './citizens.tables.ts';
import { normaliseEmail, type FieldProblem } from './citizens.validation.ts';

/** German legal forms, as the registers and the tax office name them. */
export const legalForms = [
  'Einzelunternehmen',
  'e. K.',
  'GbR',
  'OHG',
  'KG',
  'GmbH & Co. KG',
  'GmbH',
  'UG (haftungsbeschränkt)',
  'AG',
  'eG',
  'PartG',
  'PartG mbB',
  'e. V.',
  'Stiftung',
  'Sonstige',
] as const;

export const companyRoles: CompanyRole[] = ['admin', 'member'];

// HRA/HRB (Handelsregister), GnR (Genossenschaften), PR (Partnerschaften), VR (Vereine), GsR (GbR).
const registerNumberPattern = /^(HRA|HRB|GnR|PR|VR|GsR)\s*([0-9]{1,6})(\s*[A-Z]{1,2})?$/i;
const registerTypes = new Map(
  ['HRA', 'HRB', 'GnR', 'PR', 'VR', 'GsR'].map((type) => [type.toLowerCase(), type]),
);
const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export interface CompanyForm {
  name: string;
  legalForm: string;
  registerCourt: string;
  registerNumber: string;
  taxNumber: string;
  street: string;
  postalCode: string;
  city: string;
}

const optional = (value: string) => (value.trim() === '' ? null : value.trim().replaceAll(/\s+/g, ' '));

/** "hrb12345" → "HRB 12345": one spelling, so clerks can search for it. */
function normaliseRegisterNumber(value: string): string | undefined {
  const match = registerNumberPattern.exec(value.trim());
  if (!match) return undefined;
  const type = registerTypes.get(match[1]!.toLowerCase())!;
  return `${type} ${match[2]}${match[3] ? ` ${match[3].trim().toUpperCase()}` : ''}`;
}

/** Empty optional fields become null; the result is what gets stored. */
export function checkCompany(form: CompanyForm): { problems: FieldProblem[]; company: CompanyData } {
  const problems: FieldProblem[] = [];
  const add = (field: string, text: Text) => problems.push({ field, text });
  const name = form.name.trim().replaceAll(/\s+/g, ' ');
  if (name === '') add('name', companyText.nameMissing);
  else if (name.length > 200) add('name', companyText.nameTooLong);
  if (!(legalForms as readonly string[]).includes(form.legalForm))
    add('legalForm', companyText.legalFormMissing);

  const registerCourt = optional(form.registerCourt);
  const registerNumberRaw = optional(form.registerNumber);
  const registerNumber = registerNumberRaw === null ? null : normaliseRegisterNumber(registerNumberRaw);
  const taxNumber = optional(form.taxNumber);
  if (registerCourt === null && registerNumberRaw === null && taxNumber === null)
    add('registerCourt', companyText.identifierMissing);
  if (registerCourt !== null && registerCourt.length > 100)
    add('registerCourt', companyText.registerCourtInvalid);
  if (registerCourt === null && registerNumberRaw !== null)
    add('registerCourt', companyText.registerCourtMissing);
  if (registerCourt !== null && registerNumberRaw === null)
    add('registerNumber', companyText.registerNumberMissing);
  if (registerNumberRaw !== null && registerNumber === undefined)
    add('registerNumber', companyText.registerNumberInvalid);
  if (taxNumber !== null) {
    const digits = taxNumber.replaceAll(/[^0-9]/g, '').length;
    if (!/^[0-9][0-9/ ]*[0-9]$/.test(taxNumber) || digits < 10 || digits > 13)
      add('taxNumber', companyText.taxNumberInvalid);
  }

  const street = optional(form.street);
  const postalCode = optional(form.postalCode);
  const city = optional(form.city);
  if (street !== null && street.length > 200) add('street', companyText.streetInvalid);
  if (postalCode !== null && !/^[0-9]{5}$/.test(postalCode)) add('postalCode', companyText.postalCodeInvalid);
  if (city !== null && city.length > 100) add('city', companyText.cityInvalid);

  return {
    problems,
    company: {
      name,
      legalForm: form.legalForm,
      registerCourt,
      registerNumber: registerNumber ?? registerNumberRaw,
      taxNumber,
      street,
      postalCode,
      city,
    },
  };
}

export function checkInvitation(form: { email: string; role: string }): {
  problems: FieldProblem[];
  invitation: { email: string; role: CompanyRole };
} {
  const email = normaliseEmail(form.email);
  const problems: FieldProblem[] = [];
  if (!emailPattern.test(email) || email.length > 320)
    problems.push({ field: 'email', text: companyText.inviteEmailInvalid });
  if (!(companyRoles as string[]).includes(form.role))
    problems.push({ field: 'role', text: companyText.inviteRoleInvalid });
  return { problems, invitation: { email, role: form.role as CompanyRole } };
}
