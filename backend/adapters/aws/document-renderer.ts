import type { DocumentFormat, Estimation, SystemSettings } from '../../../core';
import {
  DocumentInputError,
  UnsupportedDocumentFormatError,
  generateDocument,
} from '../../documents';
import type { LogoImage } from '../../documents';
import { logger } from '../../observability/logger';
import type { BlobStore } from '../../ports/blob-store';
import type { DocumentGenerator, GeneratedDocument } from '../../ports/document-generator';
import { PermanentDocumentError } from '../../ports/document-generator';

/**
 * The DocumentGenerator of the worker: backend/documents' renderers, with the branding logo read
 * from the templates bucket. Input problems become permanent failures (no retry).
 */
export class DocumentRenderer implements DocumentGenerator {
  constructor(private readonly blobs: BlobStore) {}

  async generate(
    format: DocumentFormat,
    estimation: Estimation,
    settings: SystemSettings,
    locale: string | null,
  ): Promise<GeneratedDocument> {
    const logo = await this.logo(settings.branding.logoKey);
    try {
      return await generateDocument(format, estimation, settings, {
        locale: locale ?? undefined,
        logo,
      });
    } catch (err) {
      if (err instanceof DocumentInputError || err instanceof UnsupportedDocumentFormatError) {
        throw new PermanentDocumentError(err.message, { cause: err });
      }
      throw err;
    }
  }

  private async logo(key: string | null): Promise<LogoImage | null> {
    if (!key) return null;
    const object = await this.blobs.get('templates', key);
    if (!object) {
      // The proposal is still worth generating without it; the log tells the admin why it is plain.
      logger.warn('branding logo missing from the templates bucket', { logoKey: key });
      return null;
    }
    const mimeType = object.contentType === 'image/jpeg' ? 'image/jpeg' : 'image/png';
    return { bytes: object.body, mimeType };
  }
}
