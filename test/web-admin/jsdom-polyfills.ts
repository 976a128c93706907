// jsdom has no ResizeObserver; Fluent UI's MessageBar observes its own width to reflow actions.
// Import this first in every console test (test/helpers/dom-setup.ts is shared and not ours).
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!('ResizeObserver' in globalThis))
  Object.assign(globalThis, { ResizeObserver: NoopResizeObserver });
