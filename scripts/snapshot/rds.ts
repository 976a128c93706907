import type {
  LeaseLength,
  PriceRecord,
  PriceSource,
  PurchaseOption,
  Term,
} from '../../core/catalog/price-record';
import { ON_DEMAND } from '../../core/catalog/price-record';
import type { Region } from './curated-record';
import { REGIONS, curated, termId, usagePrefix } from './curated-record';
import type { BillFile, RdsFile } from './references';
import { FILES, githubUrl, readReference } from './references';

const ENGINES: Readonly<Record<string, string>> = {
  mysql: 'MySQL',
  postgresql: 'PostgreSQL',
  postgres: 'PostgreSQL',
};

export interface RdsInstance {
  readonly region: Region;
  readonly instanceType: string;
  readonly databaseEngine: string;
  readonly deploymentOption: 'Single-AZ' | 'Multi-AZ';
  readonly licenseModel: string;
  readonly databaseEdition?: string;
  readonly term: Term;
  readonly unit: 'Hrs' | 'Quantity';
  readonly price: number;
  readonly source: PriceSource;
  readonly specs?: { vcpu: number; memory_gib: string };
}

export function rdsRecord(p: RdsInstance): PriceRecord {
  const usage = p.deploymentOption === 'Multi-AZ' ? 'Multi-AZUsage' : 'InstanceUsage';
  const what = [p.instanceType, p.databaseEngine.replace(/ /g, ''), p.deploymentOption];
  if (p.databaseEdition) what.push(p.databaseEdition);
  what.push(termId(p.term));
  if (p.unit === 'Quantity') what.push('Upfront');
  return curated({
    service: 'AmazonRDS',
    region: p.region,
    productFamily: 'Database Instance',
    attributes: {
      instanceType: p.instanceType,
      databaseEngine: p.databaseEngine,
      deploymentOption: p.deploymentOption,
      licenseModel: p.licenseModel,
      ...(p.databaseEdition ? { databaseEdition: p.databaseEdition } : {}),
      ...(p.specs ? { vcpu: String(p.specs.vcpu), memory: `${p.specs.memory_gib} GiB` } : {}),
      usagetype: `${usagePrefix(p.region)}${usage}:${p.instanceType}`,
    },
    unit: p.unit,
    price: p.price,
    term: p.term,
    source: p.source,
    what,
  });
}

function reservedTerm(key: string): Term | undefined {
  const match = /^(1yr|3yr)_(no|partial|all)_upfront$/.exec(key);
  if (!match) return undefined;
  const option: Record<string, PurchaseOption> = {
    no: 'No Upfront',
    partial: 'Partial Upfront',
    all: 'All Upfront',
  };
  // RDS reservations have no offering class in the Price List; the catalog's Term needs one.
  return {
    type: 'Reserved',
    leaseContractLength: match[1] as LeaseLength,
    offeringClass: 'standard',
    purchaseOption: option[match[2] ?? ''] ?? 'No Upfront',
  };
}

/** MySQL and PostgreSQL Single-AZ instance hours (On-Demand and RI) from the 2023-03 bytebase table. */
export function rdsInstances(): PriceRecord[] {
  const data = readReference<RdsFile>(FILES.rds);
  const bill = readReference<BillFile>(FILES.bill);
  const source: PriceSource = {
    reference: githubUrl('bytebase/dbcost', data.source_commit, 'data/dbInstance.json'),
    asOf: '2023-03-10',
    note: 'scraped from the AWS RDS price list by bytebase/dbcost on 2023-03-10; newer prices may differ',
  };
  const billSource: PriceSource = {
    reference: githubUrl(bill.source.repo, bill.source.commit, bill.source.path),
    asOf: '2025-05',
    note: 'rate printed on a real AWS invoice for May 2025',
  };
  const byId = new Map<string, PriceRecord>();
  const add = (record: PriceRecord): void => void byId.set(record.id, record);
  for (const region of REGIONS) {
    for (const [instanceType, engines] of Object.entries(data.prices[region] ?? {})) {
      const specs = data.instance_classes[instanceType];
      for (const [engineKey, offer] of Object.entries(engines)) {
        const databaseEngine = ENGINES[engineKey];
        if (!databaseEngine) continue;
        const base = {
          region,
          instanceType,
          databaseEngine,
          deploymentOption: 'Single-AZ' as const,
          licenseModel: 'No license required',
          source,
          ...(specs ? { specs } : {}),
        };
        if (offer.ondemand_hourly !== undefined && offer.ondemand_hourly > 0) {
          add(rdsRecord({ ...base, term: ON_DEMAND, unit: 'Hrs', price: offer.ondemand_hourly }));
        }
        for (const [key, ri] of Object.entries(offer.reserved ?? {})) {
          const term = reservedTerm(key);
          if (!term || term.type !== 'Reserved') continue;
          add(rdsRecord({ ...base, term, unit: 'Hrs', price: ri.hourly }));
          if (term.purchaseOption !== 'No Upfront')
            add(rdsRecord({ ...base, term, unit: 'Quantity', price: ri.upfront }));
        }
      }
    }
  }
  // Newer invoice rates replace (or add to) the 2023 table in Singapore.
  for (const line of bill.lines) {
    const match =
      /per (db\.\S+) (Single-AZ|Multi-AZ) instance hour \(or partial hour\) running (.+)$/.exec(
        line.description,
      );
    if (!match || line.region_code !== 'ap-southeast-1' || line.rate_usd_as_printed === null)
      continue;
    const [, instanceType = '', deployment = '', running = ''] = match;
    const sqlServer = /^SQL Server (Exp|Web|Std|Ent) \(LI\)$/.exec(running);
    const edition: Record<string, string> = {
      Exp: 'Express',
      Web: 'Web',
      Std: 'Standard',
      Ent: 'Enterprise',
    };
    const databaseEngine = sqlServer ? 'SQL Server' : running;
    const specs = data.instance_classes[instanceType];
    add(
      rdsRecord({
        region: 'ap-southeast-1',
        instanceType,
        databaseEngine,
        deploymentOption: deployment as 'Single-AZ' | 'Multi-AZ',
        licenseModel: sqlServer ? 'License included' : 'No license required',
        ...(sqlServer ? { databaseEdition: edition[sqlServer[1] ?? ''] ?? '' } : {}),
        term: ON_DEMAND,
        unit: 'Hrs',
        price: line.rate_usd_as_printed,
        source: billSource,
        ...(specs ? { specs } : {}),
      }),
    );
  }
  return [...byId.values()];
}
