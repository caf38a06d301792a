import { key, parsers } from './config-keys.ts';

export const coreConfig = {
  dataDir: key({
    env: 'DATA_DIR',
    description: 'Datenverzeichnis für PGlite-Datenbank und Dokumentdateien',
    default: './data',
    parse: parsers.string,
  }),
  nodeEnv: key({
    env: 'NODE_ENV',
    description: 'Betriebsart',
    default: 'development' as 'development' | 'production' | 'test',
    parse: parsers.oneOf('development', 'production', 'test'),
  }),
};
