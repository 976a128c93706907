import { usageType } from './region-prefix';
import type { PricedResource } from './resource';
import { itemCount, monthlyHours, timesWords, hoursWords } from './usage';

/**
 * EKS control plane per cluster-hour: standard support, or extended support for Kubernetes versions
 * past their standard window (aws.amazon.com/eks/pricing/). Worker nodes are priced as EC2 or Fargate lines.
 */
export const eksCluster: PricedResource<'eks'> = {
  service: 'eks',
  describe(item, context) {
    const count = itemCount(item);
    const hours = monthlyHours(item, context.hoursInMonth);
    const extended = item.support === 'extended';
    const suffix = extended ? 'AmazonEKS-Hours:extendedSupport' : 'AmazonEKS-Hours:perCluster';
    return {
      description:
        item.description ??
        `EKS cluster${item.quantity === 1 ? '' : 's'} (${extended ? 'extended' : 'standard'} support)`,
      category: 'Compute',
      components: [
        {
          name: `Cluster (${extended ? 'extended' : 'standard'} support)`,
          unit: 'hours',
          charge: 'monthly',
          quantity: count.multiply(hours),
          query: {
            service: 'AmazonEKS',
            region: context.region,
            productFamily: 'Compute',
            attributes: {
              usagetype: usageType(context.region, suffix, { prefixedInUsEast1: true }),
            },
            unit: 'Hrs',
          },
          quantityWords: timesWords(`${count.toString()} clusters`, hoursWords(hours)),
        },
      ],
      warnings: [],
    };
  },
};
