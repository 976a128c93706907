import { createStore } from 'zustand/vanilla';
import type { Comparison, Discount, Estimate, Requirements, SizingPolicy } from '../../core';
import { DEFAULT_REGION } from '../../core';
import type { SignedInUser } from '../../client-shared/auth/auth-port';
import type { WorkbookIssue } from '../excel/workbook-port';
import type { WorkbookLink } from '../workflow/workbook-link';

export type MessageIntent = 'error' | 'warning' | 'success' | 'info';

/**
 * What a message is about. The pane shows at most one message per topic: a new one replaces the
 * previous, so "Fix the marked cells" and a later "Estimate written" never stand side by side.
 */
export type MessageTopic =
  | 'session'
  | 'workbook'
  | 'compare'
  | 'estimation'
  | 'proposal'
  | 'settings'
  /** What Validate could not check against the catalog (kept beside Validate's own outcome). */
  | 'catalog';

/** A choice offered inside a message (e.g. "Reload" / "Save as a copy" after a conflict). */
export interface MessageAction {
  readonly label: string;
  readonly run: () => void;
}

export interface Message {
  readonly id: number;
  readonly intent: MessageIntent;
  readonly title: string;
  /** What happened and what to do about it. */
  readonly text: string;
  readonly topic: MessageTopic;
  readonly actions?: readonly MessageAction[];
}

export interface UserSettings {
  /** Per user (the API's profile preferences): the default of Validate and of =AWS.* formulas. */
  readonly region: string;
  readonly currency: string;
  /** Per workbook (its customer): kept in the workbook's settings. */
  readonly discounts: readonly Discount[];
  /**
   * Per workbook: how VMs sized by vCPU and memory get their type (burstable, processor, minimum
   * generation). The workbook's Settings sheet rows win where they say something.
   */
  readonly sizingPolicy?: SizingPolicy;
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
  /** The saved estimation this workbook holds (also kept in the workbook's settings). */
  readonly link: WorkbookLink | null;
  readonly progress: Progress | null;
  readonly messages: readonly Message[];
  /** The topic of the step running now: what it says belongs to that topic. */
  readonly activeTopic: MessageTopic | null;
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
  link: null,
  progress: null,
  messages: [],
  activeTopic: null,
};

let nextMessageId = 1;

export interface SayOptions {
  /** Default: the running step's topic, else `session`. */
  readonly topic?: MessageTopic;
  readonly actions?: readonly MessageAction[];
}

export interface AppActions {
  set(patch: Partial<AppState>): void;
  /** Show a message; it replaces the message of the same topic. */
  say(intent: MessageIntent, title: string, text: string, options?: SayOptions): void;
  dismiss(id: number): void;
  /**
   * Start a step of a topic: drop that topic's message and every earlier success or info (stale
   * news); errors and warnings of other topics stay until dismissed or their topic runs again.
   */
  beginStep(topic: MessageTopic): void;
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
    say: (intent, title, text, options = {}) =>
      set((s) => {
        const topic = options.topic ?? s.activeTopic ?? 'session';
        const message: Message = {
          id: nextMessageId++,
          intent,
          title,
          text,
          topic,
          ...(options.actions ? { actions: options.actions } : {}),
        };
        return { messages: [...s.messages.filter((m) => m.topic !== topic), message] };
      }),
    beginStep: (topic) =>
      set((s) => ({
        activeTopic: topic,
        messages: s.messages.filter(
          (m) => m.topic !== topic && (m.intent === 'error' || m.intent === 'warning'),
        ),
      })),
    endStep: () => set({ activeTopic: null }),
    dismiss: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
    reset: () => set({ ...INITIAL_STATE }),
  }));
}

export const appStore: AppStore = createAppStore();
