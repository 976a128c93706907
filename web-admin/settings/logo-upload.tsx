import { Button, Spinner, Text } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import type { SystemSettings } from '../../core';
import type { AdminApi } from '../api/admin-api';
import { ApiResponseError, describeError } from '../../client-shared/http/api-errors';
import { useNotifyError } from '../components/use-notify-error';
import { useAdmin } from '../state/admin-store';
import { base64Of, checkLogoFile, readAsDataUrl } from './logo-file';

/**
 * Proposal logo: choosing a PNG/JPEG (≤ 1 MB) uploads it at once (POST /admin/branding/logo);
 * the API stores it and saves `branding.logoKey` itself, so no "Save settings" is needed after.
 */
export function LogoUpload(props: {
  api: AdminApi;
  logoKey: string | null;
  onUploaded: (saved: SystemSettings) => void;
}) {
  const { api, logoKey, onUploaded } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  const notify = useAdmin((s) => s.notify);
  const notifyError = useNotifyError();
  const inputId = useId();
  const [uploading, setUploading] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);

  async function upload(file: File) {
    const checked = checkLogoFile(file);
    if ('problem' in checked) {
      notify({ intent: 'error', text: `Logo not uploaded: ${checked.problem}` });
      return;
    }
    setUploading(true);
    try {
      const dataUrl = await readAsDataUrl(file);
      const saved = await api.uploadLogo({
        fileName: file.name,
        contentType: checked.contentType,
        contentBase64: base64Of(dataUrl),
      });
      setPreview(dataUrl);
      onUploaded(saved);
      notify({
        intent: 'success',
        text: `Logo uploaded as ${saved.branding.logoKey ?? '(no key)'}; new proposals use it.`,
      });
    } catch (err) {
      if (err instanceof ApiResponseError && err.status === 413) {
        notify({
          intent: 'error',
          text: `Logo not uploaded: ${describeError(err)} Choose a PNG or JPEG of 1 MB or less.`,
        });
      } else if (err instanceof ApiResponseError && err.status === 400) {
        notify({
          intent: 'error',
          text: `Logo not uploaded: ${describeError(err)} Choose a PNG or JPEG file whose content matches its name.`,
        });
      } else notifyError(err, 'Uploading the logo failed');
    } finally {
      setUploading(false);
    }
  }

  return (
    <div style={{ display: 'grid', gap: 4 }}>
      <Text>{logoKey ? `Current logo: ${logoKey}` : 'No logo yet.'}</Text>
      <label htmlFor={inputId}>Upload a logo (PNG or JPEG, up to 1 MB)</label>
      {/* The browser's file control, hidden: the Fluent button below opens it (keyboard too). */}
      <input
        id={inputId}
        ref={fileInput}
        type="file"
        hidden
        accept="image/png,image/jpeg,.png,.jpg,.jpeg"
        disabled={uploading}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Clear the input so choosing the same file again (after fixing it) fires a change.
          e.target.value = '';
          if (file) void upload(file);
        }}
      />
      <Button
        disabled={uploading}
        style={{ justifySelf: 'start' }}
        onClick={() => fileInput.current?.click()}
      >
        Choose a logo file…
      </Button>
      {uploading && <Spinner size="tiny" label="Uploading the logo…" />}
      {preview && (
        <img src={preview} alt="Uploaded logo preview" style={{ maxHeight: 64, maxWidth: 240 }} />
      )}
    </div>
  );
}
