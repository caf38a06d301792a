// Texts of the Postfach pages and of the announcement mail (German first, English).
import type { Text } from '../../../platform/i18n/i18n.ts';
import type { MessageKind } from './mailbox.tables.ts';

export const mailboxText = {
  listTitle: { de: 'Postfach', en: 'Mailbox' },
  listIntro: {
    de: 'Hier erhalten Sie Nachrichten, Rückfragen und Bescheide der Verwaltung. Wir benachrichtigen Sie per E-Mail, wenn etwas Neues da ist; der Inhalt steht nur hier.',
    en: 'Here you receive messages, queries and notices from the administration. We let you know by e-mail when something new arrives; the content is only here.',
  },
  empty: { de: 'Ihr Postfach ist leer.', en: 'Your mailbox is empty.' },
  newBadge: { de: 'neu', en: 'new' },
  unreadHint: { de: 'ungelesen', en: 'unread' },
  columnSubject: { de: 'Betreff', en: 'Subject' },
  columnKind: { de: 'Art', en: 'Type' },
  columnReceived: { de: 'Eingegangen', en: 'Received' },
  columnDeadline: { de: 'Antwort bis', en: 'Reply by' },
  older: { de: 'Ältere Nachrichten', en: 'Older messages' },
  backToList: { de: 'Zurück zum Postfach', en: 'Back to the mailbox' },
  providedOn: { de: 'Bereitgestellt am {date}', en: 'Made available on {date}' },
  openedOn: { de: 'Zugestellt/abgerufen am {date}', en: 'Delivered/retrieved on {date}' },
  replyBy: { de: 'Bitte antworten Sie bis zum {date}.', en: 'Please reply by {date}.' },
  attachmentsHeading: { de: 'Anhänge', en: 'Attachments' },
  download: { de: '{name} herunterladen ({size})', en: 'Download {name} ({size})' },
  repliesHeading: { de: 'Ihre Antworten', en: 'Your replies' },
  sentOn: { de: 'Gesendet am {date}', en: 'Sent on {date}' },
  replyHeading: { de: 'Antworten', en: 'Reply' },
  replyIntro: {
    de: 'Ihre Antwort und Ihre Dateien gehen an die zuständige Stelle und werden zur Akte genommen.',
    en: 'Your reply and your files go to the office in charge and are added to the file.',
  },
  replyTextLabel: {
    de: 'Ihre Nachricht (höchstens 5.000 Zeichen)',
    en: 'Your message (at most 5,000 characters)',
  },
  replyFilesLabel: { de: 'Dateien (freiwillig)', en: 'Files (optional)' },
  replyFilesHint: {
    de: 'Bis zu {count} Dateien: PDF, Bilder (PNG, JPEG, TIFF), Text, XML oder Office-Dokumente (ODT, ODS, DOCX, XLSX).',
    en: 'Up to {count} files: PDF, images (PNG, JPEG, TIFF), text, XML or office documents (ODT, ODS, DOCX, XLSX).',
  },
  replyButton: { de: 'Antwort senden', en: 'Send reply' },
  replySent: { de: 'Ihre Antwort wurde gesendet.', en: 'Your reply has been sent.' },
  replyTextMissing: { de: 'Bitte geben Sie Ihre Nachricht ein.', en: 'Please enter your message.' },
  replyTextTooLong: {
    de: 'Ihre Nachricht ist zu lang (höchstens 5.000 Zeichen).',
    en: 'Your message is too long (at most 5,000 characters).',
  },
  fileRefused: { de: '„{name}“: {reason}', en: '“{name}”: {reason}' },
  replySubject: { de: 'Antwort: {subject}', en: 'Reply: {subject}' },
  // The announcement mail: never the content, only that something arrived and where (DESIGN §4).
  mailSubject: {
    de: 'Neue Nachricht in Ihrem Postfach – {town}',
    en: 'New message in your mailbox – {town}',
  },
  mailText: {
    de: 'Guten Tag,\n\nin Ihrem Postfach bei {town} liegt eine neue Nachricht für Sie. Bitte melden Sie sich an, um sie zu lesen:\n\n{link}\n\nAus Gründen des Datenschutzes steht der Inhalt nicht in dieser E-Mail. Bitte antworten Sie nicht auf diese E-Mail.\n\nMit freundlichen Grüßen\n{town}',
    en: 'Hello,\n\nthere is a new message for you in your mailbox at {town}. Please sign in to read it:\n\n{link}\n\nTo protect your data, the content is not in this e-mail. Please do not reply to this e-mail.\n\nKind regards\n{town}',
  },
} satisfies Record<string, Text>;

export const kindText: Record<MessageKind, Text> = {
  notice: { de: 'Bescheid', en: 'Notice' },
  query: { de: 'Rückfrage', en: 'Query' },
  message: { de: 'Nachricht', en: 'Message' },
};
