/**
 * Warnings of a large estate, grouped by kind: 9,000 "chose t3a.small …" lines read as one entry
 * with a count and a few examples, so an estimate's `warnings` stays short for any number of lines
 * (each line keeps its own warnings in full). No warning is dropped: every message is counted in
 * exactly one group, and a kind seen a few times only is listed message by message.
 */
export interface WarningGroup {
  /** The message with its item id, numbers, names and parenthesised details abstracted away. */
  readonly kind: string;
  readonly count: number;
  /** The first messages of this kind, in full. */
  readonly examples: readonly string[];
  /** Item ids of the first messages that named one (at most `MAX_IDS`). */
  readonly itemIds: readonly string[];
}

export interface ItemWarning {
  /** The item the message is about; its `<itemId>: ` prefix is not part of the kind. */
  readonly itemId?: string;
  readonly message: string;
}

export const MAX_EXAMPLES = 2;
export const MAX_IDS = 8;
/** A kind seen at most this often is listed message by message, as a small estimate shows it. */
export const LISTED_UP_TO = 5;

/** The kind of a message: the same sentence about another item, type or size is the same kind. */
export function warningKind(message: string, itemId?: string): string {
  return kindOfText(withoutItemId(message, itemId));
}

function withoutItemId(message: string, itemId?: string): string {
  return itemId && message.startsWith(`${itemId}: `) ? message.slice(itemId.length + 2) : message;
}

function kindOfText(text: string): string {
  return text
    .replace(/\([^()]*(\([^()]*\)[^()]*)*\)/g, '(…)')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b[a-z][a-z0-9-]*\.[a-z0-9]+(\.[a-z0-9]+)*\b/gi, '…')
    .replace(/\$?\d[\d,]*(\.\d+)?/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Groups in order of first appearance. */
export function groupWarnings(warnings: Iterable<ItemWarning>): WarningGroup[] {
  const list = [...warnings];
  return groupByKind(
    list,
    list.map((w) => warningKind(w.message, w.itemId)),
  );
}

/** `groupWarnings` with each warning's kind already worked out (kinds[i] is list[i]'s). */
function groupByKind(list: readonly ItemWarning[], kinds: readonly string[]): WarningGroup[] {
  const groups = new Map<string, { count: number; examples: string[]; itemIds: string[] }>();
  list.forEach((w, i) => {
    const kind = kinds[i]!;
    let g = groups.get(kind);
    if (!g) groups.set(kind, (g = { count: 0, examples: [], itemIds: [] }));
    g.count++;
    if (g.examples.length < MAX_EXAMPLES) g.examples.push(w.message);
    if (w.itemId && g.itemIds.length < MAX_IDS) g.itemIds.push(w.itemId);
  });
  return [...groups].map(([kind, g]) => ({ kind, ...g }));
}

/** One sentence per group: the message itself when it occurred once, else its count and examples. */
export function warningGroupText(group: WarningGroup): string {
  if (group.count === 1) return group.examples[0] ?? group.kind;
  const more = group.count - group.itemIds.length;
  const ids = group.itemIds.length
    ? ` Items: ${group.itemIds.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''}.`
    : '';
  return `${group.count.toLocaleString('en-US')} warnings of this kind — e.g. ${group.examples[0] ?? group.kind}${ids}`;
}

/**
 * The `warnings` of an estimate for these per-item messages, in order: each message of a rare kind
 * (at most LISTED_UP_TO), one sentence per frequent kind.
 */
export function summariseWarnings(warnings: Iterable<ItemWarning>): string[] {
  const list = [...warnings];
  // A kind is worked out once per distinct sentence (four regular expressions each): the same
  // sentence about many items is the common case in a large estate.
  const known = new Map<string, string>();
  const kinds = list.map((w) => {
    const text = withoutItemId(w.message, w.itemId);
    let kind = known.get(text);
    if (kind === undefined) {
      kind = kindOfText(text);
      known.set(text, kind);
    }
    return kind;
  });
  const frequent = new Map(
    groupByKind(list, kinds)
      .filter((g) => g.count > LISTED_UP_TO)
      .map((g) => [g.kind, g] as const),
  );
  const out: string[] = [];
  const said = new Set<string>();
  list.forEach((w, i) => {
    const kind = kinds[i]!;
    const group = frequent.get(kind);
    if (!group) out.push(w.message);
    else if (!said.has(kind)) {
      said.add(kind);
      out.push(warningGroupText(group));
    }
  });
  return out;
}

/** `<itemId>: message` strings (scenario changes, line warnings) as item warnings. */
export function itemWarnings(
  messages: readonly string[],
  itemIds: readonly string[],
): ItemWarning[] {
  const ids = new Set(itemIds);
  return messages.map((message) => {
    const colon = message.indexOf(': ');
    const id = colon > 0 ? message.slice(0, colon) : undefined;
    return id !== undefined && ids.has(id) ? { itemId: id, message } : { message };
  });
}
