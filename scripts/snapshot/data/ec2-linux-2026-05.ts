/**
 * EC2 Linux On-Demand hourly prices, shared tenancy, where the May 2026 copy of the AWS Price List
 * (jawaadjariwala/AWS-EC2-Pricing-Landscape-Analysis `ec2_pricing_tidy.parquet`, commit
 * ecf2e2140e4c182d47de58c7b0a9cd8efc33764c, committed 2026-07-05; the source of data/ec2-os-2026-05.ts)
 * differs from AWS's 2025-04-04 pricing-page feed (../shared/price-data/aws-pricing-page-feeds/ec2):
 * AWS's later price cuts (P4d/P4de/P5/P5en in 2025, C7 and others in eu-south-2). Each entry is
 * [the copy's ondemand_usd_per_hour for operating_system linux, as printed; the 2025-04-04 feed's
 * price it replaces]. Where the two agree (14,309 rows) the feed's record, with its rateCode, stays.
 * Generated once; do not edit by hand.
 */
export const EC2_LINUX_2026_05: Readonly<
  Record<string, Readonly<Record<string, readonly [string, string]>>>
> = {
  'ap-northeast-1': {
    'p4d.24xlarge': ['30.09784', '44.92215'],
    'p5.48xlarge': ['68.8', '123.19496'],
    'p5en.48xlarge': ['79.12', '106'],
  },
  'ap-northeast-2': {
    'p4d.24xlarge': ['30.41028', '45.38848'],
    'p5en.48xlarge': ['87.34848', '117.024'],
  },
  'ap-south-1': {
    'p4d.24xlarge': ['26.3444', '39.32'],
    'p5.48xlarge': ['66.048', '117.984'],
    'p5en.48xlarge': ['75.9552', '101.76'],
  },
  'ap-southeast-1': {
    'p4d.24xlarge': ['26.34917', '39.3271'],
    'p4de.24xlarge': ['32.93646', '49.159'],
  },
  'ap-southeast-2': {
    'p4d.24xlarge': ['28.54493', '42.60438'],
    'p5.48xlarge': ['71.552', '127.816'],
  },
  'ap-southeast-3': {
    'p5en.48xlarge': ['87.34848', '117.024'],
  },
  'ca-central-1': {
    'p4d.24xlarge': ['25.25174', '37.69'],
    'p5.48xlarge': ['63.296', '113.068'],
  },
  'eu-central-1': {
    'p4d.24xlarge': ['27.43298', '40.94475'],
    'p4de.24xlarge': ['34.29122', '51.2073'],
  },
  'eu-north-1': {
    'p5.48xlarge': ['58.8928', '105.2024'],
  },
  'eu-south-2': {
    'c7a.12xlarge': ['2.6424', '2.78208'],
    'c7a.16xlarge': ['3.5232', '3.70944'],
    'c7a.24xlarge': ['5.2848', '5.56416'],
    'c7a.2xlarge': ['0.4404', '0.46368'],
    'c7a.32xlarge': ['7.0464', '7.41888'],
    'c7a.48xlarge': ['10.5696', '11.12832'],
    'c7a.4xlarge': ['0.8808', '0.92736'],
    'c7a.8xlarge': ['1.7616', '1.85472'],
    'c7a.large': ['0.1101', '0.11592'],
    'c7a.medium': ['0.05505', '0.05796'],
    'c7a.metal-48xl': ['10.5696', '11.12832'],
    'c7a.xlarge': ['0.2202', '0.23184'],
    'c7i-flex.12xlarge': ['2.1828', '2.29824'],
    'c7i-flex.16xlarge': ['2.9104', '3.06432'],
    'c7i-flex.2xlarge': ['0.3638', '0.38304'],
    'c7i-flex.4xlarge': ['0.7276', '0.76608'],
    'c7i-flex.8xlarge': ['1.4552', '1.53216'],
    'c7i-flex.large': ['0.09095', '0.09576'],
    'c7i-flex.xlarge': ['0.1819', '0.19152'],
    'c7i.12xlarge': ['2.298', '2.4192'],
    'c7i.16xlarge': ['3.064', '3.2256'],
    'c7i.24xlarge': ['4.596', '4.8384'],
    'c7i.2xlarge': ['0.383', '0.4032'],
    'c7i.48xlarge': ['9.192', '9.6768'],
    'c7i.4xlarge': ['0.766', '0.8064'],
    'c7i.8xlarge': ['1.532', '1.6128'],
    'c7i.large': ['0.09575', '0.1008'],
    'c7i.metal-24xl': ['4.596', '4.8384'],
    'c7i.metal-48xl': ['9.192', '9.6768'],
    'c7i.xlarge': ['0.1915', '0.2016'],
    'p5en.48xlarge': ['68.35968', '91.584'],
  },
  'eu-west-1': {
    'p4d.24xlarge': ['23.71569', '35.39655'],
  },
  'eu-west-2': {
    'p5.48xlarge': ['71.552', '127.816'],
  },
  'il-central-1': {
    'p4de.24xlarge': ['35.57346', '53.09472'],
  },
  'sa-east-1': {
    'p4d.24xlarge': ['35.5569', '53.07'],
    'p5.48xlarge': ['92.4672', '165.1776'],
  },
  'us-east-1': {
    'p4d.24xlarge': ['21.957642', '32.7726'],
    'p4de.24xlarge': ['27.44705', '40.96575'],
    'p5.48xlarge': ['55.04', '98.32'],
    'p5en.48xlarge': ['63.296', '84.8'],
    'u7i-12tb.224xlarge': ['125.58182', '135.22775'],
  },
  'us-east-2': {
    'p4d.24xlarge': ['21.95764', '32.7726'],
    'p5.48xlarge': ['55.04', '98.32'],
    'p5en.48xlarge': ['63.296', '84.8'],
  },
  'us-west-1': {
    'p5.48xlarge': ['68.8', '122.9'],
  },
  'us-west-2': {
    'p4d.24xlarge': ['21.95764', '32.7726'],
    'p4de.24xlarge': ['27.44705', '40.96575'],
    'p5.48xlarge': ['55.04', '98.32'],
    'p5en.48xlarge': ['63.296', '84.8'],
    'u7i-12tb.224xlarge': ['125.58182', '135.22775'],
  },
};
