import type { GridValue } from '../grid/grid';
import type { ColumnDef } from '../read/header-match';

export type DropdownList =
  | 'regions'
  | 'os'
  | 'pricingModels'
  | 'tenancy'
  | 'architecture'
  | 'storageServices'
  | 'storageTypes'
  | 'engines'
  | 'deployments'
  | 'networkServices'
  | 'yesNo'
  | 'capacityModes'
  | 'tableClasses'
  | 'fargateOs'
  | 'eksSupport'
  | 'edgeLocations'
  | 'processors';

export interface TemplateColumn<F extends string = string> extends ColumnDef<F> {
  /** Column width in Excel character units. */
  readonly width: number;
  readonly list?: DropdownList;
  /** One-line help shown as the header's input message and on the Instructions sheet. */
  readonly help: string;
}

export interface TemplateSheet<F extends string = string> {
  readonly name: string;
  readonly purpose: string;
  readonly columns: readonly TemplateColumn<F>[];
  readonly examples: readonly (readonly GridValue[])[];
}

/** One template column: its header text (first alias), width, help and optional list/required. */
export const templateColumn = <F extends string>(
  field: F,
  header: string,
  width: number,
  help: string,
  extra: { aliases?: string[]; list?: DropdownList; required?: boolean } = {},
): TemplateColumn<F> => ({
  field,
  aliases: [header, ...(extra.aliases ?? [])],
  width,
  help,
  ...(extra.list ? { list: extra.list } : {}),
  ...(extra.required ? { required: true } : {}),
});

/** Description, Group and Region: the same on every data sheet. */
export const COMMON_COLUMNS = {
  description: templateColumn(
    'description',
    'Description',
    32,
    'What this line is, e.g. "Web servers".',
    { aliases: ['Name'] },
  ),
  group: templateColumn(
    'group',
    'Group',
    18,
    'Optional group path; nest with " > ", e.g. "Production > Web".',
  ),
  region: templateColumn(
    'region',
    'Region',
    16,
    'AWS region code; blank uses the Settings region.',
    {
      list: 'regions',
      aliases: ['AWS Region'],
    },
  ),
};
