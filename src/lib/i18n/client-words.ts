/**
 * The words the page's scripts write (the theme control, copy feedback), per edition. They are here,
 * apart from src/lib/i18n/ui.ts (which uses them as each edition's `client`), so that the client
 * bundle carries these few words of every edition and nothing else of ui.ts: a script picks the
 * page's edition by its <html lang> (src/client/ui-strings.ts). Written into every page instead, they
 * weighed about 150 bytes of gzip in each page's first round trip (tests/build/budgets.test.ts).
 */
import type { Locale } from './locales';

/** The words client scripts write, by key. */
export interface ClientStrings {
  theme: string;
  system: string;
  light: string;
  dark: string;
  copied: string;
  linkCopied: string;
  copyFailed: string;
  linkToThisSection: string;
  close: string;
  citationCopied: string;
  bibtexCopied: string;
  plainCopied: string;
}

export const CLIENT_WORDS: Readonly<Record<Locale, ClientStrings>> = {
  en: {
    theme: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    copied: 'Copied',
    linkCopied: 'Link copied',
    copyFailed: 'Could not copy: select the text and copy it yourself',
    linkToThisSection: 'Link to this section',
    close: 'Close',
    citationCopied: 'Citation copied',
    bibtexCopied: 'BibTeX copied',
    plainCopied: 'Plain text copied',
  },
  ru: {
    theme: 'Оформление',
    system: 'Системное',
    light: 'Светлое',
    dark: 'Тёмное',
    copied: 'Скопировано',
    linkCopied: 'Ссылка скопирована',
    copyFailed: 'Не удалось скопировать: выделите текст и скопируйте его сами',
    linkToThisSection: 'Ссылка на этот раздел',
    close: 'Закрыть',
    citationCopied: 'Ссылка скопирована',
    bibtexCopied: 'BibTeX скопирован',
    plainCopied: 'Текст скопирован',
  },
  zh: {
    theme: '主题',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
    copied: '已复制',
    linkCopied: '链接已复制',
    copyFailed: '无法复制：请选中文本后自行复制',
    linkToThisSection: '本节链接',
    close: '关闭',
    citationCopied: '引文已复制',
    bibtexCopied: 'BibTeX 已复制',
    plainCopied: '纯文本已复制',
  },
};
