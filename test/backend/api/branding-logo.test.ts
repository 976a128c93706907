import type { SystemSettings } from '../../../core';
import { DocumentRenderer } from '../../../backend/adapters/aws/document-renderer';
import { BadRequestError, PayloadTooLargeError } from '../../../backend/http/errors';
import type { SettingsStore } from '../../../backend/ports/settings-store';
import { getSettings } from '../../../backend/use-cases/settings/get-settings';
import { updateSettings } from '../../../backend/use-cases/settings/update-settings';
import {
  MAX_LOGO_BYTES,
  sniffImage,
  uploadLogo,
} from '../../../backend/use-cases/settings/upload-logo';
import { solidPng } from '../documents/document-test-helpers';
import { buildEstimation } from '../documents/estimation-fixture';
import { ctx, fakes, root } from './fakes';

const PNG = solidPng(24, 12, [200, 30, 30]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('branding logo upload (POST /admin/branding/logo)', () => {
  it('stores the PNG under templates/branding/ and points branding.logoKey at it, audited', async () => {
    const f = fakes();
    const next = await uploadLogo(f, ctx(root), {
      fileName: 'partner.png',
      contentType: 'image/png',
      contentBase64: b64(PNG),
    });
    expect(next.branding.logoKey).toMatch(/^templates\/branding\/[\w-]+\.png$/);
    expect(next.version).toBe(1);
    // Everything else of the branding is kept.
    expect(next.branding.companyName).toBe(
      (await getSettings({ settings: f.settings })).branding.companyName,
    );
    const stored = await f.blobs.get('templates', next.branding.logoKey ?? '');
    expect(stored?.contentType).toBe('image/png');
    expect(stored && [...stored.body]).toEqual([...PNG]);
    expect(await f.settings.get()).toEqual(next);
    const entry = f.audit.entries.find((e) => e.action === 'settings.logo');
    expect(entry).toMatchObject({
      userId: 'root',
      targetType: 'settings',
      changes: { 'branding.logoKey': [null, next.branding.logoKey], version: [0, 1] },
    });
  });

  it('refuses bytes that are not the declared type, and over 1 MB, storing nothing', async () => {
    const f = fakes();
    await expect(
      uploadLogo(f, ctx(root), {
        fileName: 'a.jpg',
        contentType: 'image/jpeg',
        contentBase64: b64(PNG),
      }),
    ).rejects.toThrow(/is image\/png, not image\/jpeg/);
    await expect(
      uploadLogo(f, ctx(root), {
        fileName: 'a.png',
        contentType: 'image/png',
        contentBase64: b64(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
      }),
    ).rejects.toBeInstanceOf(BadRequestError);
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(PNG);
    await expect(
      uploadLogo(f, ctx(root), {
        fileName: 'a.png',
        contentType: 'image/png',
        contentBase64: b64(big),
      }),
    ).rejects.toBeInstanceOf(PayloadTooLargeError);
    expect(f.blobs.objects.size).toBe(0);
    expect(await f.settings.get()).toBeNull();
    expect(f.audit.entries).toEqual([]);
  });

  it('recognises PNG and JPEG signatures only', () => {
    expect(sniffImage(PNG)).toBe('image/png');
    expect(sniffImage(JPEG)).toBe('image/jpeg');
    expect(sniffImage(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(sniffImage(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });

  it('keeps a settings change saved concurrently (re-reads on a version conflict)', async () => {
    const f = fakes();
    let raced = false;
    const racing: SettingsStore = {
      get: () => f.settings.get(),
      replace: async (next, expected, audit) => {
        if (!raced) {
          raced = true; // another admin saves between our read and our write
          await updateSettings(
            f,
            ctx(root, 'req-other'),
            { version: 0, defaultCurrency: 'EUR' },
            null,
          );
        }
        return f.settings.replace(next, expected, audit);
      },
    };
    const next = await uploadLogo({ ...f, settings: racing }, ctx(root), {
      fileName: 'p.jpg',
      contentType: 'image/jpeg',
      contentBase64: b64(JPEG),
    });
    expect(next.defaultCurrency).toBe('EUR');
    expect(next.branding.logoKey).toMatch(/\.jpg$/);
    expect(next.version).toBe(2);
    expect(f.audit.entries.map((e) => e.action)).toEqual(['settings.update', 'settings.logo']);
  });
});

describe('document generation loads the logo from branding.logoKey', () => {
  it('embeds the uploaded image in the PDF and the Word proposal, and none without a logo', async () => {
    const f = fakes();
    const settings: SystemSettings = await uploadLogo(f, ctx(root), {
      fileName: 'partner.png',
      contentType: 'image/png',
      contentBase64: b64(PNG),
    });
    const renderer = new DocumentRenderer(f.blobs);
    const estimation = buildEstimation(3);
    const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
    const pdf = await renderer.generate('pdf', estimation, settings, null);
    expect(text(pdf.body)).toMatch(/\/Subtype \/Image/);
    const docx = await renderer.generate('docx', estimation, settings, null);
    expect(text(docx.body)).toContain('word/media/');

    const plain = { ...settings, branding: { ...settings.branding, logoKey: null } };
    expect(text((await renderer.generate('pdf', estimation, plain, null)).body)).not.toMatch(
      /\/Subtype \/Image/,
    );
    expect(text((await renderer.generate('docx', estimation, plain, null)).body)).not.toContain(
      'word/media/',
    );
  }, 30_000);

  it('still generates the proposal, without an image, when the logo object is gone', async () => {
    const f = fakes();
    const settings = await uploadLogo(f, ctx(root), {
      fileName: 'partner.png',
      contentType: 'image/png',
      contentBase64: b64(PNG),
    });
    f.blobs.objects.clear();
    const pdf = await new DocumentRenderer(f.blobs).generate(
      'pdf',
      buildEstimation(2),
      settings,
      null,
    );
    expect(pdf.body.byteLength).toBeGreaterThan(1000);
    expect(Buffer.from(pdf.body).toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  }, 30_000);
});
