import { createContext, useContext } from 'react';

export type Language = 'ja' | 'en';
export type Calendar = 'wareki' | 'western';

export interface Preferences {
  language: Language;
  calendar: Calendar;
}

export const PreferencesContext = createContext<Preferences>({ language: 'ja', calendar: 'wareki' });

/** `t('日本語', 'English')`: Japanese first, English when switched. */
export function useT() {
  const { language } = useContext(PreferencesContext);
  return (ja: string, en: string) => (language === 'ja' ? ja : en);
}

/** Picks the side of a bilingual text the reader asked for. */
export function useBilingual() {
  const { language } = useContext(PreferencesContext);
  return (text: { ja: string; en: string } | null | undefined) => (text ? text[language] : '');
}
