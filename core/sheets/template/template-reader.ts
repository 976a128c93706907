import type { RequirementItem } from '../../requirements/requirement-items';
import type { Requirements } from '../../requirements/requirements';
import type { Grid } from '../grid/grid';
import { findSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { SETTINGS_SHEET } from '../formats/template-lists';
import {
  COMPUTE_SHEET,
  DATABASE_SHEET,
  NETWORK_SHEET,
  STORAGE_SHEET,
} from '../formats/template-layout';
import { readComputeSheet } from './compute-reader';
import { readStorageSheet } from './storage-reader';
import { readDatabaseSheet } from './database-reader';
import { readNetworkSheet } from './network-reader';
import { readSettingsSheet } from './settings-reader';
import {
  CLOUDFRONT_SHEET,
  CLOUDWATCH_SHEET,
  DATA_TRANSFER_SHEET,
  DYNAMODB_SHEET,
  EKS_SHEET,
  FARGATE_SHEET,
  LAMBDA_SHEET,
} from '../formats/service-sheets';
import {
  readDynamoDbSheet,
  readEksSheet,
  readFargateSheet,
  readLambdaSheet,
} from './serverless-readers';
import { readCloudFrontSheet, readCloudWatchSheet, readDataTransferSheet } from './edge-readers';

/** Our template: Settings plus whichever of its data sheets are present (TEMPLATE_DATA_SHEETS). */
export function readTemplateWorkbook(
  grid: Grid,
  issues: IssueCollector,
  defaultRegion: string,
): Requirements {
  const { settings, name, customer } = readSettingsSheet(
    findSheet(grid, SETTINGS_SHEET),
    issues,
    defaultRegion,
  );
  const items: RequirementItem[] = [];
  const readers = [
    [COMPUTE_SHEET.name, readComputeSheet],
    [STORAGE_SHEET.name, readStorageSheet],
    [DATABASE_SHEET.name, readDatabaseSheet],
    [NETWORK_SHEET.name, readNetworkSheet],
    [DYNAMODB_SHEET.name, readDynamoDbSheet],
    [LAMBDA_SHEET.name, readLambdaSheet],
    [FARGATE_SHEET.name, readFargateSheet],
    [EKS_SHEET.name, readEksSheet],
    [CLOUDFRONT_SHEET.name, readCloudFrontSheet],
    [CLOUDWATCH_SHEET.name, readCloudWatchSheet],
    [DATA_TRANSFER_SHEET.name, readDataTransferSheet],
  ] as const;
  for (const [sheetName, read] of readers) {
    const sheet = findSheet(grid, sheetName);
    if (sheet) items.push(...read(sheet, issues));
  }
  return { name, customer, settings, items };
}
