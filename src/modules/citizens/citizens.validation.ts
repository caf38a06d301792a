// The rules for what a citizen types in. Each problem names its field, so the page can show it in the
// error summary and beside the field (WCAG 3.3.1).
import type { Text } from '../../platform/i18n/i18n.ts';
import { citizenText } from './citizens.messages.ts';
import type { CitizenProfile } from './citizens.repository.ts';

export interface FieldProblem {
  field: string;
  text: Text;
}

export const MIN_PASSWORD_LENGTH = 12;
const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const phonePattern = /^[0-9+()/\- ]{3,40}$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function checkName(value: string, field: string, missing: Text): FieldProblem[] {
  if (value.trim() === '') return [{ field, text: missing }];
  if (value.trim().length > 100) return [{ field, text: citizenText.nameTooLong }];
  return [];
}

export function checkNewPassword(password: string, repeat: string): FieldProblem[] {
  if (password.length < MIN_PASSWORD_LENGTH)
    return [{ field: 'password', text: citizenText.passwordTooShort }];
  if (password !== repeat) return [{ field: 'passwordRepeat', text: citizenText.passwordMismatch }];
  return [];
}

export function checkRegistration(form: {
  givenName: string;
  familyName: string;
  email: string;
  password: string;
  passwordRepeat: string;
  consent: boolean;
}): FieldProblem[] {
  const email = normaliseEmail(form.email);
  return [
    ...checkName(form.givenName, 'givenName', citizenText.givenNameMissing),
    ...checkName(form.familyName, 'familyName', citizenText.familyNameMissing),
    ...(emailPattern.test(email) && email.length <= 320
      ? []
      : [{ field: 'email', text: email === '' ? citizenText.emailMissing : citizenText.emailInvalid }]),
    ...checkNewPassword(form.password, form.passwordRepeat),
    ...(form.consent ? [] : [{ field: 'consent', text: citizenText.consentMissing }]),
  ];
}

/** Empty optional fields become null; the result is what gets stored. */
export function checkProfile(form: {
  givenName: string;
  familyName: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
}): { problems: FieldProblem[]; profile: CitizenProfile } {
  const optional = (value: string) => (value.trim() === '' ? null : value.trim());
  const profile: CitizenProfile = {
    givenName: form.givenName.trim(),
    familyName: form.familyName.trim(),
    street: optional(form.street),
    postalCode: optional(form.postalCode),
    city: optional(form.city),
    phone: optional(form.phone),
  };
  const problems: FieldProblem[] = [
    ...checkName(form.givenName, 'givenName', citizenText.givenNameMissing),
    ...checkName(form.familyName, 'familyName', citizenText.familyNameMissing),
  ];
  if (profile.street !== null && profile.street.length > 200)
    problems.push({ field: 'street', text: citizenText.streetInvalid });
  if (profile.postalCode !== null && !/^[0-9]{5}$/.test(profile.postalCode))
    problems.push({ field: 'postalCode', text: citizenText.postalCodeInvalid });
  if (profile.city !== null && profile.city.length > 100)
    problems.push({ field: 'city', text: citizenText.cityInvalid });
  if (profile.phone !== null && !phonePattern.test(profile.phone))
    problems.push({ field: 'phone', text: citizenText.phoneInvalid });
  return { problems, profile };
}
