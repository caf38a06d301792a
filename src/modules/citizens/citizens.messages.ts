import type { Text } from '../../platform/i18n/i18n.ts';

export const citizenText = {
  navAccount: { de: 'Mein Konto', en: 'My account' },
  navServices: { de: 'Leistungen', en: 'Services' },
  navApplications: { de: 'Meine Anträge', en: 'My applications' },
  navMailbox: { de: 'Postfach', en: 'Mailbox' },
  navLogin: { de: 'Anmelden', en: 'Sign in' },
  navRegister: { de: 'Registrieren', en: 'Register' },
  registerTitle: { de: 'Bürgerkonto anlegen', en: 'Create a citizen account' },
  registerIntro: {
    de: 'Mit einem Bürgerkonto stellen Sie Anträge online und sehen deren Stand. Alle Felder sind Pflichtfelder.',
    en: 'With a citizen account you apply online and follow your applications. All fields are required.',
  },
  registerButton: { de: 'Konto anlegen', en: 'Create account' },
  registeredTitle: {
    de: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    en: 'Please confirm your e-mail address',
  },
  registeredBody: {
    de: 'Wir haben eine E-Mail an {email} geschickt. Bitte öffnen Sie den Link darin innerhalb von 24 Stunden.',
    en: 'We have sent an e-mail to {email}. Please open the link in it within 24 hours.',
  },
  givenNameLabel: { de: 'Vorname', en: 'Given name' },
  familyNameLabel: { de: 'Nachname', en: 'Family name' },
  emailLabel: { de: 'E-Mail-Adresse', en: 'E-mail address' },
  passwordLabel: { de: 'Passwort (mindestens 12 Zeichen)', en: 'Password (at least 12 characters)' },
  currentPasswordLabel: { de: 'Passwort', en: 'Password' },
  passwordRepeatLabel: { de: 'Passwort wiederholen', en: 'Repeat password' },
  consentLabel: {
    de: 'Ich habe die Datenschutzhinweise gelesen und bin mit der Verarbeitung meiner Daten für das Bürgerkonto einverstanden.',
    en: 'I have read the privacy notice and agree to my data being processed for the citizen account.',
  },
  privacyLink: { de: 'Datenschutzhinweise', en: 'Privacy notice' },
  streetLabel: { de: 'Straße und Hausnummer', en: 'Street and house number' },
  postalCodeLabel: { de: 'Postleitzahl', en: 'Postal code' },
  cityLabel: { de: 'Ort', en: 'Town' },
  phoneLabel: { de: 'Telefon (freiwillig)', en: 'Phone (optional)' },
  givenNameMissing: { de: 'Bitte geben Sie Ihren Vornamen ein.', en: 'Please enter your given name.' },
  familyNameMissing: { de: 'Bitte geben Sie Ihren Nachnamen ein.', en: 'Please enter your family name.' },
  nameTooLong: {
    de: 'Bitte kürzen Sie den Namen auf 100 Zeichen.',
    en: 'Please shorten the name to 100 characters.',
  },
  emailInvalid: {
    de: 'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.',
    en: 'Please enter an e-mail address in the format name@example.org.',
  },
  emailMissing: { de: 'Bitte geben Sie Ihre E-Mail-Adresse ein.', en: 'Please enter your e-mail address.' },
  passwordMissing: { de: 'Bitte geben Sie Ihr Passwort ein.', en: 'Please enter your password.' },
  passwordTooShort: {
    de: 'Das Passwort muss mindestens 12 Zeichen lang sein.',
    en: 'The password must be at least 12 characters long.',
  },
  passwordMismatch: {
    de: 'Die beiden Passwörter stimmen nicht überein.',
    en: 'The two passwords do not match.',
  },
  consentMissing: {
    de: 'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.',
    en: 'Please confirm that you have read the privacy notice.',
  },
  postalCodeInvalid: {
    de: 'Die Postleitzahl muss aus genau 5 Ziffern bestehen, zum Beispiel 42799.',
    en: 'The postal code must be exactly 5 digits, for example 42799.',
  },
  streetInvalid: {
    de: 'Bitte kürzen Sie die Straße auf 200 Zeichen.',
    en: 'Please shorten the street to 200 characters.',
  },
  cityInvalid: {
    de: 'Bitte kürzen Sie den Ort auf 100 Zeichen.',
    en: 'Please shorten the town to 100 characters.',
  },
  phoneInvalid: {
    de: 'Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.',
    en: 'The phone number may contain only digits, spaces and + ( ) / -.',
  },
  loginTitle: { de: 'Anmeldung zum Bürgerkonto', en: 'Sign in to your citizen account' },
  loginButton: { de: 'Anmelden', en: 'Sign in' },
  forgotLink: { de: 'Passwort vergessen?', en: 'Forgot your password?' },
  registerLink: { de: 'Noch kein Konto? Jetzt registrieren', en: 'No account yet? Register now' },
  logoutButton: { de: 'Abmelden', en: 'Sign out' },
  verifyTitle: { de: 'E-Mail-Adresse bestätigen', en: 'Confirm e-mail address' },
  verifyIntro: {
    de: 'Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Bürgerkonto freizuschalten.',
    en: 'Please confirm your e-mail address to activate your citizen account.',
  },
  verifyButton: { de: 'E-Mail-Adresse bestätigen', en: 'Confirm e-mail address' },
  verifiedBody: {
    de: 'Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.',
    en: 'Your e-mail address is confirmed. You can sign in now.',
  },
  forgotTitle: { de: 'Passwort vergessen', en: 'Forgot password' },
  forgotIntro: {
    de: 'Geben Sie die E-Mail-Adresse Ihres Bürgerkontos ein. Wir schicken Ihnen einen Link zum Festlegen eines neuen Passworts.',
    en: 'Enter the e-mail address of your citizen account. We will send you a link to set a new password.',
  },
  forgotButton: { de: 'Link anfordern', en: 'Request link' },
  forgotSent: {
    de: 'Wenn zu dieser Adresse ein Bürgerkonto besteht, haben wir eine E-Mail mit einem Link geschickt. Der Link gilt eine Stunde.',
    en: 'If a citizen account exists for this address, we have sent an e-mail with a link. The link is valid for one hour.',
  },
  resetTitle: { de: 'Neues Passwort festlegen', en: 'Set a new password' },
  resetButton: { de: 'Passwort speichern', en: 'Save password' },
  resetDone: {
    de: 'Ihr neues Passwort ist gespeichert. Bitte melden Sie sich damit an.',
    en: 'Your new password is saved. Please sign in with it.',
  },
  accountTitle: { de: 'Mein Konto', en: 'My account' },
  accountIntro: {
    de: 'Ihre Angaben für Anträge und Bescheide.',
    en: 'Your details for applications and notices.',
  },
  signedInAs: { de: 'Angemeldet als {name}', en: 'Signed in as {name}' },
  profileHeading: { de: 'Ihre Angaben', en: 'Your details' },
  saveButton: { de: 'Angaben speichern', en: 'Save details' },
  saved: { de: 'Ihre Angaben sind gespeichert.', en: 'Your details have been saved.' },
  done: { de: 'Erledigt', en: 'Done' },
  mailVerifySubject: {
    de: 'Bitte bestätigen Sie Ihr Bürgerkonto',
    en: 'Please confirm your citizen account',
  },
  mailVerifyText: {
    de: 'Guten Tag {name},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse für das Bürgerkonto bei {town}:\n\n{link}\n\nDer Link gilt 24 Stunden und nur einmal. Haben Sie kein Konto angelegt, können Sie diese E-Mail ignorieren.\n',
    en: 'Hello {name},\n\nplease confirm your e-mail address for the citizen account at {town}:\n\n{link}\n\nThe link is valid for 24 hours and only once. If you did not create an account, you can ignore this e-mail.\n',
  },
  mailExistsSubject: { de: 'Ihr Bürgerkonto', en: 'Your citizen account' },
  mailExistsText: {
    de: 'Guten Tag,\n\njemand wollte mit dieser E-Mail-Adresse ein Bürgerkonto bei {town} anlegen. Es gibt bereits ein Konto. Haben Sie Ihr Passwort vergessen, setzen Sie es hier neu: {link}\n',
    en: 'Hello,\n\nsomeone tried to create a citizen account at {town} with this e-mail address. An account already exists. If you forgot your password, reset it here: {link}\n',
  },
  mailResetSubject: { de: 'Neues Passwort für Ihr Bürgerkonto', en: 'New password for your citizen account' },
  mailResetText: {
    de: 'Guten Tag,\n\nüber diesen Link legen Sie ein neues Passwort für Ihr Bürgerkonto bei {town} fest:\n\n{link}\n\nDer Link gilt eine Stunde und nur einmal. Haben Sie das nicht angefordert, können Sie diese E-Mail ignorieren.\n',
    en: 'Hello,\n\nuse this link to set a new password for your citizen account at {town}:\n\n{link}\n\nThe link is valid for one hour and only once. If you did not request this, you can ignore this e-mail.\n',
  },
} satisfies Record<string, Text>;
