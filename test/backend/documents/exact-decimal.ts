/**
 * Test-side exact decimal arithmetic, written independently of backend/documents/decimal.ts so
 * the fixture's totals do not come from the code under test.
 */
interface D {
  u: bigint;
  s: number;
}

function parse(v: string): D {
  const neg = v.startsWith('-');
  const [i = '0', f = ''] = v.replace(/^[-+]/, '').split('.');
  const u = BigInt(i + f);
  return { u: neg ? -u : u, s: f.length };
}

function str(d: D): string {
  const neg = d.u < 0n;
  const digits = (neg ? -d.u : d.u).toString().padStart(d.s + 1, '0');
  const cut = digits.length - d.s;
  return `${neg ? '-' : ''}${digits.slice(0, cut)}${d.s ? `.${digits.slice(cut)}` : ''}`;
}

function align(a: D, b: D): [bigint, bigint, number] {
  const s = Math.max(a.s, b.s);
  return [a.u * 10n ** BigInt(s - a.s), b.u * 10n ** BigInt(s - b.s), s];
}

export function add(...values: string[]): string {
  return values.reduce((acc, v) => {
    const [x, y, s] = align(parse(acc), parse(v));
    return str({ u: x + y, s });
  }, '0');
}

export function mul(a: string, b: string): string {
  const x = parse(a);
  const y = parse(b);
  return str({ u: x.u * y.u, s: x.s + y.s });
}

export function sub(a: string, b: string): string {
  return add(a, mul(b, '-1'));
}

export function lessThan(a: string, b: string): boolean {
  const [x, y] = align(parse(a), parse(b));
  return x < y;
}

/** a ÷ n (a positive whole number) to 10 places, ties to even — the engine's effective-monthly rule. */
export function divide10(a: string, n: number): string {
  const x = parse(a);
  const scaled = x.u * 10n ** BigInt(10 + 10 - x.s); // 20 places
  const q = scaled / BigInt(n);
  const r = scaled % BigInt(n);
  const whole = q / 10n ** 10n;
  const rest = q % 10n ** 10n;
  // Round q (20 places) to 10 places, half to even; exact halves need the division remainder to be 0.
  const half = 5n * 10n ** 9n;
  let u = whole;
  if (rest > half || (rest === half && (r !== 0n || whole % 2n === 1n))) u += 1n;
  return str({ u, s: 10 });
}
