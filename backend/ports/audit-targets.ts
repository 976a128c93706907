/** Audit target kinds whose names live in a table: a user's email, an estimation's or document's name. */
export type NamedTargetType = 'user' | 'estimation' | 'document';

export const NAMED_TARGET_TYPES: readonly NamedTargetType[] = ['user', 'estimation', 'document'];

export interface TargetRef {
  readonly type: NamedTargetType;
  readonly id: string;
}

export function targetKey(t: TargetRef): string {
  return `${t.type}:${t.id}`;
}

/**
 * Names of audit targets, read in batch (one request per 100 targets in DynamoDB, never one per
 * row): users by their profile's email, estimations by name, documents by file name (or their
 * format while not generated). A target that no longer exists is absent from the answer.
 */
export interface AuditTargetNames {
  names(targets: readonly TargetRef[]): Promise<ReadonlyMap<string, string>>;
}

/** A document's name: its file name once generated, else its format. */
export function documentName(doc: { fileName: string | null; format: string }): string {
  return doc.fileName ?? `${doc.format} document`;
}
