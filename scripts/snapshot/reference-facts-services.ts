import type { PriceQuery } from '../../core/catalog/price-query';
import type {
  LeaseLength,
  OfferingClass,
  PurchaseOption,
  Term,
} from '../../core/catalog/price-record';
import type { Fact } from './cross-check';
import type { Region } from './curated-record';
import { REGIONS, regionPrefix } from './curated-record';
import { ec2Query, rdsQuery, usageQuery } from './reference-queries';
import { FILES } from './references';
import type { BillFile, ServiceFact, ServicesFile } from './references';

/** How to ask for a fact: the query, a unit shift (per 1,000 -> -3) and the tier it names. */
interface Ask {
  readonly query?: PriceQuery;
  readonly shift?: number;
  readonly beginRange?: string;
}

const TO_REGION = new Map<string, Region>(REGIONS.map((r) => [regionPrefix(r), r]));
const EDITION: Readonly<Record<string, string>> = {
  Exp: 'Express',
  Web: 'Web',
  Std: 'Standard',
  Ent: 'Enterprise',
};
const CLOUDFRONT_ORIGIN: Readonly<Record<string, string>> = {
  US: 'United States',
  Europe: 'Europe',
  Asia: 'Asia',
  Japan: 'Japan',
  Australia: 'Australia',
};

const s3Standard = (region: string, beginRange = '0'): Ask => {
  const query = usageQuery('AmazonS3', region, 'Storage', 'TimedStorage-ByteHrs', {
    attributes: { volumeType: 'Standard' },
  });
  return { ...(query ? { query } : {}), beginRange };
};
const s3Requests = (region: string, group: string, shift: number): Ask => {
  const usage =
    group === 'S3-API-Tier1'
      ? 'Requests-Tier1'
      : group === 'S3-API-Tier2'
        ? 'Requests-Tier2'
        : 'Requests-GIR-Tier1';
  // The engine selects S3 rows by usage type alone (core/resources/s3-bucket.ts).
  const query = usageQuery('AmazonS3', region, 'API Request', usage);
  return { ...(query ? { query } : {}), shift };
};
const dynamo = (region: string, kind: 'Read' | 'Write'): Ask => {
  const query = usageQuery(
    'AmazonDynamoDB',
    region,
    'Amazon DynamoDB PayPerRequest Throughput',
    `${kind}RequestUnits`,
    {
      attributes: { group: `DDB-${kind}Units` },
    },
  );
  return { ...(query ? { query } : {}), shift: -6 };
};
const dataTransfer = (region: string, attributes: Record<string, string>): Ask => {
  if (!TO_REGION.has(regionPrefix(region as Region))) return {};
  return {
    query: {
      service: 'AWSDataTransfer',
      region,
      productFamily: 'Data Transfer',
      attributes,
      unit: 'GB',
    },
  };
};
const only = (query: PriceQuery | undefined): Ask => (query ? { query } : {});

