/** Settings that cannot be applied as given (a discontinued support plan, a bad FX rate); names the field. */
export class RulesInputError extends Error {
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`settings.${field}: ${detail}`);
    this.name = 'RulesInputError';
  }
}
