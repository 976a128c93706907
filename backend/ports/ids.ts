/** New identifiers (estimations, documents, audit entries), passed in so tests get sequential ones. */
export interface IdGenerator {
  next(): string;
}

/** Random UUIDs (v4), chosen by the composition roots (backend/handlers). */
export const randomIds: IdGenerator = { next: () => crypto.randomUUID() };
