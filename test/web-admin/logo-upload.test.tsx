import './jsdom-polyfills';
import { fireEvent, screen } from '@testing-library/react';
import { ApiResponseError } from '../../client-shared/http/api-errors';
import type { LogoUploadRequest } from '../../web-admin/api/admin-api';
import { SettingsPage } from '../../web-admin/pages/settings-page';
import { checkLogoFile, MAX_LOGO_BYTES } from '../../web-admin/settings/logo-file';
import { FakeAdminApi } from './fakes';
import { renderPage } from './render-page';

// The first bytes of a PNG; the console sends whatever the file holds, base64-encoded.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function choose(file: File) {
  fireEvent.change(screen.getByLabelText('Upload a logo (PNG or JPEG, up to 1 MB)'), {
    target: { files: [file] },
  });
}

async function openPage(api = new FakeAdminApi()) {
  const view = renderPage(<SettingsPage api={api} />);
  await screen.findByDisplayValue('58.25');
  return { api, ...view };
}

const uploads = (api: FakeAdminApi) =>
  api.calls.filter((c) => c.method === 'uploadLogo').map((c) => c.args[0] as LogoUploadRequest);

describe('settings page: logo upload', () => {
  it('uploads a PNG as base64 JSON, then shows the new key and a preview', async () => {
    const { api } = await openPage();
    choose(new File([PNG], 'acme.png', { type: 'image/png' }));
    expect(
      await screen.findByText(
        'Logo uploaded as templates/branding/logo-1.png; new proposals use it.',
      ),
    ).toBeTruthy();
    expect(uploads(api)).toEqual([
      {
        fileName: 'acme.png',
        contentType: 'image/png',
        contentBase64: Buffer.from(PNG).toString('base64'),
      },
    ]);
    expect(screen.getByText('Current logo: templates/branding/logo-1.png')).toBeTruthy();
    const img = screen.getByAltText('Uploaded logo preview') as HTMLImageElement;
    expect(img.src).toBe(`data:image/png;base64,${Buffer.from(PNG).toString('base64')}`);
    // The upload was the only change since the page read version 4: saving goes on from 5.
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved (version 6).')).toBeTruthy();
    const saved = api.calls.find((c) => c.method === 'updateSettings')?.args[0] as {
      version: number;
      branding: { logoKey: string };
    };
    expect(saved.version).toBe(5);
    expect(saved.branding.logoKey).toBe('templates/branding/logo-1.png');
  });

  it('refuses a file over 1 MB or of another type before calling the API, saying what to do', async () => {
    const { api } = await openPage();
    choose(new File([new Uint8Array(MAX_LOGO_BYTES + 1)], 'big.jpg', { type: 'image/jpeg' }));
    expect(
      await screen.findByText(
        'Logo not uploaded: big.jpg is 1025 KB; the limit is 1 MB (1024 KB). Export it smaller (a few hundred pixels wide is enough) and choose it again.',
      ),
    ).toBeTruthy();
    choose(new File(['GIF89a'], 'anim.gif', { type: 'image/gif' }));
    expect(
      await screen.findByText(
        'Logo not uploaded: anim.gif is not a PNG or JPEG image (it is image/gif). Choose a .png, .jpg or .jpeg file.',
      ),
    ).toBeTruthy();
    expect(uploads(api)).toEqual([]);
  });

  it("shows the API's 413 and 400 messages with what to do next", async () => {
    const { api } = await openPage();
    api.failNext = new ApiResponseError(
      413,
      { error: 'PayloadTooLarge', message: 'The logo is 1.20 MB; the limit is 1 MB.' },
      '',
    );
    choose(new File([PNG], 'acme.png', { type: 'image/png' }));
    expect(
      await screen.findByText(
        'Logo not uploaded: The logo is 1.20 MB; the limit is 1 MB. Choose a PNG or JPEG of 1 MB or less.',
      ),
    ).toBeTruthy();
    api.failNext = new ApiResponseError(
      400,
      { error: 'BadRequest', message: '$.contentBase64: acme.jpg is image/png, not image/jpeg.' },
      '',
    );
    choose(new File([PNG], 'acme.jpg', { type: 'image/jpeg' }));
    expect(
      await screen.findByText(
        'Logo not uploaded: $.contentBase64: acme.jpg is image/png, not image/jpeg. Choose a PNG or JPEG file whose content matches its name.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('No logo yet.')).toBeTruthy();
    expect(screen.queryByAltText('Uploaded logo preview')).toBeNull();
  });
});

describe('checkLogoFile', () => {
  it('takes the type from the extension when the browser gives none, and refuses empty files', () => {
    expect(checkLogoFile(new File([PNG], 'logo.JPEG'))).toEqual({ contentType: 'image/jpeg' });
    expect(checkLogoFile(new File([PNG], 'logo'))).toHaveProperty('problem');
    expect(checkLogoFile(new File([], 'logo.png', { type: 'image/png' }))).toEqual({
      problem: 'logo.png is empty. Choose the image file itself.',
    });
  });
});