/** Ask for a bill rate by the wording AWS printed (or, for the summary facts, by the item text). */
function askByText(region: string, text: string, lineGroup = ''): Ask {
  let m: RegExpExecArray | null;
  if ((m = /On Demand Linux (\S+) Instance Hour|EC2 On-Demand Linux (\S+)$/.exec(text)))
    return only(ec2Query(region, m[1] ?? m[2] ?? ''));
  if (/NAT Gateway Hour|NAT gateway$/.test(text) && !/GB/.test(text))
    return only(
      usageQuery('AmazonEC2', region, 'NAT Gateway', 'NatGateway-Hours', { unit: 'Hrs' }),
    );
  if (/GB Data Processed by NAT/.test(text))
    return only(usageQuery('AmazonEC2', region, 'NAT Gateway', 'NatGateway-Bytes', { unit: 'GB' }));
  if (/General Purpose \(gp3\) provisioned storage|^EBS gp3 storage/.test(text)) {
    return only(
      region === 'us-east-2'
        ? undefined
        : {
            service: 'AmazonEC2',
            region,
            productFamily: 'Storage',
            attributes: { volumeApiName: 'gp3' },
          },
    );
  }
  if (
    (m = /(db\.\S+) (Single-AZ|Multi-AZ) instance hour \(or partial hour\) running (.+)$/.exec(
      text,
    ))
  ) {
    const sql = /^SQL Server (Exp|Web|Std|Ent) \(LI\)$/.exec(m[3] ?? '');
    const engine = sql ? 'SQL Server' : (m[3] ?? '');
    return only(
      rdsQuery(
        region,
        m[1] ?? '',
        engine,
        m[2] ?? '',
        undefined,
        'Hrs',
        sql ? EDITION[sql[1] ?? ''] : undefined,
      ),
    );
  }
  if ((m = /^RDS PostgreSQL (db\.\S+) (Single-AZ|Multi-AZ)$/.exec(text)))
    return only(rdsQuery(region, m[1] ?? '', 'PostgreSQL', m[2] ?? ''));
  const rdsStorage = (volumeType: string, deploymentOption: string): Ask =>
    only({
      service: 'AmazonRDS',
      region,
      productFamily: 'Database Storage',
      attributes: { volumeType, deploymentOption },
    });
  if (/provisioned GP3 storage running|^RDS gp3 storage/.test(text))
    return rdsStorage('General Purpose-GP3', 'Single-AZ');
  if (/gp2 storage for Multi-AZ|^RDS gp2 storage Multi-AZ/.test(text))
    return rdsStorage('General Purpose', 'Multi-AZ');
  if (/backup storage exceeding free allocation/.test(text))
    return only(usageQuery('AmazonRDS', region, 'Storage Snapshot', 'RDS:ChargedBackupUsage'));
  if ((m = /(In-use|Idle) public IPv4|^VPC public IPv4/.exec(text))) {
    const kind = m[1] === 'Idle' ? 'IdleAddress' : 'InUseAddress';
    return only(
      usageQuery('AmazonVPC', region, 'VPC Public IPv4 Address', `PublicIPv4:${kind}`, {
        prefixed: true,
      }),
    );
  }
  if (/Application LoadBalancer-hour|^ALB$/.test(text))
    return only(usageQuery('AWSELB', region, 'Load Balancer-Application', 'LoadBalancerUsage'));
  if (/first 50 TB/.test(text)) return s3Standard(region);
  if (/1,000 PUT, COPY, POST, or LIST|S3 (Standard )?PUT\/COPY\/POST\/LIST/.test(text))
    return s3Requests(region, 'S3-API-Tier1', -3);
  if (/10,000 GET and all other|S3 (Standard )?GET and all other/.test(text))
    return s3Requests(region, 'S3-API-Tier2', -4);
  if (/million read request units|on-demand read request units/.test(text))
    return dynamo(region, 'Read');
  if (/million write request units|on-demand write request units/.test(text))
    return dynamo(region, 'Write');
  if ((m = /^AWS Data Transfer ([A-Z0-9]+)-([A-Z0-9]+)-AWS-Out-Bytes$/.exec(lineGroup))) {
    const to = TO_REGION.get(m[2] ?? '');
    return to && m[1] === regionPrefix(region as Region)
      ? dataTransfer(region, { transferType: 'InterRegion Outbound', toRegionCode: to })
      : {};
  }
  if (/^Inter-region data transfer out to the (other )?Regions/.test(text)) {
    const to = region === 'us-east-1' ? 'ap-southeast-1' : 'us-east-1';
    return dataTransfer(region, { transferType: 'InterRegion Outbound', toRegionCode: to });
  }
  if (/regional data transfer|^Regional data transfer/.test(text))
    return dataTransfer(region, { transferType: 'IntraRegion' });
  if (/metric-month for the first 10,000|custom metrics, first 10,000/.test(text)) {
    const query = usageQuery('AmazonCloudWatch', region, 'Metric', 'CW:MetricMonitorUsage');
    return { ...(query ? { query } : {}), beginRange: '0' };
  }
  if (/log data ingested in Standard|CloudWatch Logs ingestion/.test(text))
    return only(usageQuery('AmazonCloudWatch', region, 'Data Payload', 'DataProcessing-Bytes'));
  if (/Hosted Zone for the first 25|hosted zone \(first 25\)/.test(text)) {
    return {
      query: {
        service: 'AmazonRoute53',
        region: 'global',
        productFamily: 'DNS Zone',
        attributes: { usagetype: 'HostedZone' },
      },
      beginRange: '0',
    };
  }
  if ((m = /data transfer (?:out )?to Origin \((\w+)\)/i.exec(text))) {
    const fromLocation = CLOUDFRONT_ORIGIN[m[1] ?? ''];
    return fromLocation
      ? {
          query: {
            service: 'AmazonCloudFront',
            region: 'global',
            productFamily: 'Data Transfer',
            attributes: { transferType: 'CloudFront to Origin', fromLocation },
          },
        }
      : {};
  }
  return {};
}

/** Each rate printed on the May 2025 invoice. */
export function billFacts(bill: BillFile): Fact[] {
  return bill.lines
    .filter((line) => line.rate_usd_as_printed !== null)
    .map((line): Fact => {
      const region = /^global/.test(line.region_code) ? 'global' : line.region_code;
      const ask = askByText(region, line.description, line.line_group);
      return {
        file: FILES.bill,
        label: `${line.region_code} ${line.description}`,
        date: '2025-05',
        value: line.rate_usd_as_printed ?? 0,
        ...ask,
      };
    });
}

