import { key, parsers } from '../config/config-keys.ts';

export const jobsConfig = {
  inProcess: key({
    env: 'JOBS_IN_PROCESS',
    description:
      'Hintergrundaufgaben im Serverprozess (serve) ausführen; false = nur separate `rathaus worker`-Prozesse arbeiten sie ab',
    default: true,
    parse: parsers.boolean,
  }),
  concurrency: key({
    env: 'JOBS_CONCURRENCY',
    description: 'Höchstzahl gleichzeitig laufender Hintergrundaufgaben je Prozess',
    default: 2,
    parse: parsers.integer(1, 64),
  }),
  pollMs: key({
    env: 'JOBS_POLL_MS',
    description: 'Wie oft (Millisekunden) ein Prozess nach fälligen Hintergrundaufgaben fragt',
    default: 1000,
    parse: parsers.integer(50, 60_000),
  }),
};
