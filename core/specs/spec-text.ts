import { Decimal } from '../money/decimal';

/** A service spec that cannot be read: the message names the service, the word and the grammar. */
export class SpecError extends Error {
  override readonly name = 'SpecError';
}

const MULTIPLIERS: Readonly<Record<string, number>> = { '': 1, k: 1e3, m: 1e6, b: 1e9, bn: 1e9 };

/** `10m` → 10,000,000, `400k`, `1.5b`, `2,500` → 2,500; undefined when not a count. */
export function parseCount(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(k|m|bn|b)?$/i.exec(text.replace(/,/g, '').trim());
  if (!m) return undefined;
  // A plain decimal reads exactly as a double literal; a multiplier is applied exactly.
  if (m[2] === undefined) return Number(m[1]);
  return Decimal.from(m[1]!)
    .multiply(MULTIPLIERS[(m[2] ?? '').toLowerCase()]!)
    .toNumber();
}

/** A count with an optional unit suffix from `units` (`100gb`, `200ms`, `2vcpu`). */
export function parseMeasure(text: string, units: readonly string[]): number | undefined {
  const t = text.trim().toLowerCase();
  const unit = units.find((u) => t.endsWith(u) && /\d$/.test(t.slice(0, -u.length)));
  return parseCount(unit ? t.slice(0, -unit.length) : t);
}

/** Millions of a count (`reads=10m` → 10): the unit of the requirement fields named `…Millions`. */
export function inMillions(count: number): number {
  return Decimal.from(count).multiply('0.000001').toNumber();
}

export interface MeasureRule {
  readonly what: string;
  readonly units?: readonly string[];
  readonly min?: number;
  readonly max?: number;
}

/**
 * The words of one spec: `key=value` pairs and bare words, consumed by the service's parser;
 * whatever is left over is refused by `done()` (a typo never prices silently as a default).
 * A number and its unit may be written apart (`100 gb`); `gp3:500` and `gp3/500` read as `gp3 500`.
 */
export class SpecReader {
  private words: string[];
  private readonly pairs = new Map<string, string>();

  constructor(
    readonly service: string,
    readonly source: string,
    private readonly grammar: string,
  ) {
    const normal = source
      .trim()
      .replace(/([a-z0-9])[:/](\d)/gi, '$1 $2')
      .replace(/(\d)\s+(gb|gib|ms|mb|vcpu|vcpus|zones?|nodes?|hours?|h)\b/gi, '$1$2')
      .replace(/\s*=\s*/g, '=');
    this.words = [];
    for (const token of normal.split(/\s+/).filter(Boolean)) {
      const eq = token.indexOf('=');
      if (eq > 0) this.pairs.set(token.slice(0, eq).toLowerCase(), token.slice(eq + 1));
      else this.words.push(token);
    }
  }

  /** The first bare word `parse` accepts, removed from the spec. */
  take<T>(parse: (word: string) => T | undefined): T | undefined {
    for (let i = 0; i < this.words.length; i++) {
      const value = parse(this.words[i]!);
      if (value !== undefined) {
        this.words.splice(i, 1);
        return value;
      }
    }
    return undefined;
  }

  /** A bare number with one of `units` (`100gb`), or a bare number when `bare` is set. */
  takeMeasure(rule: MeasureRule & { readonly units: readonly string[] }, bare = false) {
    const found = this.take((w) =>
      rule.units.some((u) => w.toLowerCase().endsWith(u)) || (bare && /^[\d.,]+[kmb]?$/i.test(w))
        ? w
        : undefined,
    );
    return found === undefined ? undefined : this.checked(found, rule);
  }

  /** The value of `key=` (or one of its aliases), as a number. */
  number(keys: readonly string[], rule: MeasureRule): number | undefined {
    const key = keys.find((k) => this.pairs.has(k));
    if (key === undefined) return undefined;
    const raw = this.pairs.get(key)!;
    this.pairs.delete(key);
    return this.checked(raw, rule, key);
  }

  /** The value of `key=` as text. */
  text(keys: readonly string[]): string | undefined {
    const key = keys.find((k) => this.pairs.has(k));
    if (key === undefined) return undefined;
    const raw = this.pairs.get(key)!;
    this.pairs.delete(key);
    return raw;
  }

  /** The remaining bare words, joined (multi-word names such as `Windows with SQL Server Web`). */
  rest(): string {
    const text = this.words.join(' ');
    this.words = [];
    return text;
  }

  fail(problem: string): never {
    throw new SpecError(`${this.service} spec "${this.source}": ${problem}. Write ${this.grammar}`);
  }

  required<T>(value: T | undefined, what: string): T {
    return value === undefined ? this.fail(`${what} is missing`) : value;
  }

  /** Refuses any word or key no rule consumed. */
  done(): void {
    const left = [...this.words, ...[...this.pairs.keys()].map((k) => `${k}=`)];
    if (left.length) this.fail(`"${left.join(' ')}" is not understood`);
  }

  private checked(raw: string, rule: MeasureRule, key?: string): number {
    const n = parseMeasure(raw, rule.units ?? []);
    const where = key ? `${key}=${raw}` : `"${raw}"`;
    if (n === undefined) this.fail(`${where} is not a number for ${rule.what}`);
    const min = rule.min ?? 0;
    if (n < min || (rule.max !== undefined && n > rule.max)) {
      const range = rule.max === undefined ? `at least ${min}` : `from ${min} to ${rule.max}`;
      this.fail(`${rule.what} must be ${range}, got ${where}`);
    }
    return n;
  }
}