/** Usage types of services-unit-prices facts, without the region prefix, mapped to queries. */
function askByUsage(fact: ServiceFact): Ask {
  const usage = fact.usage_type ?? '';
  const region = fact.region;
  const bare = usage.replace(/^[A-Z0-9]+-(?=[A-Za-z])/, (p) =>
    TO_REGION.has(p.slice(0, -1)) ? '' : p,
  );
  if (bare === 'TimedStorage-ByteHrs' && fact.service === 'S3') {
    const tier = /first 50 TB/.test(fact.item)
      ? '0'
      : /next 450 TB/.test(fact.item)
        ? '51200'
        : /over 500 TB/.test(fact.item)
          ? '512000'
          : '';
    return tier ? s3Standard(region, tier) : {};
  }
  const s3Class: Record<string, string> = {
    'TimedStorage-SIA-ByteHrs': 'Standard - Infrequent Access',
    'TimedStorage-GIR-ByteHrs': 'Glacier Instant Retrieval',
  };
  if (s3Class[bare])
    return only(
      usageQuery('AmazonS3', region, 'Storage', bare, {
        attributes: { volumeType: s3Class[bare] ?? '' },
      }),
    );
  if (bare === 'Requests-Tier1') return s3Requests(region, 'S3-API-Tier1', -3);
  if (bare === 'Requests-Tier2') return s3Requests(region, 'S3-API-Tier2', -4);
  if (bare === 'Requests-GIR-Tier1') return s3Requests(region, 'S3-API-GIR-Tier1', -3);
  if (bare === 'Lambda-GB-Second') {
    const query = usageQuery('AWSLambda', region, 'Serverless', bare, {
      attributes: { group: 'AWS-Lambda-Duration' },
    });
    return { ...(query ? { query } : {}), beginRange: '0' };
  }
  if (bare === 'Request')
    return {
      ...only(
        usageQuery('AWSLambda', region, 'Serverless', bare, {
          attributes: { group: 'AWS-Lambda-Requests' },
        }),
      ),
      shift: -6,
    };
  if (bare === 'NatGateway-Hours' || bare === 'NatGateway-Bytes')
    return only(usageQuery('AmazonEC2', region, 'NAT Gateway', bare));
  if (bare === 'DataProcessing-Bytes')
    return only(usageQuery('AmazonCloudWatch', region, 'Data Payload', bare));
  if (bare === 'CW:AlarmMonitorUsage')
    return only(usageQuery('AmazonCloudWatch', region, 'Alarm', bare));
  if (bare.startsWith('Fargate-'))
    return only(usageQuery('AmazonECS', region, 'Compute', bare, { prefixed: true }));
  if (
    (/^BoxUsage:(\S+)$/.exec(bare)?.[1] ?? '') &&
    fact.service === 'EC2' &&
    !/Windows/.test(fact.item)
  ) {
    const type = bare.slice('BoxUsage:'.length);
    const ri = /RI (1yr|3yr) (standard|convertible) (No|Partial|All) Upfront(, upfront fee)?/.exec(
      fact.item,
    );
    if (!ri) return only(ec2Query(region, type));
    const term: Term = {
      type: 'Reserved',
      leaseContractLength: ri[1] as LeaseLength,
      offeringClass: ri[2] as OfferingClass,
      purchaseOption: `${ri[3]} Upfront` as PurchaseOption,
    };
    return only(ec2Query(region, type, { term, unit: ri[4] ? 'Quantity' : 'Hrs' }));
  }
  if (bare === 'EBS:VolumeUsage.piops')
    return only({
      service: 'AmazonEC2',
      region,
      productFamily: 'Storage',
      attributes: { volumeApiName: 'io1' },
    });
  return {};
}

/** Each fact of services-unit-prices-2023-2026.json; DERIVED and approximate facts are not prices. */
export function serviceFacts(data: ServicesFile): Fact[] {
  return data.facts.map((fact): Fact => {
    const meta = data.sources[fact.source];
    const date = /^\d{4}-\d{2}(-\d{2})?/.exec(meta?.data_date ?? '')?.[0] ?? 'undated';
    const notAPrice =
      /DERIVED|approximate/.test(`${fact.item} ${fact.notes ?? ''}`) || !SIX_OR_GLOBAL(fact.region);
    const region = /^global/.test(fact.region) ? 'global' : fact.region;
    const ask = notAPrice ? {} : fact.usage_type ? askByUsage(fact) : askByText(region, fact.item);
    return {
      file: FILES.services,
      label: `${fact.region} ${fact.item}`,
      date,
      value: fact.price_usd,
      ...ask,
    };
  });
}

function SIX_OR_GLOBAL(region: string): boolean {
  return /^global/.test(region) || (REGIONS as readonly string[]).includes(region);
}
