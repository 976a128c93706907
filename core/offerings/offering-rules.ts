import type {
  Ec2Item,
  Ec2OperatingSystem,
  RdsEngine,
  RdsItem,
  RequirementItem,
} from '../requirements/requirement-items';
import { EC2_INSTANCE_FAMILIES } from './instance-families';
import { parseInstanceTypeName, unknownInstanceType } from './instance-types';

/**
 * Inputs AWS cannot sell, found without a catalog: an instance type that does not exist, or a
 * combination AWS does not offer anywhere. Each names the item field at fault, so a sheet reader
 * marks the cell and the API names the JSON path.
 */
export interface OfferingProblem {
  /** The field to mark (`instanceType`, `os`, `instanceClass`…). */
  readonly field: string;
  readonly kind: 'unknown-type' | 'invalid-combination';
  readonly message: string;
}

/** Windows and every Windows + SQL Server edition run on x86 only: no Windows AMI exists for Graviton. */
export function isWindowsOs(os: Ec2OperatingSystem): boolean {
  return os.startsWith('Windows');
}

/**
 * RDS engines offered on Graviton DB instance classes: the open-source engines only. RDS for
 * Oracle and for SQL Server run on x86 classes (RDS "Supported DB engines for DB instance classes",
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Support.html).
 */
const GRAVITON_RDS_ENGINES: ReadonlySet<RdsEngine> = new Set(['mysql', 'postgresql', 'mariadb']);

export function offeringProblems(item: RequirementItem): OfferingProblem[] {
  switch (item.service) {
    case 'ec2':
      return ec2Problems(item);
    case 'rds':
      return [
        ...classProblems(item.instanceClass, 'rds', 'instanceClass', (graviton) =>
          graviton && !GRAVITON_RDS_ENGINES.has(item.engine)
            ? `RDS for ${item.engine} does not run on Graviton DB instance classes such as ${item.instanceClass}; choose an x86 class such as db.m6i.large or db.r6i.large`
            : null,
        ),
        ...oracleLicenceProblems(item),
      ];
    case 'aurora':
      return item.capacity === 'provisioned' && item.instanceClass
        ? classProblems(item.instanceClass, 'rds', 'instanceClass', () => null)
        : [];
    case 'elasticache':
      return classProblems(item.nodeType, 'elasticache', 'nodeType', () => null);
    case 'fargate':
      return item.os === 'windows' && item.architecture === 'arm64'
        ? [
            {
              field: 'architecture',
              kind: 'invalid-combination',
              message:
                'Fargate runs Windows containers on x86_64 only; arm64 (Graviton) is for Linux tasks',
            },
          ]
        : [];
    default:
      return [];
  }
}

function ec2Problems(item: Ec2Item): OfferingProblem[] {
  if (item.dedicatedHostFamily !== undefined) {
    if (item.instanceType !== undefined || item.sizing !== undefined)
      return [
        {
          field: 'dedicatedHostFamily',
          kind: 'invalid-combination',
          message:
            'a Dedicated Hosts line names the host family only: remove instanceType and sizing (quantity counts hosts)',
        },
      ];
    return EC2_INSTANCE_FAMILIES.has(item.dedicatedHostFamily)
      ? []
      : [
          {
            field: 'dedicatedHostFamily',
            kind: 'unknown-type',
            message: `${JSON.stringify(item.dedicatedHostFamily)} is not an EC2 instance family`,
          },
        ];
  }
  const windows = isWindowsOs(item.os);
  if (item.instanceType) {
    const unknown = unknownInstanceType(item.instanceType, 'ec2');
    if (unknown) return [{ field: 'instanceType', kind: 'unknown-type', message: unknown }];
    const graviton = parseInstanceTypeName(item.instanceType, 'ec2')?.graviton ?? false;
    if (graviton && windows) return [windowsOnGraviton(item.os, item.instanceType)];
    return [];
  }
  if (item.sizing?.architecture === 'arm64' && windows)
    return [windowsOnGraviton(item.os, 'arm64 (Graviton) sizing')];
  return [];
}

function windowsOnGraviton(os: Ec2OperatingSystem, what: string): OfferingProblem {
  return {
    field: 'os',
    kind: 'invalid-combination',
    message: `${os} does not run on Graviton: ${what} is an Arm type and AWS offers Windows on x86 types only; choose an x86 type (e.g. m7i.large) or a Linux OS`,
  };
}

function classProblems(
  type: string,
  kind: 'rds' | 'elasticache',
  field: string,
  combination: (graviton: boolean) => string | null,
): OfferingProblem[] {
  const unknown = unknownInstanceType(type, kind);
  if (unknown) return [{ field, kind: 'unknown-type', message: unknown }];
  const message = combination(parseInstanceTypeName(type, kind)?.graviton ?? false);
  return message ? [{ field, kind: 'invalid-combination', message }] : [];
}

/**
 * RDS for Oracle Enterprise Edition is bring-your-own-license only: AWS sells the License Included
 * model for Standard Edition Two alone (RDS for Oracle licensing options,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Oracle.Concepts.Licensing.html).
 */
function oracleLicenceProblems(item: RdsItem): OfferingProblem[] {
  return item.engine === 'oracle-ee' && item.licenseModel !== 'byol'
    ? [
        {
          field: 'licenseModel',
          kind: 'invalid-combination',
          message:
            'RDS for Oracle Enterprise Edition is bring-your-own-license only (AWS includes the licence for Standard Edition Two alone); set the licence model to BYOL',
        },
      ]
    : [];
}
