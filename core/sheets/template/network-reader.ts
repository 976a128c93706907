import type { RequirementItem } from '../../requirements/requirement-items';
import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { RowReader } from '../read/row-reader';
import { dataRows, parseGroupPath, readRegion } from '../read/data-rows';
import { NETWORK_SHEET } from '../formats/template-layout';
import type { NetworkField } from '../formats/template-layout';
import { NETWORK_SERVICES } from '../formats/template-lists';
import type { NetworkService } from '../formats/template-lists';
import { normalizeHeader } from '../read/header-match';
import { itemId, templateHeader } from './template-context';

/** Reads the Network sheet: data transfer, NAT gateways, load balancers, IPv4, Route 53. */
export function readNetworkSheet(sheet: GridSheet, issues: IssueCollector): RequirementItem[] {
  const header = templateHeader(sheet, NETWORK_SHEET, issues);
  if (!header) return [];
  const items: RequirementItem[] = [];
  for (const row of dataRows(sheet, header.headerRow, issues)) {
    const item = readNetworkRow(new RowReader<NetworkField>(sheet, row, header.columns, issues));
    if (item) items.push(item);
  }
  return items;
}

const parseService = (t: string): NetworkService | undefined =>
  NETWORK_SERVICES.find((s) => normalizeHeader(s) === normalizeHeader(t));

function readNetworkRow(r: RowReader<NetworkField>): RequirementItem | undefined {
  const service = r.choice('service', 'service', parseService, NETWORK_SERVICES.join(', '), true);
  const quantity = r.number('quantity', 'quantity', { integer: true, min: 1 }) ?? 1;
  const needsData =
    service !== undefined && (service.startsWith('Data transfer') || service === 'NAT Gateway');
  const dataGb = r.number('dataGb', 'data', { unit: 'GB per month', min: 0 }, needsData);
  const capacityUnits = r.number('capacityUnits', 'capacity units', { unit: 'LCU', min: 0 });
  const hoursPerMonth = r.number('hoursPerMonth', 'hours per month', {
    unit: 'hours',
    min: 0,
    max: 744,
  });
  const base = {
    id: itemId(r.sheet.name, r.row),
    description: r.text('description', 'description'),
    group: parseGroupPath(r.text('group', 'group')),
    region: readRegion(r, 'region'),
    quantity,
  };
  const destination = readRegion(
    r,
    'destinationRegion',
    service === 'Data transfer to another region',
    'destination region',
  );
  if (service === undefined || (needsData && dataGb === undefined)) return undefined;
  const source = r.source();
  switch (service) {
    case 'Data transfer out to internet':
      return { ...base, service: 'data-transfer', internetOutGb: dataGb, source };
    case 'Data transfer to another region':
      return destination
        ? {
            ...base,
            service: 'data-transfer',
            interRegionOutGb: dataGb,
            destinationRegion: destination,
            source,
          }
        : undefined;
    case 'Data transfer between AZs':
      return { ...base, service: 'data-transfer', intraRegionGb: dataGb, source };
    case 'NAT Gateway':
      return {
        ...base,
        service: 'nat-gateway',
        dataProcessedGb: dataGb ?? 0,
        hoursPerMonth,
        source,
      };
    case 'Application Load Balancer':
      return {
        ...base,
        service: 'load-balancer',
        type: 'application',
        capacityUnits,
        hoursPerMonth,
        source,
      };
    case 'Network Load Balancer':
      return {
        ...base,
        service: 'load-balancer',
        type: 'network',
        capacityUnits,
        hoursPerMonth,
        source,
      };
    case 'Classic Load Balancer':
      return {
        ...base,
        service: 'load-balancer',
        type: 'classic',
        dataProcessedGb: dataGb,
        hoursPerMonth,
        source,
      };
    case 'Public IPv4 address':
      return { ...base, service: 'public-ipv4', hoursPerMonth, source };
    case 'Route 53 hosted zone':
      return { ...base, service: 'route53', hostedZones: quantity, quantity: 1, source };
  }
}
