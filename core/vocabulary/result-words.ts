/**
 * The words of estimates and of the API's records, once, as `as const` arrays: the types in
 * `core/estimate` and `core/api` derive from them, and the backend's zod schemas name them.
 */

/** How a component is charged. */
export const CHARGES = ['monthly', 'upfront'] as const;

/**
 * A component's state: `priced` (quantity × unit price of one record), `no-usage` (the requirement
 * gave none — differs from zero), `price-not-in-catalog` and `ambiguous` (gaps, never $0).
 */
export const COMPONENT_STATUSES = [
  'priced',
  'no-usage',
  'price-not-in-catalog',
  'ambiguous',
  'not-offered',
  'invalid-combination',
] as const;

/** Cost categories, in the order documents list them. */
export const COST_CATEGORIES = [
  'Compute',
  'Storage',
  'Database',
  'Network',
  'Management',
  'Support',
] as const;

/** Business rules' adjustments (core/rules). */
export const ADJUSTMENT_KINDS = ['discount', 'margin', 'credit', 'support', 'tax', 'fx'] as const;

export const ROLES = ['Admin', 'Sales'] as const;
export const USER_STATUSES = ['active', 'disabled'] as const;
export const ESTIMATION_STATUSES = ['draft', 'sent', 'won', 'lost'] as const;

/**
 * Document formats: proposals (`pdf`, `docx`), then the data exports; `bulk-import-ec2-xlsx`,
 * `bulk-import-ebs-xlsx` and `bulk-import-hosts-xlsx` are the AWS Pricing Calculator's bulk-import
 * workbooks, one per template (EC2 instances, EBS volumes, EC2 Dedicated Hosts).
 */
export const DOCUMENT_FORMATS = [
  'pdf',
  'docx',
  'xlsx',
  'csv',
  'json',
  'bulk-import-ec2-xlsx',
  'bulk-import-ebs-xlsx',
  'bulk-import-hosts-xlsx',
] as const;
/** The formats `POST /documents/export` makes (every format but the proposals). */
export const EXPORT_FORMATS = [
  'xlsx',
  'csv',
  'json',
  'bulk-import-ec2-xlsx',
  'bulk-import-ebs-xlsx',
  'bulk-import-hosts-xlsx',
] as const satisfies readonly (typeof DOCUMENT_FORMATS)[number][];
export const DOCUMENT_STATUSES = ['pending', 'running', 'ready', 'failed'] as const;

/** Logo images the branding settings take. */
export const LOGO_CONTENT_TYPES = ['image/png', 'image/jpeg'] as const;

/** What a presigned upload carries: a workbook to read, or requirements JSON too large to post. */
export const UPLOAD_KINDS = ['workbook', 'requirements'] as const;
