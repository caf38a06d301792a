// Why an upload was refused. Each is said in words a clerk can act on (what is wrong, what to do);
// the codes are stable for API clients. Refused content is never stored.
import { defineErrors } from '../../platform/http/app-error.ts';

export const ingestErrors = defineErrors('records', {
  // A Debian tool of document checking or OCR is not installed on this server (see README): an
  // installation fault, not the user's; the upload is refused whole, so nothing half-checked is stored.
  tool_missing: {
    status: 503,
    de: 'Die Dokumentenprüfung ist auf diesem Server nicht vollständig eingerichtet. Die Datei wurde nicht gespeichert; bitte wenden Sie sich an die IT-Administration.',
    en: 'Document checking is not fully set up on this server. The file was not stored; please contact IT administration.',
  },
  upload_empty: {
    status: 400,
    de: 'Die Datei ist leer.',
    en: 'The file is empty.',
  },
  upload_too_large: {
    status: 413,
    de: 'Die Datei ist zu groß.',
    en: 'The file is too large.',
  },
  upload_no_file: {
    status: 400,
    de: 'Bitte wählen Sie mindestens eine Datei aus.',
    en: 'Please choose at least one file.',
  },
  upload_too_many_files: {
    status: 400,
    de: 'Zu viele Dateien auf einmal. Bitte laden Sie sie in mehreren Schritten hoch.',
    en: 'Too many files at once. Please upload them in several steps.',
  },
  upload_not_multipart: {
    status: 415,
    de: 'Dateien werden als multipart/form-data erwartet.',
    en: 'Files are expected as multipart/form-data.',
  },
  // A renamed program, a script, HTML, or anything else outside the allowlist. The name is not looked at.
  content_not_allowed: {
    status: 415,
    de: 'Dieser Dateityp wird nicht angenommen. Erlaubt sind PDF, PNG, JPEG, TIFF, Text (UTF-8), XML sowie ODT, ODS, DOCX und XLSX.',
    en: 'This file type is not accepted. Allowed are PDF, PNG, JPEG, TIFF, text (UTF-8), XML, and ODT, ODS, DOCX and XLSX.',
  },
  content_executable: {
    status: 415,
    de: 'Die Datei ist ein Programm oder Skript. Solche Dateien werden nicht angenommen, auch nicht umbenannt.',
    en: 'The file is a program or script. Such files are not accepted, renamed or not.',
  },
  text_not_utf8: {
    status: 415,
    de: 'Die Textdatei ist nicht in UTF-8 kodiert. Bitte speichern Sie sie als UTF-8 oder als PDF.',
    en: 'The text file is not encoded in UTF-8. Please save it as UTF-8 or as PDF.',
  },
  xml_doctype: {
    status: 415,
    de: 'XML-Dateien mit DOCTYPE- oder ENTITY-Deklarationen werden aus Sicherheitsgründen nicht angenommen.',
    en: 'XML files with DOCTYPE or ENTITY declarations are not accepted for security reasons.',
  },
  pdf_corrupt: {
    status: 422,
    de: 'Die PDF-Datei ist beschädigt und lässt sich nicht lesen. Bitte erzeugen oder scannen Sie sie neu.',
    en: 'The PDF file is damaged and cannot be read. Please create or scan it again.',
  },
  pdf_encrypted: {
    status: 422,
    de: 'Die PDF-Datei ist verschlüsselt oder kennwortgeschützt. Bitte laden Sie eine Fassung ohne Schutz hoch.',
    en: 'The PDF file is encrypted or password-protected. Please upload a version without protection.',
  },
  pdf_no_pages: {
    status: 422,
    de: 'Die PDF-Datei enthält keine Seiten.',
    en: 'The PDF file has no pages.',
  },
  pdf_too_many_pages: {
    status: 422,
    de: 'Die PDF-Datei hat zu viele Seiten. Bitte teilen Sie sie auf.',
    en: 'The PDF file has too many pages. Please split it.',
  },
  // Declared sizes far beyond any real document: a decompression bomb, or a broken file.
  archive_bomb: {
    status: 422,
    de: 'Die Datei entpackt sich auf eine unzulässige Größe oder Anzahl von Teilen und wird nicht angenommen.',
    en: 'The file unpacks to an impermissible size or number of parts and is not accepted.',
  },
  archive_invalid: {
    status: 422,
    de: 'Das Office-Dokument ist beschädigt, verschlüsselt oder enthält Makros und wird nicht angenommen.',
    en: 'The office document is damaged, encrypted or contains macros and is not accepted.',
  },
  image_too_large: {
    status: 422,
    de: 'Das Bild hat zu viele Bildpunkte oder Seiten. Bitte scannen Sie mit höchstens 300 dpi.',
    en: 'The image has too many pixels or pages. Please scan at no more than 300 dpi.',
  },
  image_corrupt: {
    status: 422,
    de: 'Die Bilddatei ist beschädigt und lässt sich nicht lesen.',
    en: 'The image file is damaged and cannot be read.',
  },
});
