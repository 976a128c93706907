import type { Branding, LogoContentType } from '../../core';
import { DocumentInputError } from './document-errors';

/** The logo as bytes: the caller reads `branding.logoKey` from S3 (templates/…) and passes it in. */
export interface LogoImage {
  readonly bytes: Uint8Array;
  readonly mimeType: LogoContentType;
}

/** Branding ready to draw: colours as `RRGGBB` without `#` (docx wants that form; pdfkit takes `#RRGGBB`). */
export interface ResolvedBranding {
  readonly companyName: string;
  readonly primaryHex: string;
  readonly accentHex: string;
  readonly footerText: string;
  readonly disclaimer: string;
  readonly logo: LogoImage | null;
}

export const DEFAULT_BRANDING: Branding = {
  companyName: 'AWS Partner',
  primaryColor: '#232F3E',
  accentColor: '#FF9900',
  footerText: '',
  disclaimer:
    'This estimate is based on AWS public list prices at the catalog version stated in the assumptions. ' +
    'Actual charges depend on real usage and may differ.',
  logoKey: null,
};

const HEX = /^#?([0-9a-fA-F]{6})$/;

function colour(value: string, field: string): string {
  const m = HEX.exec(value.trim());
  if (!m?.[1]) {
    throw new DocumentInputError(
      `settings.branding.${field}`,
      `must be a #RRGGBB colour, got ${JSON.stringify(value)}`,
    );
  }
  return m[1].toUpperCase();
}

export function resolveBranding(
  branding: Branding | undefined,
  logo: LogoImage | null,
): ResolvedBranding {
  const b = branding ?? DEFAULT_BRANDING;
  return {
    companyName: b.companyName.trim() || DEFAULT_BRANDING.companyName,
    primaryHex: colour(b.primaryColor || DEFAULT_BRANDING.primaryColor, 'primaryColor'),
    accentHex: colour(b.accentColor || DEFAULT_BRANDING.accentColor, 'accentColor'),
    footerText: b.footerText.trim(),
    disclaimer: b.disclaimer.trim() || DEFAULT_BRANDING.disclaimer,
    logo,
  };
}
