// Texts of the forms engine: problems (each names its field, so the error summary reads on its own),
// buttons and summary labels. {label} is the field's label in the same language.
import type { Locale, Text } from '../../../platform/i18n/i18n.ts';

export const formsText = {
  required: { de: 'Bitte füllen Sie „{label}“ aus.', en: 'Please fill in “{label}”.' },
  requiredChoice: {
    de: 'Bitte wählen Sie bei „{label}“ eine Möglichkeit aus.',
    en: 'Please choose an option for “{label}”.',
  },
  requiredCheckbox: { de: 'Bitte bestätigen Sie „{label}“.', en: 'Please confirm “{label}”.' },
  requiredFile: { de: 'Bitte laden Sie „{label}“ hoch.', en: 'Please upload “{label}”.' },
  unknownOption: {
    de: 'Bitte wählen Sie bei „{label}“ eine der angebotenen Möglichkeiten.',
    en: 'Please choose one of the offered options for “{label}”.',
  },
  tooLong: {
    de: '„{label}“ darf höchstens {max} Zeichen lang sein.',
    en: '“{label}” may have at most {max} characters.',
  },
  notANumber: { de: '„{label}“ muss eine Zahl sein.', en: '“{label}” must be a number.' },
  notAnInteger: { de: '„{label}“ muss eine ganze Zahl sein.', en: '“{label}” must be a whole number.' },
  numberTooSmall: { de: '„{label}“ muss mindestens {min} sein.', en: '“{label}” must be at least {min}.' },
  numberTooLarge: { de: '„{label}“ darf höchstens {max} sein.', en: '“{label}” may be at most {max}.' },
  notMoney: {
    de: '„{label}“ muss ein Betrag in Euro sein, zum Beispiel 1.234,56.',
    en: '“{label}” must be an amount in euros, for example 1.234,56.',
  },
  notADate: {
    de: '„{label}“ muss ein gültiges Datum sein, zum Beispiel 31.12.1980.',
    en: '“{label}” must be a real date, for example 31.12.1980.',
  },
  dateTooEarly: {
    de: '„{label}“ darf nicht vor dem {min} liegen.',
    en: '“{label}” must not be before {min}.',
  },
  dateTooLate: {
    de: '„{label}“ darf nicht nach dem {max} liegen.',
    en: '“{label}” must not be after {max}.',
  },
  notAnEmail: {
    de: '„{label}“ muss eine E-Mail-Adresse sein, zum Beispiel name@beispiel.de.',
    en: '“{label}” must be an e-mail address, for example name@example.com.',
  },
  notAPhone: {
    de: '„{label}“ muss eine Telefonnummer sein, zum Beispiel 02175 992-0.',
    en: '“{label}” must be a telephone number, for example +49 2175 992-0.',
  },
  notAnIban: {
    de: '„{label}“ ist keine gültige IBAN. Bitte prüfen Sie die Angabe.',
    en: '“{label}” is not a valid IBAN. Please check it.',
  },
  ibanCountry: {
    de: '„{label}“: IBANs aus diesem Land werden hier nicht angenommen.',
    en: '“{label}”: IBANs from this country are not accepted here.',
  },
  notAPostalCode: {
    de: '„{label}“ muss aus fünf Ziffern bestehen.',
    en: '“{label}” must consist of five digits.',
  },
  tooFewItems: {
    de: 'Bitte geben Sie bei „{label}“ mindestens {min} an.',
    en: 'Please give at least {min} for “{label}”.',
  },
  tooManyItems: {
    de: 'Bei „{label}“ sind höchstens {max} möglich.',
    en: 'At most {max} are possible for “{label}”.',
  },
  fileType: {
    de: '„{name}“ hat ein Format, das hier nicht angenommen wird. Erlaubt: {accept}.',
    en: '“{name}” has a format that is not accepted here. Allowed: {accept}.',
  },
  fileSize: {
    de: '„{name}“ ist zu groß (höchstens {max}).',
    en: '“{name}” is too large (at most {max}).',
  },
  tooManyFiles: {
    de: 'Bei „{label}“ sind höchstens {max} Dateien möglich.',
    en: 'At most {max} files are possible for “{label}”.',
  },
  invalidStored: {
    de: 'Bitte prüfen Sie „{label}“ noch einmal.',
    en: 'Please check “{label}” again.',
  },
  // Address parts.
  street: { de: 'Straße', en: 'Street' },
  houseNumber: { de: 'Hausnummer', en: 'House number' },
  postalCode: { de: 'Postleitzahl', en: 'Postal code' },
  city: { de: 'Ort', en: 'Town or city' },
  // Buttons and page parts.
  next: { de: 'Weiter', en: 'Continue' },
  back: { de: 'Zurück', en: 'Back' },
  addItem: { de: 'Weitere Angabe hinzufügen: {label}', en: 'Add another: {label}' },
  removeItem: { de: 'Entfernen', en: 'Remove' },
  removeFile: { de: 'Entfernen', en: 'Remove' },
  uploadedFiles: { de: 'Bereits hochgeladen', en: 'Already uploaded' },
  stepOf: { de: 'Schritt {number} von {count}', en: 'Step {number} of {count}' },
  optional: { de: '(freiwillig)', en: '(optional)' },
  pleaseChoose: { de: 'Bitte wählen', en: 'Please choose' },
  change: { de: 'Ändern', en: 'Change' },
  yes: { de: 'Ja', en: 'Yes' },
  no: { de: 'Nein', en: 'No' },
  notGiven: { de: 'keine Angabe', en: 'not given' },
  computedTitle: { de: 'Gebühren und berechnete Angaben', en: 'Fees and calculated values' },
  noItems: { de: 'keine', en: 'none' },
} satisfies Record<string, Text>;

/** Fills a text's placeholders per language; a placeholder given as Text takes the same language. */
export function fillText(template: Text, values: Record<string, string | number | Text>): Text {
  const fill = (locale: Locale) =>
    template[locale].replace(/\{(\w+)\}/g, (match, key: string) => {
      const value = values[key];
      if (value === undefined) return match;
      return typeof value === 'object' ? value[locale] : String(value);
    });
  return { de: fill('de'), en: fill('en') };
}
