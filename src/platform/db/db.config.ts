import { key, parsers } from '../config/config-keys.ts';

export const dbConfig = {
  databaseUrl: key<string | undefined>({
    env: 'DATABASE_URL',
    description: 'PostgreSQL-Server (postgres://…); leer = eingebettetes PGlite im Datenverzeichnis',
    default: undefined,
    parse: parsers.url('postgres:', 'postgresql:'),
  }),
  poolSize: key({
    env: 'DATABASE_POOL_SIZE',
    description: 'Höchstzahl gleichzeitiger Verbindungen zum PostgreSQL-Server',
    default: 10,
    parse: parsers.integer(1, 500),
  }),
};
