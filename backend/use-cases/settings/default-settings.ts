import type { SystemSettings } from '../../../core';
import { DEFAULT_REGION } from '../../../core';

/** What the system uses until an admin saves settings (version 0 = never saved). */
export const DEFAULT_SETTINGS: SystemSettings = {
  defaultRegion: DEFAULT_REGION,
  defaultCurrency: 'USD',
  discountPresets: [],
  fxRates: [],
  defaultSupportPlan: 'none',
  branding: {
    companyName: 'AWS Cost Estimation',
    primaryColor: '#232F3E',
    accentColor: '#FF9900',
    footerText: '',
    disclaimer:
      'Estimate based on AWS list prices at the catalog version shown; actual charges depend on usage, taxes and AWS price changes.',
    logoKey: null,
  },
  adminIpAllowList: [],
  version: 0,
  updatedAt: '1970-01-01T00:00:00.000Z',
  updatedBy: 'system',
};
