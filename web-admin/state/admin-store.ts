import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { SignedInUser } from '../../client-shared/auth/auth-port';

/**
 * Console-wide state: who is signed in, which page is open, and the one message bar at the top.
 * Page data (users, logs, settings) stays in the pages, fetched when they open.
 */
export type PageId = 'users' | 'audit' | 'metrics' | 'settings' | 'catalog';

export interface Notice {
  readonly intent: 'error' | 'success' | 'warning' | 'info';
  readonly text: string;
}

export interface AdminState {
  readonly user: SignedInUser | null;
  readonly page: PageId;
  readonly notice: Notice | null;
  /** The Users page's search when it opens (set by a link to a user, cleared by the tabs). */
  readonly usersSearch: string;
  setUser(user: SignedInUser | null): void;
  open(page: PageId): void;
  /** Opens the Users page filtered to emails starting with `search`. */
  openUsers(search: string): void;
  notify(notice: Notice | null): void;
}

export function createAdminStore(
  initial: Partial<Pick<AdminState, 'user' | 'page'>> = {},
): StoreApi<AdminState> {
  return createStore<AdminState>((set) => ({
    user: initial.user ?? null,
    page: initial.page ?? 'users',
    notice: null,
    usersSearch: '',
    setUser: (user) => set({ user }),
    open: (page) => set({ page, notice: null, usersSearch: '' }),
    openUsers: (search) => set({ page: 'users', notice: null, usersSearch: search }),
    notify: (notice) => set({ notice }),
  }));
}

export const AdminStoreContext = createContext<StoreApi<AdminState> | null>(null);

export function useAdmin<T>(selector: (s: AdminState) => T): T {
  const store = useContext(AdminStoreContext);
  if (!store) throw new Error('useAdmin must be used inside <AdminStoreContext.Provider>');
  return useStore(store, selector);
}
