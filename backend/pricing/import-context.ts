/**
 * What one import run learns besides records: warnings (tolerated oddities, said loudly) and
 * counters. Warnings are capped per kind so a systematic problem in a 300 MB file does not fill
 * the memory; the count is kept.
 */
export interface ImportCounters {
  productsSeen: number;
  productsKept: number;
  termsSkipped: number;
  records: number;
}

const MAX_PER_KIND = 20;

export class ImportContext {
  readonly counters: ImportCounters = {
    productsSeen: 0,
    productsKept: 0,
    termsSkipped: 0,
    records: 0,
  };
  private readonly warningsByKind = new Map<string, { count: number; examples: string[] }>();
  private readonly pool = new Map<string, string>();
  private readonly attributeSets = new Map<string, Readonly<Record<string, string>>>();

  /** Record a warning of a kind (`term-misplaced`, `no-region`, …) with a message naming file and path. */
  warn(kind: string, message: string): void {
    let entry = this.warningsByKind.get(kind);
    if (!entry) {
      entry = { count: 0, examples: [] };
      this.warningsByKind.set(kind, entry);
    }
    entry.count++;
    if (entry.examples.length < MAX_PER_KIND) entry.examples.push(message);
  }

  /** Every warning message kept, plus one line per kind whose examples were capped. */
  warnings(): string[] {
    const lines: string[] = [];
    for (const [kind, { count, examples }] of this.warningsByKind) {
      lines.push(...examples);
      if (count > examples.length)
        lines.push(`… and ${count - examples.length} more '${kind}' warnings`);
    }
    return lines;
  }

  warningCount(kind?: string): number {
    if (kind) return this.warningsByKind.get(kind)?.count ?? 0;
    let n = 0;
    for (const entry of this.warningsByKind.values()) n += entry.count;
    return n;
  }

  /**
   * One shared object per distinct attribute set: records (and products that differ only by SKU)
   * share it, so memory follows the distinct sets, not the number of products.
   */
  internAttributes(attributes: Record<string, string>): Readonly<Record<string, string>> {
    const key = JSON.stringify(attributes);
    const existing = this.attributeSets.get(key);
    if (existing) return existing;
    if (this.attributeSets.size < 200_000) this.attributeSets.set(key, attributes);
    return attributes;
  }

  /** One shared copy of a repeated string (attribute values repeat across thousands of products). */
  intern(value: string): string {
    const existing = this.pool.get(value);
    if (existing !== undefined) return existing;
    if (this.pool.size < 200_000) this.pool.set(value, value);
    return value;
  }
}
