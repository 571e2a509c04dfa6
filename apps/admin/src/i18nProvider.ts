// Chinese first; English is loaded on demand (its chunk holds ra-language-english).
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { zhMessages } from './i18n/zh';

export const DEFAULT_LOCALE = 'zh-CN';

export const i18nProvider = polyglotI18nProvider(
  (locale): TranslationMessages | Promise<TranslationMessages> =>
    locale === 'en' ? import('./i18n/en').then((m) => m.enMessages) : zhMessages,
  DEFAULT_LOCALE,
  [
    { locale: DEFAULT_LOCALE, name: '中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);
