// Settings of document ingest (uploads into the E-Akte), collected into the config tree (src/config.ts) and
// handed to createRecords by app.ts. Uploads are staged on disk under DATA_DIR, never in a RAM-backed /tmp.
import path from 'node:path';
import { key, parsers, type ConfigValues } from '../../platform/config/config-keys.ts';
import { defaultIngestSettings, type IngestSettings } from './records.ingest.ts';

export const recordsIngestConfig = {
  maxUploadBytes: key({
    env: 'RECORDS_UPLOAD_MAX_BYTES',
    description: 'Größte Datei, die in die E-Akte hochgeladen werden kann, in Bytes (Standard 2 GiB)',
    default: defaultIngestSettings.maxFileBytes,
    parse: parsers.integer(1, 5 * 1024 ** 3),
  }),
  maxUploadFiles: key({
    env: 'RECORDS_UPLOAD_MAX_FILES',
    description: 'Höchstzahl der Dateien je Hochladeschritt',
    default: defaultIngestSettings.maxFilesPerUpload,
    parse: parsers.integer(1, 200),
  }),
  stagingDirectory: key<string | undefined>({
    env: 'RECORDS_UPLOAD_DIR',
    description:
      'Zwischenablage für Uploads während der Prüfung (auf einem Datenträger, nicht im Arbeitsspeicher); leer = DATA_DIR/uploads',
    default: undefined,
    parse: parsers.string,
  }),
  maxPdfPages: key({
    env: 'RECORDS_PDF_MAX_PAGES',
    description: 'Höchstzahl der Seiten einer PDF-Datei',
    default: defaultIngestSettings.pdf.maxPages,
    parse: parsers.integer(1, 100_000),
  }),
};

export function ingestSettingsFrom(
  values: ConfigValues<typeof recordsIngestConfig>,
  dataDir: string,
): Partial<IngestSettings> {
  return {
    maxFileBytes: values.maxUploadBytes,
    maxFilesPerUpload: values.maxUploadFiles,
    stagingDirectory: values.stagingDirectory ?? path.join(dataDir, 'uploads'),
    pdf: { ...defaultIngestSettings.pdf, maxPages: values.maxPdfPages },
  };
}
