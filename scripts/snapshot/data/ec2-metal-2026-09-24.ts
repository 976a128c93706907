/**
 * EC2 Linux On-Demand hourly prices, shared tenancy, us-east-1, of the 20 bare-metal types that no
 * shared-tenancy source but this one prices (the 2025-04-04 feeds and the 2026-05 copy do not list
 * them; the 2026-07-20 Karpenter table has their Dedicated-tenancy price, DECISIONS 91): the `od`
 * value of the same 2026-09-24 copy as data/ec2-compute-sp-2026-09-24.ts (addisonj/pricesim
 * `src/catalog/aws/ec2.gen.ts`, commit cbdb505146ff2c34ea44b6b5deaf6083643d5b5f), which its
 * generator read from AWS's pricing-page feed ec2-ondemand-without-sec-sel/US East (N. Virginia)/Linux
 * on 2026-09-24. Its Savings Plans rates are not transcribed (their families are newer than the
 * 2025-04-04 feed, DECISIONS 88). Each equals the copy's od of the virtualized size with as many
 * vCPUs (c9g.48xlarge for c9g.metal-48xl, …), as bare-metal prices in the feeds do. Transcribed by
 * hand from the file at that commit; do not edit.
 */
export const EC2_METAL_US_EAST_1_2026_09_24: Readonly<Record<string, string>> = {
  'c9g.metal-48xl': '8.34624',
  'c9gd.metal-48xl': '10.2528',
  'm8ib.metal-48xl': '16.03968',
  'm8ib.metal-96xl': '32.07936',
  'm8idb.metal-48xl': '18.33024',
  'm8idb.metal-96xl': '36.66048',
  'm8idn.metal-48xl': '18.33024',
  'm8idn.metal-96xl': '36.66048',
  'm8in.metal-48xl': '16.03968',
  'm8in.metal-96xl': '32.07936',
  'm9g.metal-48xl': '9.39264',
  'm9gd.metal-48xl': '12.0672',
  'r8ib.metal-48xl': '20.0832',
  'r8ib.metal-96xl': '40.1664',
  'r8idb.metal-48xl': '22.50912',
  'r8idb.metal-96xl': '45.01824',
  'r8idn.metal-48xl': '22.50912',
  'r8idn.metal-96xl': '45.01824',
  'r8in.metal-48xl': '20.0832',
  'r8in.metal-96xl': '40.1664',
};

/** The copy's od of the virtualized size of each type above, to check the rows against. */
export const EC2_SAME_SIZE_US_EAST_1_2026_09_24: Readonly<Record<string, string>> = {
  'c9g.48xlarge': '8.34624',
  'c9gd.48xlarge': '10.2528',
  'm8ib.96xlarge': '32.07936',
  'm8ib.48xlarge': '16.03968',
  'm8idb.96xlarge': '36.66048',
  'm8idb.48xlarge': '18.33024',
  'm8idn.96xlarge': '36.66048',
  'm8idn.48xlarge': '18.33024',
  'm8in.96xlarge': '32.07936',
  'm8in.48xlarge': '16.03968',
  'm9g.48xlarge': '9.39264',
  'm9gd.48xlarge': '12.0672',
  'r8ib.96xlarge': '40.1664',
  'r8ib.48xlarge': '20.0832',
  'r8idb.96xlarge': '45.01824',
  'r8idb.48xlarge': '22.50912',
  'r8idn.96xlarge': '45.01824',
  'r8idn.48xlarge': '22.50912',
  'r8in.96xlarge': '40.1664',
  'r8in.48xlarge': '20.0832',
};
