import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { ConsoleCategoriesDocument } from '../generated/graphql';
import { PreferencesContext } from './i18n';

const CategoryNamesContext = createContext<ReadonlyMap<string, { ja: string; en: string }>>(new Map());

/** The hub's data categories with their names, asked for once per sign-in. */
export function CategoryNamesProvider({ children }: { children: ReactNode }) {
  const [result] = useQuery({ query: ConsoleCategoriesDocument });
  const names = useMemo(() => new Map((result.data?.dataCategories ?? []).map((c) => [c.code, { ja: c.nameJa, en: c.nameEn }])), [result.data]);
  return <CategoryNamesContext.Provider value={names}>{children}</CategoryNamesContext.Provider>;
}

/** A category's name in the chosen language; its code while the names load or for an unknown code. */
export function useCategoryName(): (code: string | null | undefined) => string {
  const names = useContext(CategoryNamesContext);
  const { language } = useContext(PreferencesContext);
  return (code) => {
    if (!code) return '';
    const name = names.get(code);
    return name ? name[language] : code;
  };
}
