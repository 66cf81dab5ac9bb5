/**
 * The site's editions: English at the root, the SCO's two official languages beside it (DESIGN.md,
 * "Editions"). Every edition has the same slugs and section ids; only the prefix differs:
 * /rats/#functions, /ru/rats/#functions, /zh/rats/#functions.
 */
export const LOCALES = {
  // `intl`: the locale dates and numbers are formatted in (the site writes British English).
  en: { lang: 'en', intl: 'en-GB', prefix: '', name: 'English', ogLocale: 'en_GB' },
  ru: { lang: 'ru', intl: 'ru', prefix: '/ru', name: 'Русский', ogLocale: 'ru_RU' },
  zh: { lang: 'zh-Hans', intl: 'zh-Hans', prefix: '/zh', name: '中文', ogLocale: 'zh_CN' },
} as const;

export type Locale = keyof typeof LOCALES;

/** The English edition, which the others translate. */
export const SOURCE_LOCALE = 'en' satisfies Locale;

/** The translated editions, in the order the language switcher lists them after English. */
export const TRANSLATED_LOCALES = ['ru', 'zh'] as const satisfies readonly Locale[];
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export const ALL_LOCALES: readonly Locale[] = [SOURCE_LOCALE, ...TRANSLATED_LOCALES];

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(LOCALES, value);
}

/** A site path in an edition: ("ru", "/rats/#functions") → "/ru/rats/#functions". */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/'))
    throw new Error(`localePath: "${path}" is not a site path (it must start with "/")`);
  const prefix = LOCALES[locale].prefix;
  if (prefix !== '' && localeOfPath(path) !== SOURCE_LOCALE)
    throw new Error(`localePath: "${path}" is already in an edition`);
  return `${prefix}${path}`;
}

/** The edition a site path is in: "/zh/glossary/" → "zh", "/rats/" → "en". */
export function localeOfPath(path: string): Locale {
  for (const locale of TRANSLATED_LOCALES) {
    const prefix = LOCALES[locale].prefix;
    if (path === prefix || path.startsWith(`${prefix}/`)) return locale;
  }
  return SOURCE_LOCALE;
}

/** A site path without its edition's prefix: "/zh/rats/" → "/rats/". */
export function stripLocale(path: string): string {
  const prefix = LOCALES[localeOfPath(path)].prefix;
  const rest = path.slice(prefix.length);
  return rest === '' ? '/' : rest;
}

/** The edition a content file belongs to: content/zh/topics/rats.mdx → "zh"; content/topics/… → "en". */
export function localeOfContentFile(file: string): Locale {
  const match = /(?:^|\/)content\/([^/]+)\//.exec(file.replaceAll('\\', '/'));
  const folder = match?.[1];
  return folder !== undefined && isLocale(folder) && folder !== SOURCE_LOCALE
    ? folder
    : SOURCE_LOCALE;
}

/** A day (YYYY-MM-DD), month (YYYY-MM) or year in the edition's own form, by Intl: "17 июня 2004 г.", "2004年6月17日". */
export function formatDateIn(locale: Locale, date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) throw new Error(`formatDateIn: "${date}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  const when = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  // Date rolls 2004-13 over into 2005 and 2023-02-30 into March: refuse what is not a real date.
  if (when.getUTCMonth() !== Number(month ?? 1) - 1 || when.getUTCDate() !== Number(day ?? 1))
    throw new Error(
      `formatDateIn: "${date}" is not a real date (YYYY-MM-DD, month 01–12, a day the month has)`,
    );
  const options: Intl.DateTimeFormatOptions = {
    timeZone: 'UTC',
    year: 'numeric',
    ...(month === undefined ? {} : { month: 'long' }),
    ...(day === undefined ? {} : { day: 'numeric' }),
  };
  return new Intl.DateTimeFormat(LOCALES[locale].intl, options).format(when);
}
