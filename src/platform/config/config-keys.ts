// Config declares itself: every key names its environment variable, description, default and parser.
// Modules declare their keys beside their code; `src/config.ts` collects them into one typed tree.

export class ConfigError extends Error {
  constructor(
    readonly key: string,
    readonly envName: string,
    message: string,
  ) {
    super(`Konfiguration ${envName}: ${message}`);
  }
}

export interface ConfigKey<T> {
  env: string;
  description: string;
  /** Used when the variable is unset or empty. `undefined` means: the key is optional. */
  default: T;
  parse: (raw: string) => T;
}

export function key<T>(definition: ConfigKey<T>): ConfigKey<T> {
  return definition;
}

export type ConfigSection = Record<string, ConfigKey<unknown>>;
export type ConfigValues<S extends ConfigSection> = {
  [K in keyof S]: S[K] extends ConfigKey<infer T> ? T : never;
};

export function readSection<S extends ConfigSection>(
  section: S,
  env: Record<string, string | undefined>,
): ConfigValues<S> {
  const values: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(section)) {
    const rawValue = env[definition.env];
    if (rawValue === undefined || rawValue === '') {
      values[name] = definition.default;
      continue;
    }
    try {
      values[name] = definition.parse(rawValue);
    } catch (error) {
      throw new ConfigError(name, definition.env, (error as Error).message);
    }
  }
  return values as ConfigValues<S>;
}

export const parsers = {
  string: (raw: string): string => raw,
  integer:
    (min: number, max: number) =>
    (raw: string): number => {
      if (!/^-?\d+$/.test(raw.trim())) throw new Error(`"${raw}" ist keine ganze Zahl / is not an integer`);
      const value = Number(raw);
      if (value < min || value > max) throw new Error(`${value} liegt nicht zwischen ${min} und ${max}`);
      return value;
    },
  boolean: (raw: string): boolean => {
    const value = raw.trim().toLowerCase();
    if (['1', 'true', 'yes', 'ja', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'nein', 'off'].includes(value)) return false;
    throw new Error(`"${raw}" ist kein Wahrheitswert (true/false)`);
  },
  oneOf:
    <T extends string>(...allowed: T[]) =>
    (raw: string): T => {
      if (!(allowed as string[]).includes(raw))
        throw new Error(`"${raw}" ist nicht erlaubt; erlaubt: ${allowed.join(', ')}`);
      return raw as T;
    },
  url:
    (...protocols: string[]) =>
    (raw: string): string => {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw new Error('ist keine gültige URL / not a valid URL');
      }
      if (protocols.length > 0 && !protocols.includes(url.protocol))
        throw new Error(`Protokoll ${url.protocol} nicht erlaubt; erwartet: ${protocols.join(', ')}`);
      return raw;
    },
};

/** Lists every key for `rathaus config` and the README. */
export function describeSections(sections: Record<string, ConfigSection>): string[] {
  return Object.values(sections).flatMap((section) =>
    Object.values(section).map(
      (definition) =>
        `${definition.env.padEnd(26)} ${definition.description}${
          definition.default === undefined ? '' : ` (Standard: ${JSON.stringify(definition.default)})`
        }`,
    ),
  );
}
