import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';

/** The colours Office reports for its current theme (`Office.context.officeTheme`). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance (0 black … 1 white) of `#rgb` / `#rrggbb`; null when unreadable. */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex?.trim() ?? '');
  if (!m) return null;
  const digits = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/**
 * Office's dark and black themes have a dark body background; the pane then uses Fluent's dark
 * theme, otherwise the light one (Office's white and colourful themes). Outside Office (no
 * officeTheme) the browser's `prefers-color-scheme` decides.
 */
export function fluentThemeFor(office: OfficeThemeColors | undefined, prefersDark: boolean): Theme {
  const l = luminance(office?.bodyBackgroundColor);
  const dark = l === null ? prefersDark : l < 0.2;
  return dark ? webDarkTheme : webLightTheme;
}

/** The theme Office reports now (host with `officeTheme`), or null outside Office. */
export function currentOfficeTheme(): OfficeThemeColors | undefined {
  if (typeof Office === 'undefined') return undefined;
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined; // Office.context is not available before onReady or outside a host
  }
}
