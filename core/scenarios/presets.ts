import type { Scenario } from './scenario';

/** Ready-made scenarios by name, for the CLI's `--scenario NAME` and quick comparisons. */
export const SCENARIO_PRESETS: Readonly<Record<string, Scenario>> = {
  'on-demand': { name: 'on-demand', pricingModel: { kind: 'on-demand' } },
  graviton: { name: 'graviton', architecture: 'arm64' },
  'latest-generation': { name: 'latest-generation', minGeneration: 7 },
  'no-burstable': { name: 'no-burstable', sizingPolicy: { burstable: false } },
  'intel-only': { name: 'intel-only', sizingPolicy: { processor: 'intel' } },
  'amd-only': { name: 'amd-only', sizingPolicy: { processor: 'amd' } },
  'ri-1yr-no-upfront': {
    name: 'ri-1yr-no-upfront',
    pricingModel: {
      kind: 'reserved',
      term: '1yr',
      offeringClass: 'standard',
      purchaseOption: 'No Upfront',
    },
  },
  'ri-3yr-all-upfront': {
    name: 'ri-3yr-all-upfront',
    pricingModel: {
      kind: 'reserved',
      term: '3yr',
      offeringClass: 'standard',
      purchaseOption: 'All Upfront',
    },
  },
  'compute-sp-1yr-no-upfront': {
    name: 'compute-sp-1yr-no-upfront',
    pricingModel: {
      kind: 'savings-plan',
      plan: 'compute',
      term: '1yr',
      purchaseOption: 'No Upfront',
    },
  },
  'compute-sp-3yr-no-upfront': {
    name: 'compute-sp-3yr-no-upfront',
    pricingModel: {
      kind: 'savings-plan',
      plan: 'compute',
      term: '3yr',
      purchaseOption: 'No Upfront',
    },
  },
  'ec2-sp-1yr-no-upfront': {
    name: 'ec2-sp-1yr-no-upfront',
    pricingModel: {
      kind: 'savings-plan',
      plan: 'ec2-instance',
      term: '1yr',
      purchaseOption: 'No Upfront',
    },
  },
  'spot-70': { name: 'spot-70', pricingModel: { kind: 'spot', discountPct: 70 } },
};
