import { key, parsers } from '../config/config-keys.ts';

export const httpConfig = {
  port: key({
    env: 'PORT',
    description: 'TCP-Port des Webservers',
    default: 3000,
    parse: parsers.integer(0, 65535),
  }),
  host: key({
    env: 'HOST',
    description: 'Adresse, an die der Webserver bindet',
    default: '127.0.0.1',
    parse: parsers.string,
  }),
  publicUrl: key<string | undefined>({
    env: 'PUBLIC_URL',
    description: 'Öffentliche Basis-URL (für Links in E-Mails); leer = http://localhost:PORT',
    default: undefined,
    parse: parsers.url('http:', 'https:'),
  }),
  secret: key<string | undefined>({
    env: 'APP_SECRET',
    description: 'Geheimer Schlüssel für Tokens (mind. 32 Zeichen); leer = wird im Datenverzeichnis erzeugt',
    default: undefined,
    parse: (raw) => {
      if (raw.length < 32)
        throw new Error('muss mindestens 32 Zeichen lang sein / must be at least 32 characters');
      return raw;
    },
  }),
  bodyLimit: key({
    env: 'BODY_LIMIT_BYTES',
    description: 'Größte erlaubte Anfrage (Formulare, JSON) in Bytes; Uploads haben eigene Grenzen',
    default: 1_048_576,
    parse: parsers.integer(1024, 1_073_741_824),
  }),
  rateLimitPerMinute: key({
    env: 'RATE_LIMIT_PER_MINUTE',
    description: 'Höchstzahl Anfragen je Client-Adresse und Minute',
    default: 600,
    parse: parsers.integer(1, 10_000_000),
  }),
  trustProxy: key({
    env: 'TRUST_PROXY',
    description: 'Hinter einem Reverse Proxy: X-Forwarded-* auswerten',
    default: false,
    parse: parsers.boolean,
  }),
  logLevel: key({
    env: 'LOG_LEVEL',
    description: 'Protokollstufe',
    default: 'info' as 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent',
    parse: parsers.oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
  }),
  defaultTenant: key<string | undefined>({
    env: 'DEFAULT_TENANT',
    description: 'Kommune (Kürzel) für Hostnamen ohne eigene Zuordnung; leer = unbekannte Hosts erhalten 404',
    default: 'leichlingen',
    parse: parsers.string,
  }),
  metricsToken: key<string | undefined>({
    env: 'METRICS_TOKEN',
    description: 'Bearer-Token für /metrics; leer = nur von localhost abrufbar',
    default: undefined,
    parse: parsers.string,
  }),
};
