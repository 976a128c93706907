/** How a Price List unit reads after a unit price in an explanation: `$0.0816/h`, `$0.08/GB-month`. */
const LABELS: Readonly<Record<string, string>> = {
  Hrs: '/h',
  hours: '/h',
  Hours: '/h',
  'GB-Mo': '/GB-month',
  'GB-month': '/GB-month',
  GB: '/GB',
  'GB-Hours': '/GB-hour',
  'vCPU-Hours': '/vCPU-hour',
  Requests: '/request',
  Request: '/request',
  'Lambda-GB-Second': '/GB-second',
  'GB-Seconds': '/GB-second',
  'IOPS-Mo': '/IOPS-month',
  'GiBps-mo': '/GiBps-month',
  'MiBps-Mo': '/MiBps-month',
  'ACU-Hr': '/ACU-hour',
  'ACU-Hours': '/ACU-hour',
  'LCU-Hrs': '/LCU-hour',
  'NLCU-Hrs': '/NLCU-hour',
  Quantity: ' each',
  Dollar: ' per dollar',
  ReadRequestUnits: '/read request unit',
  WriteRequestUnits: '/write request unit',
  'ReadCapacityUnit-Hrs': '/RCU-hour',
  'WriteCapacityUnit-Hrs': '/WCU-hour',
  IOs: '/I/O request',
  Queries: '/query',
  HostedZone: '/hosted zone',
  Metrics: '/metric',
  Alarms: '/alarm',
  Dashboards: '/dashboard',
};

export function priceUnitLabel(unit: string): string {
  return LABELS[unit] ?? `/${unit}`;
}
