// German first: every text shown to people exists in German and English; German is the default.
export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];
export type Text = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks the language: an explicit choice (cookie or ?lang=) wins, then Accept-Language, then German. */
export function pickLocale({
  explicit,
  acceptLanguage,
}: {
  explicit?: string | undefined;
  acceptLanguage?: string | undefined;
}): Locale {
  if (isLocale(explicit)) return explicit;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.trim().split(';');
        const quality = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return { language: tag.toLowerCase().split('-')[0], q: quality ? Number(quality.slice(2)) || 0 : 1 };
      })
      .sort((a, b) => b.q - a.q);
    for (const { language, q } of ranked) if (q > 0 && isLocale(language)) return language;
  }
  return 'de';
}

/** Fills {name} placeholders. */
export function format(text: string, values: Record<string, string | number> = {}): string {
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export function translate(locale: Locale, text: Text, values?: Record<string, string | number>): string {
  return format(text[locale], values);
}
