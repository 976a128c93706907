/** Errors of the API client, each with a message that tells the user what to do next. */
export class ApiClientError extends Error {
  override readonly name: string = 'ApiClientError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The API answered with an error body (`{error, message, details}`). */
export class ApiResponseError extends ApiClientError {
  override readonly name = 'ApiResponseError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }
}

/** No answer at all: offline, DNS, CORS or the API is down. */
export class ApiUnreachableError extends ApiClientError {
  override readonly name = 'ApiUnreachableError';
  constructor(url: string, cause: unknown) {
    super(
      `The pricing service at ${new URL(url).origin} did not answer. Check your network connection, ` +
        'or try again in a minute if the service is being restarted.',
      { cause },
    );
  }
}

/** The caller is not signed in (or the session expired and could not be refreshed). */
export class NotSignedInError extends ApiClientError {
  override readonly name = 'NotSignedInError';
  constructor() {
    super('You are not signed in. Sign in from the task pane (AWS Estimator on the Home tab).');
  }
}

/** The user pressed Cancel. */
export class CancelledError extends ApiClientError {
  override readonly name = 'CancelledError';
  constructor(step: string) {
    super(`${step} was cancelled.`);
  }
}
