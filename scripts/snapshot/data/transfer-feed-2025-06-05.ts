/**
 * Data transfer out to the internet, per GB, in four monthly tiers (first 10 TB, next 40 TB, next
 * 100 TB, over 150 TB), from AWS's EC2 data-transfer pricing-page feed (datatransfer.json) as kept
 * by QuinnyPig/aws-price-watcher `processed/datatransfer.json` at commit
 * daa3fca6cad0b9cf218a31c17594442987bba3dc (2025-06-05): rows "DataTransfer External Outbound Next
 * 10 TB", "… Next 40 TB", "… Next 100 TB", "… Greater than 150 TB", each location's price with the
 * feed's StartingRange/EndingRange (GB) as listed in INTERNET_OUT_TIERS. The processed copy keeps
 * the row names, locations, ranges and prices but not the rateCodes. Only the 32 commercial regions
 * of core's vocabulary are kept. Generated once from that file; do not edit by hand.
 */

/** The feed's row name of each tier and its range in GB per month. */
export const INTERNET_OUT_TIERS = [
  { row: 'DataTransfer External Outbound Next 10 TB', beginRange: '0', endRange: '10240' },
  { row: 'DataTransfer External Outbound Next 40 TB', beginRange: '10240', endRange: '51200' },
  { row: 'DataTransfer External Outbound Next 100 TB', beginRange: '51200', endRange: '153600' },
  {
    row: 'DataTransfer External Outbound Greater than 150 TB',
    beginRange: '153600',
    endRange: 'Inf',
  },
] as const;

/** Per region: the price per GB of each tier of INTERNET_OUT_TIERS, in that order. */
export const INTERNET_OUT_2025_06_05: Readonly<
  Record<string, readonly [string, string, string, string]>
> = {
  'us-east-1': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'us-east-2': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'us-west-1': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'us-west-2': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'af-south-1': ['0.1540000000', '0.1470000000', '0.1260000000', '0.1120000000'],
  'ap-east-1': ['0.1200000000', '0.0850000000', '0.0820000000', '0.0800000000'],
  'ap-south-1': ['0.1093000000', '0.0850000000', '0.0820000000', '0.0800000000'],
  'ap-south-2': ['0.1093000000', '0.0850000000', '0.0820000000', '0.0800000000'],
  'ap-southeast-1': ['0.1200000000', '0.0850000000', '0.0820000000', '0.0800000000'],
  'ap-southeast-2': ['0.1140000000', '0.0980000000', '0.0940000000', '0.0920000000'],
  'ap-southeast-3': ['0.1320000000', '0.1000000000', '0.0950000000', '0.0900000000'],
  'ap-southeast-4': ['0.1140000000', '0.0980000000', '0.0940000000', '0.0920000000'],
  'ap-southeast-5': ['0.1080000000', '0.0765000000', '0.0738000000', '0.0720000000'],
  'ap-southeast-7': ['0.1080000000', '0.0765000000', '0.0738000000', '0.0720000000'],
  'ap-northeast-1': ['0.1140000000', '0.0890000000', '0.0860000000', '0.0840000000'],
  'ap-northeast-2': ['0.1260000000', '0.1220000000', '0.1170000000', '0.1080000000'],
  'ap-northeast-3': ['0.1140000000', '0.0890000000', '0.0860000000', '0.0840000000'],
  'ca-central-1': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'ca-west-1': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'eu-central-1': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'eu-central-2': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'eu-west-1': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'eu-west-2': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'eu-west-3': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'eu-south-1': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'eu-south-2': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'eu-north-1': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'il-central-1': ['0.1100000000', '0.0850000000', '0.0770000000', '0.0550000000'],
  'me-south-1': ['0.1170000000', '0.1105000000', '0.0910000000', '0.0650000000'],
  'me-central-1': ['0.1100000000', '0.0850000000', '0.0770000000', '0.0550000000'],
  'mx-central-1': ['0.0900000000', '0.0850000000', '0.0700000000', '0.0500000000'],
  'sa-east-1': ['0.1500000000', '0.1380000000', '0.1260000000', '0.1140000000'],
};
