import { HttpError } from '../http/errors';

export type WorkbookReadErrorCode =
  | 'too-large'
  | 'not-a-workbook'
  | 'corrupt'
  | 'zip-bomb'
  | 'password-protected'
  | 'legacy-xls'
  | 'unreadable';

const STATUS: Record<WorkbookReadErrorCode, number> = {
  'too-large': 413,
  'not-a-workbook': 415,
  'legacy-xls': 415,
  corrupt: 400,
  'zip-bomb': 400,
  'password-protected': 400,
  unreadable: 400,
};

/** The one error a failed workbook read gives: nothing of the file is imported. */
export class WorkbookReadError extends HttpError {
  readonly statusCode: number;
  readonly errorType = 'WorkbookUnreadable';

  constructor(
    readonly code: WorkbookReadErrorCode,
    message: string,
    cause?: unknown,
  ) {
    super(message, { details: { code }, cause });
    this.statusCode = STATUS[code];
  }
}
