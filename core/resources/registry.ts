import type { LineSpec } from '../estimate/component-spec';
import type { RequirementItem, ServiceKind } from '../requirements/requirement-items';
import { cloudWatch } from './cloudwatch';
import { ebsVolume } from './ebs-volume';
import { ec2Instance } from './ec2-instance';
import { publicIpv4 } from './public-ipv4';
import type { ItemOf, PricedResource, ResourceContext } from './resource';
import { s3Bucket } from './s3-bucket';

type Registry = { readonly [K in ServiceKind]?: PricedResource<K> };

/** Every priced resource, by requirement service kind. Add a new resource here (see README.md). */
export const PRICED_RESOURCES: Registry = {
  ec2: ec2Instance,
  ebs: ebsVolume,
  s3: s3Bucket,
  'public-ipv4': publicIpv4,
  cloudwatch: cloudWatch,
};

/** Describe one requirement item's cost components, or undefined when no resource prices its service. */
export function describeItem(
  item: RequirementItem,
  context: ResourceContext,
): LineSpec | undefined {
  const resource = PRICED_RESOURCES[item.service] as
    PricedResource<typeof item.service> | undefined;
  return resource?.describe(item as ItemOf<typeof item.service>, context);
}
