import type {
  LeaseLength,
  OfferingClass,
  PurchaseOption,
  SavingsPlanType,
  Term,
} from './price-record';
import { ON_DEMAND } from './price-record';
import {
  LEASE_LENGTHS,
  OFFERING_CLASSES,
  PURCHASE_OPTIONS,
  SAVINGS_PLAN_TYPES,
} from '../vocabulary/pricing-models';

const LEASES: readonly LeaseLength[] = LEASE_LENGTHS;
const CLASSES: readonly OfferingClass[] = OFFERING_CLASSES;
const OPTIONS: readonly PurchaseOption[] = PURCHASE_OPTIONS;
const PLAN_TYPES: readonly SavingsPlanType[] = SAVINGS_PLAN_TYPES;

export function isLeaseLength(value: string): value is LeaseLength {
  return (LEASES as readonly string[]).includes(value);
}
export function isOfferingClass(value: string): value is OfferingClass {
  return (CLASSES as readonly string[]).includes(value);
}
export function isPurchaseOption(value: string): value is PurchaseOption {
  return (OPTIONS as readonly string[]).includes(value);
}
export function isSavingsPlanType(value: string): value is SavingsPlanType {
  return (PLAN_TYPES as readonly string[]).includes(value);
}

/** The inverse of `termKey`; undefined when the key is not one `termKey` can produce. */
export function parseTermKey(key: string): Term | undefined {
  if (key === 'OnDemand') return ON_DEMAND;
  const [type, a = '', b = '', c = '', extra] = key.split('|');
  if (extra !== undefined) return undefined;
  if (type === 'Reserved' && isLeaseLength(a) && isOfferingClass(b) && isPurchaseOption(c)) {
    return { type: 'Reserved', leaseContractLength: a, offeringClass: b, purchaseOption: c };
  }
  if (type === 'SavingsPlan' && isSavingsPlanType(a) && isLeaseLength(b) && isPurchaseOption(c)) {
    return { type: 'SavingsPlan', planType: a, leaseContractLength: b, purchaseOption: c };
  }
  return undefined;
}
