import type { PriceRecord } from '../../core/catalog/price-record';
import { ON_DEMAND } from '../../core/catalog/price-record';
import { curated, termId } from './curated-record';
import { EC2_WINDOWS_2023_01_06 } from './data/ec2-windows-2023-01-06';
import { WINDOWS } from './ec2';
import type { DbClassSpecs } from './ec2-specs';
import { instanceAttributes } from './ec2-specs';
import { repoSource } from './published';
import { regionUsageType } from './regions';

/**
 * EC2 Windows (licence included) On-Demand, shared tenancy, in every commercial region of the
 * 2023-01-06 scrape of the EC2 pricing page (the 20 types each region's first table page showed).
 * Where a newer source (the 2026-07 us-east-1 export, the 2026-05 copy) has the price, the merge keeps it.
 * The non-burstable prices equal the 2024-04 Linux price plus $0.046 per vCPU-hour in every region,
 * which is how the scrape's columns were checked.
 */
export function windowsOnDemand(dbClasses: DbClassSpecs): PriceRecord[] {
  const records: PriceRecord[] = [];
  for (const [region, types] of Object.entries(EC2_WINDOWS_2023_01_06)) {
    const source = repoSource(
      'Zeebrow/ec2-price-tracker',
      'f13e06bab8c725f446c10f3ef8cb97f6aaf6de26',
      `example-data/csv-data/ec2/2023-01-06/Windows/${region}.csv`,
      '2023-01-06',
      'AWS EC2 On-Demand pricing page, Windows column, scraped 2023-01-06',
    );
    for (const [instanceType, price] of Object.entries(types)) {
      const record = curated({
        service: 'AmazonEC2',
        region,
        productFamily: instanceType.includes('.metal')
          ? 'Compute Instance (bare metal)'
          : 'Compute Instance',
        attributes: {
          ...instanceAttributes(instanceType, dbClasses),
          operatingSystem: WINDOWS.operatingSystem,
          tenancy: 'Shared',
          preInstalledSw: WINDOWS.preInstalledSw,
          licenseModel: WINDOWS.licenseModel,
          capacitystatus: 'Used',
          marketoption: 'OnDemand',
          usagetype: regionUsageType(region, `BoxUsage:${instanceType}`, false),
          operation: WINDOWS.operation,
        },
        unit: 'Hrs',
        price,
        term: ON_DEMAND,
        source,
        what: [instanceType, WINDOWS.operatingSystem, 'Shared', termId(ON_DEMAND)],
      });
      records.push(record);
    }
  }
  return records;
}
