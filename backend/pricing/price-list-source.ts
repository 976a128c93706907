import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { PriceListDownloadError } from './errors';
import { fileChunks } from './file-chunks';
import { PRICE_LIST_BASE_URL } from './price-list-indexes';

/**
 * Where Price List files come from: a local mirror of the endpoint's paths (`--from DIR`, e.g.
 * DIR/offers/v1.0/aws/AmazonEC2/current/us-east-1/index.json) or the public endpoint (`--online`).
 * Both answer the same paths, so the importer does not know which it reads.
 */
export interface PriceListSource {
  /** Where a path lives, for messages: a file path or a URL. */
  locate(path: string): string;
  /** A byte stream of the file, or undefined when the source has no such file. */
  open(path: string): Promise<AsyncIterable<Buffer> | undefined>;
}

export class DirectorySource implements PriceListSource {
  constructor(private readonly root: string) {}

  locate(path: string): string {
    return join(this.root, path);
  }

  async open(path: string): Promise<AsyncIterable<Buffer> | undefined> {
    const file = this.locate(path);
    if (!existsSync(file)) return undefined;
    return fileChunks(file);
  }
}

/** The subset of `fetch` the online source uses, so tests can inject one. */
export type FetchLike = (url: string) => Promise<Response>;

export class OnlineSource implements PriceListSource {
  constructor(
    private readonly fetchImpl: FetchLike = (url) => fetch(url),
    private readonly baseUrl = PRICE_LIST_BASE_URL,
  ) {}

  locate(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  async open(path: string): Promise<AsyncIterable<Buffer> | undefined> {
    const url = this.locate(path);
    let response: Response;
    try {
      response = await this.fetchImpl(url);
    } catch (error) {
      const cause =
        (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new PriceListDownloadError(
        url,
        `the network request failed (${cause}). This machine may have no Internet access: ` +
          'download the files elsewhere and import them with --from DIR (a mirror of the endpoint paths).',
        { cause: error },
      );
    }
    if (response.status === 404 || response.status === 403) return undefined;
    if (!response.ok || !response.body) {
      throw new PriceListDownloadError(url, `HTTP ${response.status} ${response.statusText}`);
    }
    return asBuffers(Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>));
  }
}

/** Web streams yield Uint8Array; the readers need Buffer (indexOf, latin1/utf8 slicing) — no copy. */
async function* asBuffers(stream: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    yield Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
}

/** Read a whole (small) file of a source as text: indexes only, never offer files. */
export async function readText(source: PriceListSource, path: string): Promise<string | undefined> {
  const stream = await source.open(path);
  if (!stream) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
