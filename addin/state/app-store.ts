import { createStore } from 'zustand/vanilla';
import type { Comparison, Discount, Estimate, Requirements } from '../../core';
import { DEFAULT_REGION } from '../../core';
import type { SignedInUser } from '../../client-shared/auth/auth-port';
import type { WorkbookIssue } from '../excel/workbook-port';

export type MessageIntent = 'error' | 'warning' | 'success' | 'info';

export interface Message {
  readonly id: number;
  readonly intent: MessageIntent;
  readonly title: string;
  /** What happened and what to do about it. */
  readonly text: string;
  /** The step that said it; the next run of that step replaces it, so stale news never lingers. */
  readonly step?: string;
}

export interface UserSettings {
  readonly region: string;
  readonly currency: string;
  readonly discounts: readonly Discount[];
}

export interface Progress {
  readonly step: string;
  /** 0..1, or null when the step cannot measure itself. */
  readonly fraction: number | null;
}

export interface AppState {
  readonly user: SignedInUser | null;
  readonly settings: UserSettings;
  readonly workbookFormat: string | null;
  readonly requirements: Requirements | null;
  readonly issues: readonly WorkbookIssue[];
  readonly estimate: Estimate | null;
  readonly comparison: Comparison | null;
  /** The estimation this workbook holds (also kept in the workbook's settings). */
  readonly estimationId: string | null;
  readonly estimationVersion: number | null;
  readonly progress: Progress | null;
  readonly messages: readonly Message[];
  /** The step running now (Validate, Calculate…): messages said meanwhile belong to it. */
  readonly activeStep: string | null;
}

export const DEFAULT_SETTINGS: UserSettings = {
  // The one default region the CLI and the API start from too (core/requirements/default-region.ts).
  region: DEFAULT_REGION,
  currency: 'USD',
  discounts: [],
};

export const INITIAL_STATE: AppState = {
  user: null,
  settings: DEFAULT_SETTINGS,
  workbookFormat: null,
  requirements: null,
  issues: [],
  estimate: null,
  comparison: null,
  estimationId: null,
  estimationVersion: null,
  progress: null,
  messages: [],
  activeStep: null,
};

let nextMessageId = 1;

export interface AppActions {
  set(patch: Partial<AppState>): void;
  say(intent: MessageIntent, title: string, text: string): void;
  dismiss(id: number): void;
  /** Start a step: drop what its previous run said, and tag what this run says. */
  beginStep(step: string): void;
  endStep(): void;
  reset(): void;
}

export type AppStore = ReturnType<typeof createAppStore>;

/**
 * The add-in's one store. It is module state on purpose (the documented exception to "no hidden
 * globals"): the task pane and the custom functions run in one shared runtime and webpack's
 * `runtimeChunk: 'single'` makes this module a single instance for both, so a region chosen in
 * Settings is the default region of =AWS.COST() too.
 */
export function createAppStore(initial: AppState = INITIAL_STATE) {
  return createStore<AppState & AppActions>()((set) => ({
    ...initial,
    set: (patch) => set(patch),
    say: (intent, title, text) =>
      set((s) => ({
        messages: [
          ...s.messages.slice(-4),
          {
            id: nextMessageId++,
            intent,
            title,
            text,
            ...(s.activeStep ? { step: s.activeStep } : {}),
          },
        ],
      })),
    beginStep: (step) =>
      set((s) => ({ activeStep: step, messages: s.messages.filter((m) => m.step !== step) })),
    endStep: () => set({ activeStep: null }),
    dismiss: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
    reset: () => set({ ...INITIAL_STATE }),
  }));
}

export const appStore: AppStore = createAppStore();
