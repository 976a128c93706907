import type { PricingModel } from '../requirements/pricing-model';

/**
 * RDS, Aurora and ElastiCache are sold On-Demand or Reserved (no Spot; Savings Plans do not cover
 * these instance hours), and database RIs have no Convertible class. Anything else is priced
 * On-Demand with a warning saying so.
 */
export function databaseModel(
  model: PricingModel,
  itemId: string,
  service: string,
): { model: PricingModel; warnings: string[] } {
  if (model.kind === 'on-demand') return { model, warnings: [] };
  if (model.kind === 'reserved') {
    const warnings =
      model.offeringClass === 'convertible'
        ? [
            `${itemId}: ${service} Reserved Instances have no Convertible class; priced as Standard.`,
          ]
        : [];
    return { model: { ...model, offeringClass: 'standard' }, warnings };
  }
  const what = model.kind === 'spot' ? 'Spot' : 'Savings Plans';
  return {
    model: { kind: 'on-demand' },
    warnings: [`${itemId}: ${what} does not apply to ${service}; priced On-Demand.`],
  };
}
