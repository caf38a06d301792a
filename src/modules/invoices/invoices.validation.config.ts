// Settings of invoice validation. To be collected into the config tree (src/config.ts) as `invoicesValidation`.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { key, parsers } from '../../platform/config/config-keys.ts';
import { defaultXmlLimits } from '../../platform/xml/index.ts';

export const invoicesValidationConfig = {
  configurationDirectory: key({
    env: 'XRECHNUNG_CONFIG_DIR',
    description:
      'Prüfkonfiguration der KoSIT für XRechnung (scenarios.xml und resources/, das offizielle Release entpackt)',
    default: fileURLToPath(new URL('../../../../shared/standards/xrechnung/', import.meta.url)),
    parse: parsers.string,
  }),
  maxBytes: key({
    env: 'INVOICE_XML_MAX_BYTES',
    description: 'Größte angenommene Rechnungs-XML in Bytes',
    default: defaultXmlLimits.maxBytes,
    parse: parsers.integer(1024, 1024 ** 3),
  }),
  workers: key({
    env: 'INVOICE_VALIDATION_WORKERS',
    description: 'Anzahl der Prüf-Threads (Standard: einer je Prozessorkern)',
    default: os.availableParallelism(),
    parse: parsers.integer(1, 64),
  }),
};
