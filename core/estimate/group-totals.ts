import { Decimal } from '../money/decimal';
import type { Coverage } from './coverage';
import { CoverageCounter } from './coverage';
import type { CostLine } from './estimate';

/** Totals of one group of lines (the calculator's nested groups), with its sub-groups. */
export interface GroupTotals {
  readonly name: string;
  /** Group path, outermost first; empty for the estimate itself. */
  readonly path: readonly string[];
  readonly monthly: string;
  readonly upfront: string;
  readonly first12Months: string;
  /** The group's lines, its sub-groups' included: what its totals price and what they leave out. */
  readonly coverage: Coverage;
  readonly lineIds: readonly string[];
  readonly groups: readonly GroupTotals[];
}

interface Node {
  readonly path: string[];
  monthly: Decimal;
  upfront: Decimal;
  readonly coverage: CoverageCounter;
  readonly lineIds: string[];
  readonly children: Map<string, Node>;
}

/** Sum list-price lines into their nested groups: each group holds its own lines and all of its sub-groups'. */
export function groupTotals(lines: readonly CostLine[], name = 'Estimate'): GroupTotals {
  const root: Node = {
    path: [],
    monthly: Decimal.ZERO,
    upfront: Decimal.ZERO,
    coverage: new CoverageCounter(),
    lineIds: [],
    children: new Map(),
  };
  for (const line of lines) {
    let node = root;
    const visit = (n: Node): void => {
      n.monthly = n.monthly.add(line.monthly);
      n.upfront = n.upfront.add(line.upfront);
      n.coverage.add(line);
    };
    visit(node);
    for (const part of line.group) {
      let child = node.children.get(part);
      if (!child) {
        child = {
          path: [...node.path, part],
          monthly: Decimal.ZERO,
          upfront: Decimal.ZERO,
          coverage: new CoverageCounter(),
          lineIds: [],
          children: new Map(),
        };
        node.children.set(part, child);
      }
      node = child;
      visit(node);
    }
    node.lineIds.push(line.id);
  }
  return toTotals(root, name);
}

function toTotals(node: Node, name: string): GroupTotals {
  return {
    name,
    path: node.path,
    monthly: node.monthly.toString(),
    upfront: node.upfront.toString(),
    first12Months: node.upfront.add(node.monthly.multiply(12)).toString(),
    coverage: node.coverage.coverage(),
    lineIds: node.lineIds,
    groups: [...node.children.entries()].map(([child, n]) => toTotals(n, child)),
  };
}
