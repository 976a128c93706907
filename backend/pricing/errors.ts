/**
 * A Price List file that cannot be read: malformed, truncated, or not the format it claims.
 * The message names the file and the position (byte offset, and the line when known) so the
 * operator can open the file at the right place.
 */
export class PriceListFormatError extends Error {
  constructor(
    readonly file: string,
    /** Byte offset in the file (0-based), or -1 when not known. */
    readonly offset: number,
    readonly detail: string,
    /** 1-based line, when the reader counts lines (CSV) or located it afterwards (JSON). */
    readonly line?: number,
  ) {
    super(`${file}: ${positionText(offset, line)}${detail}`);
    this.name = 'PriceListFormatError';
  }

  /** The same error with its line number filled in. */
  withLine(line: number): PriceListFormatError {
    return new PriceListFormatError(this.file, this.offset, this.detail, line);
  }
}

function positionText(offset: number, line: number | undefined): string {
  const parts: string[] = [];
  if (line !== undefined) parts.push(`line ${line}`);
  if (offset >= 0) parts.push(`byte ${offset}`);
  return parts.length ? `${parts.join(', ')}: ` : '';
}

/** The requested data is not in the source (offline mirror or AWS endpoint). */
export class PriceListNotFoundError extends Error {
  constructor(
    readonly location: string,
    detail: string,
  ) {
    super(`${location}: ${detail}`);
    this.name = 'PriceListNotFoundError';
  }
}

/** The online source could not be reached (no network, DNS, HTTP error). */
export class PriceListDownloadError extends Error {
  constructor(
    readonly url: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`Could not download ${url}: ${detail}`, options);
    this.name = 'PriceListDownloadError';
  }
}
