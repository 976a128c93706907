/**
 * The `CustomFunctions` global Excel provides, for jest: Error carries its code so tests can
 * assert #VALUE! (invalidValue) vs #N/A (notAvailable). Import before the functions module.
 */
export class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const stub = {
  Error: CustomFunctionError,
  ErrorCode: {
    invalidValue: '#VALUE!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
    invalidNumber: '#NUM!',
    nullReference: '#NULL!',
  },
  associate: () => undefined,
};

Object.assign(globalThis, { CustomFunctions: stub });
