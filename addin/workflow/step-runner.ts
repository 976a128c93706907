import {
  ApiResponseError,
  ApiUnreachableError,
  CancelledError,
  NotSignedInError,
} from '../../client-shared/http/api-errors';
import type { AppStore, MessageTopic } from '../state/app-store';

export type ReportProgress = (step: string, fraction: number | null) => void;

let current: AbortController | null = null;

/** Cancel the running step (the Cancel button). The step stops at its next await point. */
export function cancelRunningStep(): void {
  current?.abort();
}

/**
 * Run one long task-pane step: shows progress, makes it cancellable, and turns any failure into a
 * message bar that says what to do. What it says belongs to `topic` and replaces that topic's
 * previous message. Returns the step's result, or undefined when it failed.
 */
export async function runStep<T>(
  store: AppStore,
  name: string,
  topic: MessageTopic,
  step: (signal: AbortSignal, progress: ReportProgress) => Promise<T>,
): Promise<T | undefined> {
  const controller = new AbortController();
  current = controller;
  const progress: ReportProgress = (label, fraction) => {
    if (controller.signal.aborted) throw new CancelledError(name);
    store.getState().set({ progress: { step: label, fraction } });
  };
  store.getState().beginStep(topic);
  try {
    progress(name, null);
    return await step(controller.signal, progress);
  } catch (error) {
    const { title, text } = describeFailure(name, error);
    store.getState().say(error instanceof CancelledError ? 'info' : 'error', title, text);
    return undefined;
  } finally {
    if (current === controller) current = null;
    store.getState().set({ progress: null });
    store.getState().endStep();
  }
}

export function describeFailure(step: string, error: unknown): { title: string; text: string } {
  if (error instanceof CancelledError || (error instanceof Error && error.name === 'AbortError'))
    return {
      title: `${step} cancelled`,
      text: 'Nothing was written. Run it again when you are ready.',
    };
  if (error instanceof NotSignedInError) return { title: 'Sign in needed', text: error.message };
  if (error instanceof ApiUnreachableError)
    return {
      title: 'Pricing service unreachable',
      text: `${error.message} Your workbook was not changed.`,
    };
  if (error instanceof ApiResponseError) {
    if (error.status === 409)
      return {
        title: `${step} conflict`,
        text: `${error.message} Open the estimation again to get the latest version, then retry.`,
      };
    if (error.status === 403)
      return { title: 'Not allowed', text: `${error.message} Ask an administrator for access.` };
    if (error.status >= 500)
      return {
        title: 'Pricing service error',
        text: `${error.message} Try again in a minute; if it persists, tell your administrator.`,
      };
    return { title: `${step} failed`, text: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { title: `${step} failed`, text: message };
}
