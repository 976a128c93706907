import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import { usageType } from './region-prefix';
import type { PricedResource } from './resource';
import { itemCount, monthlyHours, timesWords, hoursWords } from './usage';

const KINDS = {
  application: {
    label: 'Application Load Balancer',
    family: 'Load Balancer-Application',
    unitName: 'LCU',
  },
  network: { label: 'Network Load Balancer', family: 'Load Balancer-Network', unitName: 'NLCU' },
  gateway: { label: 'Gateway Load Balancer', family: 'Load Balancer-Gateway', unitName: 'GLCU' },
  classic: { label: 'Classic Load Balancer', family: 'Load Balancer', unitName: '' },
} as const;

/** Load balancers: hours, plus LCU-hours (ALB) / NLCU-hours (NLB) / GLCU-hours (GWLB) or GB processed (Classic) (aws.amazon.com/elasticloadbalancing/pricing/). */
export const loadBalancer: PricedResource<'load-balancer'> = {
  service: 'load-balancer',
  describe(item, context) {
    const r = context.region;
    const kind = KINDS[item.type];
    const count = itemCount(item);
    const hours = monthlyHours(item, context.hoursInMonth);
    const q = (suffix: string, unit: string): PriceQuery => ({
      service: 'AWSELB',
      region: r,
      productFamily: kind.family,
      attributes: { usagetype: usageType(r, suffix, { prefixedInUsEast1: false }) },
      unit,
    });
    const components: ComponentSpec[] = [
      {
        name: `${kind.label} hours`,
        unit: 'hours',
        charge: 'monthly',
        quantity: count.multiply(hours),
        query: q('LoadBalancerUsage', 'Hrs'),
        quantityWords: timesWords(`${count.toString()} load balancers`, hoursWords(hours)),
      },
    ];
    if (item.type === 'classic') {
      components.push({
        name: 'Data processed',
        unit: 'GB',
        charge: 'monthly',
        quantity:
          item.dataProcessedGb === undefined
            ? null
            : count.multiply(Decimal.from(item.dataProcessedGb)),
        query: q('DataProcessing-Bytes', 'GB'),
      });
    } else {
      components.push({
        name: `${kind.unitName}-hours`,
        unit: `${kind.unitName}-hours`,
        charge: 'monthly',
        quantity:
          item.capacityUnits === undefined
            ? null
            : count.multiply(Decimal.from(item.capacityUnits)).multiply(hours),
        query: q('LCUUsage', 'LCU-Hrs'),
        quantityWords: timesWords(
          `${count.toString()} load balancers`,
          `${item.capacityUnits ?? 0} ${kind.unitName}`,
          hoursWords(hours),
        ),
      });
    }
    return {
      description: item.description ?? `${item.quantity} × ${kind.label}`,
      category: 'Network',
      components,
      warnings: [],
    };
  },
};
