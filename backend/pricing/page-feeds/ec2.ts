import type { OfferingClass } from '../../../core';
import { joinedProduct } from './feed-mapper';
import type { FeedMapper } from './feed-mapper';
import { feedRecord, reservedRecords } from './feed-records';

/** Bare-metal sizes have their own product family in the Price List. */
function productFamily(instanceType: string): string {
  return instanceType.includes('.metal') ? 'Compute Instance (bare metal)' : 'Compute Instance';
}

/**
 * EC2 On-Demand (the page's Linux table; `previousgen-ondemand` for previous-generation types).
 * The feed names no tenancy or capacity status: the page's On-Demand table is shared tenancy and
 * used capacity (the Reserved feeds, whose rows say `Tenancy: Shared`, reserve exactly these
 * rateCodes' SKUs), so records carry `tenancy: Shared`, `capacitystatus: Used`.
 */
export function ec2OnDemand(currentGeneration: boolean): FeedMapper {
  return {
    service: 'AmazonEC2',
    map(row, ctx) {
      const instanceType = row.required('Instance Type');
      const tenancy = row.optional('Tenancy') ?? 'Shared';
      const attributes: Record<string, string> = {
        instanceType,
        operatingSystem: row.required('Operating System'),
        tenancy,
        preInstalledSw: row.required('Pre Installed S/W'),
        licenseModel: row.required('License Model'),
        capacitystatus: 'Used',
        vcpu: row.required('vCPU'),
        memory: row.required('Memory'),
        instanceFamily: row.required('Instance Family'),
        currentGeneration: currentGeneration ? 'Yes' : 'No',
      };
      return [
        feedRecord(ctx, row, {
          productFamily: productFamily(instanceType),
          attributes,
          unit: 'Hrs',
        }),
      ];
    },
  };
}

/**
 * EC2 Reserved (Standard or Convertible by the feed's table). Each row reserves the On-Demand
 * product of its `OnDemand:RateCode`, whose attributes the records take; a row whose product is
 * not among the On-Demand feeds read is skipped and counted.
 */
export function ec2Reserved(offeringClass: OfferingClass): FeedMapper {
  return {
    service: 'AmazonEC2',
    needsProducts: true,
    map(row, ctx, env) {
      const product = joinedProduct(row, env, {
        instanceType: row.required('Instance Type'),
        operatingSystem: row.required('Operating System'),
        tenancy: row.required('Tenancy'),
        preInstalledSw: row.required('Pre Installed S/W'),
      });
      if (!product)
        return { skip: 'no On-Demand product in the feeds read for its OnDemand:RateCode' };
      return reservedRecords(
        ctx,
        row,
        { productFamily: product.productFamily, attributes: product.attributes },
        offeringClass,
      );
    },
  };
}
