import type { LogoUploadRequest } from '../api/admin-api';

/** The API's limit (backend/use-cases/settings/upload-logo.ts): checked here first to save a trip. */
export const MAX_LOGO_BYTES = 1_048_576;

type LogoType = LogoUploadRequest['contentType'];
const BY_EXTENSION: Readonly<Record<string, LogoType>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/**
 * The upload's content type, or a message saying what to choose instead. The API wants the name to
 * end in .png/.jpg/.jpeg; some systems give no MIME type, so the extension decides then.
 */
export function checkLogoFile(file: File): { contentType: LogoType } | { problem: string } {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const fromExt = BY_EXTENSION[ext];
  const type = file.type === 'image/png' || file.type === 'image/jpeg' ? file.type : null;
  if (!fromExt || (file.type !== '' && !type)) {
    return {
      problem: `${file.name} is not a PNG or JPEG image${file.type ? ` (it is ${file.type})` : ''}. Choose a .png, .jpg or .jpeg file.`,
    };
  }
  if (file.size === 0) return { problem: `${file.name} is empty. Choose the image file itself.` };
  if (file.size > MAX_LOGO_BYTES) {
    return {
      problem: `${file.name} is ${Math.ceil(file.size / 1024)} KB; the limit is 1 MB (1024 KB). Export it smaller (a few hundred pixels wide is enough) and choose it again.`,
    };
  }
  return { contentType: type ?? fromExt };
}

/** Reads the file as a data URL: its base64 part is the upload body, the whole is the preview. */
export function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () =>
      reject(new Error(`${file.name} could not be read (${reader.error?.message ?? 'unknown'}).`));
    reader.readAsDataURL(file);
  });
}

export function base64Of(dataUrl: string): string {
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}
