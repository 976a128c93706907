import type { LogoContentType, SystemSettings } from '../../../core';
import { BadRequestError, ConflictError, PayloadTooLargeError } from '../../http/errors';
import type { AuditContext } from '../../ports/audit-log';
import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import { auditRecord } from '../shared/audit-record';
import type { BlobStore } from '../../ports/blob-store';
import { VersionConflictError } from '../../ports/estimation-store';
import type { SettingsStore } from '../../ports/settings-store';
import { getSettings } from './get-settings';

/** A proposal logo is printed small on the cover: 1 MB is plenty and keeps documents light. */
export const MAX_LOGO_BYTES = 1_048_576;
const EXTENSION: Record<LogoContentType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg' };
/** Concurrent settings saves: re-read and retry the small logoKey change this many times. */
const ATTEMPTS = 3;

export interface UploadLogoDeps {
  readonly settings: SettingsStore;
  readonly blobs: BlobStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/**
 * POST /admin/branding/logo: stores the image under templates/branding/<id>.<ext> in the templates
 * bucket (where the document worker reads it), then points `branding.logoKey` at it with the
 * settings' own optimistic lock and audit entry (one transaction, like every settings change).
 * The old image stays in S3: documents already queued may still read it.
 */
export async function uploadLogo(
  deps: UploadLogoDeps,
  ctx: AuditContext,
  input: { fileName: string; contentType: LogoContentType; contentBase64: string },
): Promise<SystemSettings> {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw new BadRequestError('$.contentBase64: the image is empty.');
  if (bytes.length > MAX_LOGO_BYTES) {
    throw new PayloadTooLargeError(
      `The logo is ${(bytes.length / 1_048_576).toFixed(2)} MB; the limit is 1 MB. Export it smaller (a few hundred pixels wide is enough).`,
      { details: { sizeBytes: bytes.length, maxBytes: MAX_LOGO_BYTES } },
    );
  }
  const actual = sniffImage(bytes);
  if (actual !== input.contentType) {
    throw new BadRequestError(
      `$.contentBase64: ${input.fileName} is ${actual ?? 'neither a PNG nor a JPEG image'}, not ${input.contentType}; send a PNG or JPEG file with its matching contentType.`,
      { details: { contentType: input.contentType, detected: actual } },
    );
  }
  const logoKey = `templates/branding/${deps.ids.next()}.${EXTENSION[input.contentType]}`;
  await deps.blobs.put('templates', logoKey, bytes, {
    contentType: input.contentType,
    metadata: { uploadedby: ctx.caller.userId, filename: encodeURIComponent(input.fileName) },
  });
  for (let attempt = 1; ; attempt++) {
    const current = await getSettings(deps);
    const next: SystemSettings = {
      ...current,
      branding: { ...current.branding, logoKey },
      version: current.version + 1,
      updatedAt: deps.clock.now().toISOString(),
      updatedBy: ctx.caller.email || ctx.caller.userId,
    };
    const changes = {
      'branding.logoKey': [current.branding.logoKey, logoKey],
      fileName: [null, input.fileName],
      sizeBytes: [null, bytes.length],
      version: [current.version, next.version],
    };
    try {
      await deps.settings.replace(
        next,
        current.version,
        auditRecord(ctx, deps, 'settings.logo', { type: 'settings', id: 'system' }, changes),
      );
      return next;
    } catch (err) {
      if (!(err instanceof VersionConflictError)) throw err;
      if (attempt >= ATTEMPTS) {
        throw new ConflictError(
          'The settings kept changing while the logo was saved; upload the logo again.',
        );
      }
    }
  }
}

/** The image type from its first bytes (PNG signature, JPEG SOI marker), or null. */
export function sniffImage(bytes: Uint8Array): LogoContentType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  return null;
}
