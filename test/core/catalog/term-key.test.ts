import type { Term } from '../../../core';
import { parseTermKey, termKey } from '../../../core';

describe('parseTermKey', () => {
  const terms: Term[] = [{ type: 'OnDemand' }];
  for (const leaseContractLength of ['1yr', '3yr'] as const) {
    for (const purchaseOption of ['No Upfront', 'Partial Upfront', 'All Upfront'] as const) {
      for (const offeringClass of ['standard', 'convertible'] as const) {
        terms.push({ type: 'Reserved', leaseContractLength, offeringClass, purchaseOption });
      }
      for (const planType of ['ComputeSavingsPlans', 'EC2InstanceSavingsPlans'] as const) {
        terms.push({ type: 'SavingsPlan', planType, leaseContractLength, purchaseOption });
      }
    }
  }

  it.each(terms.map((t) => [termKey(t), t]))('reads %s back into the same term', (key, term) => {
    expect(parseTermKey(key)).toEqual(term);
  });

  it.each([
    '',
    'Spot',
    'Reserved|2yr|standard|No Upfront',
    'Reserved|1yr|standard',
    'SavingsPlan|Other|1yr|No Upfront',
    'Reserved|1yr|standard|No Upfront|x',
  ])('refuses %p', (key) => expect(parseTermKey(key)).toBeUndefined());
});
