import type { AuditLogEntry, DownloadResponse, Page, SystemSettings } from '../../core';
import { solidPng } from '../backend/documents/document-test-helpers';
import { api, createTestUser } from '../helpers/stack-client';
import { createPricedEstimationAs, waitForDocument } from './api-fixtures';

describe('POST /admin/branding/logo: the uploaded logo reaches generated proposals', () => {
  it('stores the logo, updates branding.logoKey with an audit entry, and embeds it in the PDF', async () => {
    const [admin, sales] = await Promise.all([
      createTestUser('Admin', 'logoadmin'),
      createTestUser('Sales', 'logosales'),
    ]);
    const png = solidPng(40, 20, [10, 120, 200]);
    const up = await api<SystemSettings>('/admin/branding/logo', {
      method: 'POST',
      token: admin.idToken,
      body: {
        fileName: 'partner-logo.png',
        contentType: 'image/png',
        contentBase64: Buffer.from(png).toString('base64'),
      },
    });
    expect(up.status).toBe(200);
    const logoKey = up.body.branding.logoKey;
    expect(logoKey).toMatch(/^templates\/branding\/[0-9a-f-]{36}\.png$/);

    const settings = await api<SystemSettings>('/admin/settings', { token: admin.idToken });
    expect(settings.body.branding.logoKey).toBe(logoKey);
    const audit = await api<Page<AuditLogEntry>>(
      `/admin/audit-logs?action=settings.logo&userId=${admin.sub}`,
      { token: admin.idToken },
    );
    expect(audit.status).toBe(200);
    // [before, after]: before is whatever logo another test (or nobody) set first.
    const after = audit.body.items.map((e) => (e.changes['branding.logoKey'] as unknown[])[1]);
    expect(after).toContain(logoKey);

    // A JPEG declared as PNG is refused and leaves the settings as they were.
    const wrong = await api('/admin/branding/logo', {
      method: 'POST',
      token: admin.idToken,
      body: {
        fileName: 'x.png',
        contentType: 'image/png',
        contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]).toString('base64'),
      },
    });
    expect(wrong.status).toBe(400);

    const priced = await createPricedEstimationAs(sales, 'Logo proposal');
    const gen = await api<{ documentId: string }>('/documents/generate', {
      method: 'POST',
      token: sales.idToken,
      body: { estimationId: priced.estimationId, format: 'pdf' },
    });
    expect(gen.status).toBe(202);
    const job = await waitForDocument(sales, gen.body.documentId);
    expect(job.status).toBe('ready');
    const link = await api<DownloadResponse>(`/documents/${gen.body.documentId}/download`, {
      token: sales.idToken,
    });
    const pdf = Buffer.from(await (await fetch(link.body.url)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // pdfkit writes each embedded image as an XObject of subtype Image: the logo.
    expect(pdf.toString('latin1')).toMatch(/\/Subtype \/Image/);
    // The job's wait has no deadline of its own (waitForDocument): a generous test timeout.
  }, 180_000);
});
