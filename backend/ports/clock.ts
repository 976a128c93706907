/** The time, passed in so use cases and tests agree on "now" (tests use a settable clock). */
export interface Clock {
  now(): Date;
}

/** The real clock, chosen by the composition roots (backend/handlers). */
export const systemClock: Clock = { now: () => new Date() };
