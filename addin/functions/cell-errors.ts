import { NotSignedInError } from '../../client-shared/http/api-errors';
import { ArgumentError } from './function-errors';

/**
 * Turn any failure into the error a cell shows: bad arguments → #VALUE!, everything else (signed
 * out, catalog unavailable, price not in catalog) → #N/A. Both carry the message Excel displays.
 */
export function toCellError(error: unknown): CustomFunctions.Error {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ArgumentError)
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  if (error instanceof NotSignedInError)
    return new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      'Sign in from the task pane',
    );
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}
