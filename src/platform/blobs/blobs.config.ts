import { key, parsers } from '../config/config-keys.ts';

export const blobsConfig = {
  driver: key({
    env: 'BLOB_DRIVER',
    description:
      'Ablage der Dokumentinhalte: fs (Dateien im Datenverzeichnis) oder s3 (S3-kompatibler Objektspeicher)',
    default: 'fs' as 'fs' | 's3',
    parse: parsers.oneOf('fs', 's3'),
  }),
  s3Endpoint: key<string | undefined>({
    env: 'S3_ENDPOINT',
    description: 'S3-Endpunkt, z. B. http://minio:9000; leer = AWS',
    default: undefined,
    parse: parsers.url('http:', 'https:'),
  }),
  s3Region: key({
    env: 'S3_REGION',
    description: 'S3-Region',
    default: 'eu-central-1',
    parse: parsers.string,
  }),
  s3Bucket: key<string | undefined>({
    env: 'S3_BUCKET',
    description: 'S3-Bucket für Dokumentinhalte (Pflicht bei BLOB_DRIVER=s3)',
    default: undefined,
    parse: parsers.string,
  }),
  s3AccessKeyId: key<string | undefined>({
    env: 'S3_ACCESS_KEY_ID',
    description: 'S3-Zugangsschlüssel (Pflicht bei BLOB_DRIVER=s3)',
    default: undefined,
    parse: parsers.string,
  }),
  s3SecretAccessKey: key<string | undefined>({
    env: 'S3_SECRET_ACCESS_KEY',
    description: 'S3-Geheimschlüssel (Pflicht bei BLOB_DRIVER=s3)',
    default: undefined,
    parse: parsers.string,
  }),
  s3ForcePathStyle: key({
    env: 'S3_FORCE_PATH_STYLE',
    description:
      'Bucket im Pfad statt im Hostnamen adressieren (für MinIO, Ceph und die meisten eigenen Speicher)',
    default: true,
    parse: parsers.boolean,
  }),
};
