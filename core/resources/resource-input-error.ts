/** A requirement item that cannot be priced as given; names the item and field so the user can fix it. */
export class ResourceInputError extends Error {
  constructor(
    readonly itemId: string,
    readonly field: string,
    detail: string,
  ) {
    super(`Item '${itemId}': ${field} ${detail}.`);
    this.name = 'ResourceInputError';
  }
}
