/**
 * Prices from AWS's pricing-page feeds (the JSON the tables of aws.amazon.com/<service>/pricing/ load
 * from b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/…), as committed to two public repositories
 * that download them unchanged (see FEEDS_2025 in ../feed-sources-2025.ts for repository, path,
 * commit and the feed's own publication date). Each price keeps the feed's row key (in the reader)
 * and its AWS rateCode; only the 32 commercial regions of core's vocabulary are kept. Generated once
 * from those files; do not edit by hand.
 */
import type { FeedPrice } from '../feed-sources-2025';

/** The load-balancer rows read from elb.json (key: feed row). */
export type LoadBalancerPrice =
  'albHours' | 'albLcu' | 'nlbHours' | 'nlbLcu' | 'clbHours' | 'clbData';

/** natgateway.json: "Hourly charge for NAT Gateways" (per gateway-hour) and "Charge for per GB data processed by NatGateways". */
export const NAT_GATEWAY: Readonly<
  Record<string, { readonly hours: FeedPrice; readonly bytes: FeedPrice }>
> = {
  'af-south-1': {
    hours: { price: '0.0570000000', rateCode: 'U73HRB9YKHATEZNY.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0570000000', rateCode: 'VJUNJK7THUCUPZ5C.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-east-1': {
    hours: { price: '0.0650000000', rateCode: 'GQ7R6TRHK9W2PM5V.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0650000000', rateCode: 'PUKH5BJ5CXF4K4RB.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-1': {
    hours: { price: '0.0620000000', rateCode: 'CA23TN2NAN47KGCF.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0620000000', rateCode: '3Z2F4ZNXEMZB88ED.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-2': {
    hours: { price: '0.0590000000', rateCode: 'P63FHTYZXQBC6HX5.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0590000000', rateCode: 'HC3MBQKUG7PB4BYX.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-3': {
    hours: { price: '0.0620000000', rateCode: 'GGHWBY8R4JW7BEEP.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0620000000', rateCode: 'UTAE4P7WR62FNFJR.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-south-1': {
    hours: { price: '0.0560000000', rateCode: 'DJ4GYZ29AWV3WFQX.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0560000000', rateCode: 'U3B5F5D6AU5THP8V.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-south-2': {
    hours: { price: '0.0560000000', rateCode: 'ESWE55Y6N5NZHMEQ.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0560000000', rateCode: 'HHBJ6944Y8CZ9QXQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-1': {
    hours: { price: '0.0590000000', rateCode: '98TA3WPUP3A4AH4Y.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0590000000', rateCode: 'E9U985ZGMWKXKT47.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-2': {
    hours: { price: '0.0590000000', rateCode: 'NUKV5QPTHVFBW7DE.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0590000000', rateCode: 'KSHYFCUNWFSUXCAV.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-3': {
    hours: { price: '0.0590000000', rateCode: 'D7FW9FUMBXT4WRX6.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0590000000', rateCode: '8RJTD2X5KSJZEYA6.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-4': {
    hours: { price: '0.0590000000', rateCode: 'JNJ44S5GFES2PFZJ.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0590000000', rateCode: '5848FANSTXHTTXHB.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-5': {
    hours: { price: '0.0501500000', rateCode: 'QNPCMTAYHQRPKG63.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0501500000', rateCode: 'WBYFK8W4KH6B9RDP.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-7': {
    hours: { price: '0.0501500000', rateCode: 'HYJXCYSU85MWV42D.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0501500000', rateCode: 'CCH83FS7F9G3N7K2.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ca-central-1': {
    hours: { price: '0.0500000000', rateCode: 'N8T4EWFNU7QDZYSA.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0500000000', rateCode: 'E4JGN2UYVDEVWJNW.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ca-west-1': {
    hours: { price: '0.0500000000', rateCode: 'G4GGMT6CC5QZYQ99.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0500000000', rateCode: 'Z6SCA82TJ4MD2AUQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-central-1': {
    hours: { price: '0.0520000000', rateCode: 'FY5BA3Q38RMNEMJS.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0520000000', rateCode: 'AKVNMYU8AXRDW7H6.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-central-2': {
    hours: { price: '0.0572000000', rateCode: 'GRJ6H72PQZJ3YSVE.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0572000000', rateCode: 'JTHQJZ34HRC9SBFY.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-north-1': {
    hours: { price: '0.0460000000', rateCode: 'BYQ4CZQVRHZ225T7.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0460000000', rateCode: 'GRRDFYMQ5CUU37H4.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-south-1': {
    hours: { price: '0.0500000000', rateCode: 'WG84FT8RNBC9QM3A.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0500000000', rateCode: '7KKD79UEKJ5HJA4W.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-south-2': {
    hours: { price: '0.0480000000', rateCode: 'J68CACDFX6JYYNVN.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0480000000', rateCode: '5MACN4CM6WEUTZU5.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-1': {
    hours: { price: '0.0480000000', rateCode: 'KFNSSCHWD43WZK2R.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0480000000', rateCode: 'DTH8595YVPFXV226.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-2': {
    hours: { price: '0.0500000000', rateCode: 'D8BXG95NJW6MV3B3.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0500000000', rateCode: 'ZECE57EY4F96YNAQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-3': {
    hours: { price: '0.0500000000', rateCode: 'XZT57E2HU6XVM9V7.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0500000000', rateCode: 'QBM2FSFWP6GWWHMU.JRTCKXETXF.6YS6EN2CT7' },
  },
  'il-central-1': {
    hours: { price: '0.0504000000', rateCode: 'CV5ZUBAHD2XVMVJN.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0504000000', rateCode: 'GWY29GZUYMC5A2RK.JRTCKXETXF.6YS6EN2CT7' },
  },
  'me-central-1': {
    hours: { price: '0.0528000000', rateCode: '8TSW9TTTWBARJHVK.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0528000000', rateCode: 'THEZ6SPJPRP4HAM3.JRTCKXETXF.6YS6EN2CT7' },
  },
  'me-south-1': {
    hours: { price: '0.0528000000', rateCode: '2QPB2974E7UF6NGP.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0528000000', rateCode: 'JYTAX4AZ3AFV6YWZ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'mx-central-1': {
    hours: { price: '0.0472500000', rateCode: '6WRB747KJCDYFREX.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0472500000', rateCode: '7J869XSZX5H8C52P.JRTCKXETXF.6YS6EN2CT7' },
  },
  'sa-east-1': {
    hours: { price: '0.0930000000', rateCode: 'N3JNXFX89DVACZ9Q.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0930000000', rateCode: 'SCEJ72FQAGUB53MY.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-east-1': {
    hours: { price: '0.0450000000', rateCode: 'M2YSHUBETB3JX4M4.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0450000000', rateCode: '59S5R83GFPUAGVR5.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-east-2': {
    hours: { price: '0.0450000000', rateCode: 'SRB9S9CM9RDPW97X.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0450000000', rateCode: 'G4MQY9GDKJ9HD52T.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-west-1': {
    hours: { price: '0.0480000000', rateCode: 'C8JU5MW5DN6ZHDX4.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0480000000', rateCode: 'C2TJK7MGWYNZ7Q7J.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-west-2': {
    hours: { price: '0.0450000000', rateCode: '44T683R45QPT8RYQ.JRTCKXETXF.6YS6EN2CT7' },
    bytes: { price: '0.0450000000', rateCode: '9AXD6XJT8GZWPQED.JRTCKXETXF.6YS6EN2CT7' },
  },
};

/** vpc.json: "Hourly charge for In use Public IPv4 Addresses per Hrs" and "… Idle Public IPv4 Addresses per Hrs". */
export const PUBLIC_IPV4: Readonly<
  Record<string, { readonly inUse: FeedPrice; readonly idle: FeedPrice }>
> = {
  'af-south-1': {
    inUse: { price: '0.0050000000', rateCode: 'ZUQTM9RXXWHZV3B5.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: '7DSP9DK2YYKDBDY7.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-east-1': {
    inUse: { price: '0.0050000000', rateCode: 'H8TXD7FZ4QYJ47RR.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: '5N9DH4BT8CSCXEZQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-1': {
    inUse: { price: '0.0050000000', rateCode: 'ZP85FQT9FHKJRAG5.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'MMYTPNY38NP7H9XM.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-2': {
    inUse: { price: '0.0050000000', rateCode: 'ZKBHEVDXYBRCKFQ8.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'P2BQUNDKXAK3D98D.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-3': {
    inUse: { price: '0.0050000000', rateCode: 'RGFWDV2XJGGRW9DC.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'YMPFNH5TKWMA9AZK.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-south-1': {
    inUse: { price: '0.0050000000', rateCode: 'H6SHSM3KDNNZRM9E.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'CSRJTKHMAVNJSJAK.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-south-2': {
    inUse: { price: '0.0050000000', rateCode: 'YF95TXMWN6AF3T9S.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'R896XSK3U7HZ84CE.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-1': {
    inUse: { price: '0.0050000000', rateCode: 'C8D8VMQRDHMB9KRU.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: '6H23B5MFAG22ZMYA.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-2': {
    inUse: { price: '0.0050000000', rateCode: 'JZP2PURP9VVQ96GH.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'QY2D8KY5X94X6NEB.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-3': {
    inUse: { price: '0.0050000000', rateCode: 'Y6TNA9ZFV9Q8X3AG.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: '62GKUUPJWZ62H4V4.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-4': {
    inUse: { price: '0.0050000000', rateCode: 'MSJP4XGZSSTDRRSV.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: '39ZAJ9VKYQZ7PDS8.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-5': {
    inUse: { price: '0.0050000000', rateCode: 'Y5A7ZKWBVH4J83Z7.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'VDTBYF5SGM96P436.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-7': {
    inUse: { price: '0.0050000000', rateCode: 'D77EG3M4SRH4HK6A.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'MC5UJ69ZX7W6KBYA.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ca-central-1': {
    inUse: { price: '0.0050000000', rateCode: '4Q2UVHZNUYYAPGTD.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'RMW3Z48EK2Z4WRP2.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ca-west-1': {
    inUse: { price: '0.0050000000', rateCode: 'Y6YVFX29QKX5ZSKK.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'WMFP8THSJ296F8H6.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-central-1': {
    inUse: { price: '0.0050000000', rateCode: 'P6D6UQPC87KFKK3N.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'KH2J39MVHUU7XNG2.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-central-2': {
    inUse: { price: '0.0050000000', rateCode: '82HSFHD7DRF88TZ2.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'B8SWTDVPEUQWJKC3.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-north-1': {
    inUse: { price: '0.0050000000', rateCode: 'H24SU884XW7MB5WC.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: '2M69N79CPJC2EXZ3.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-south-1': {
    inUse: { price: '0.0050000000', rateCode: 'UKANVR5PB25VFXU3.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'WY5TK3VHMTJM228E.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-south-2': {
    inUse: { price: '0.0050000000', rateCode: 'VJK6DQ2VJH2J2884.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: '7ZHXXZ83FMPFSPWD.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-1': {
    inUse: { price: '0.0050000000', rateCode: 'CNZ4XSXPRJXGA4ZF.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'MHVKGXCT3GPZ4RVC.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-2': {
    inUse: { price: '0.0050000000', rateCode: 'CB3E2ZKHCN8Y7SYP.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: '72WT3ACG6YCT5UKY.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-3': {
    inUse: { price: '0.0050000000', rateCode: 'T7GTF6TYY473HUA4.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'C9J8YBWSFXWTEW2U.JRTCKXETXF.6YS6EN2CT7' },
  },
  'il-central-1': {
    inUse: { price: '0.0050000000', rateCode: 'BW7N6GVRPKKB8C5M.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: '5EH35X66U9N695PQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'me-central-1': {
    inUse: { price: '0.0050000000', rateCode: 'WW37AMRQJBTQ2YR6.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'KVSYKCS7ZXMFMQXU.JRTCKXETXF.6YS6EN2CT7' },
  },
  'me-south-1': {
    inUse: { price: '0.0050000000', rateCode: 'VNJAD4986SET2758.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'RDX62VY2J2Q3TT8U.JRTCKXETXF.6YS6EN2CT7' },
  },
  'mx-central-1': {
    inUse: { price: '0.0050000000', rateCode: 'E2UY3GY96MCAH23N.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'TUCQZ3MFTHNQ6CSZ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'sa-east-1': {
    inUse: { price: '0.0050000000', rateCode: 'VMVKZDCCHU2PXGFV.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'K9XPRKMV34QCUB5D.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-east-1': {
    inUse: { price: '0.0050000000', rateCode: '4GQUNXTFWVSGPUZK.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'T6YDQKTMVWKNJFJ8.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-east-2': {
    inUse: { price: '0.0050000000', rateCode: '8HFJK44D9234XNWA.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'KYJDP25537AFDVZN.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-west-1': {
    inUse: { price: '0.0050000000', rateCode: 'DJSSVME846XCJQ9C.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: 'EV2GGV9RX9EWTBJJ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-west-2': {
    inUse: { price: '0.0050000000', rateCode: 'NBHXEKTE88TJDDQF.JRTCKXETXF.6YS6EN2CT7' },
    idle: { price: '0.0050000000', rateCode: '4KKZ7RH6GMEH6Q4Q.JRTCKXETXF.6YS6EN2CT7' },
  },
};

/** elb.json: "Application / Network / Classic Load Balancer Hours", "Application / Network Load Balancer LCU Hours", "Classic Load Balancer Data" (per GB). */
export const LOAD_BALANCERS: Readonly<
  Record<string, Partial<Record<LoadBalancerPrice, FeedPrice>>>
> = {
  'af-south-1': {
    albHours: { price: '0.0300000000', rateCode: 'U5SRZJK6Q7WWBBZD.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0095000000', rateCode: 'A7SD39897VRJRGT8.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0300000000', rateCode: 'YJM397J7M2PPNQM7.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0071000000', rateCode: '8DE6JET8ZHAH2WSF.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0333000000', rateCode: 'RQ8DYFGPP6W6N89Q.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0095000000', rateCode: 'N7YSTC84ND9ZJAAT.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-east-1': {
    albHours: { price: '0.0277000000', rateCode: 'EPKCBUD3Y4BMXQ7D.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0088000000', rateCode: 'UUNAJ3ZK3T7AJD77.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0277000000', rateCode: 'V5V3UPH69KN33AV2.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0066000000', rateCode: '9G7QW5C5HQR9VWQK.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0308000000', rateCode: '224ASX5MQ9RVZDJG.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0088000000', rateCode: 'FQN2EKANZAUZNBR8.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-1': {
    albHours: { price: '0.0243000000', rateCode: '98ZU8QNDMR4AS8FJ.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'F2UQT6CZGM7BTWS8.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0243000000', rateCode: 'F3FRDKGR8M9SKAQS.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'CJZKHZV4ACSZKK3F.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0270000000', rateCode: 'NPVAPU3NDBG3ZV37.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'R6JDN3VPSSEKRWCZ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-2': {
    albHours: { price: '0.0225000000', rateCode: 'VUV9M7PZ543S2SC9.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'CX4ZBV2SE6F5HJV3.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0225000000', rateCode: 'FTU9EQE348PCR5Y2.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'W2KCCPTV7TC5BGW9.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0250000000', rateCode: '9W5F5W76Y7AFNTVY.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'EFTKJS85JY6BSVQE.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-3': {
    albHours: { price: '0.0243000000', rateCode: 'ZZJV227QGABY5J4Q.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'TH8ZKFN442DAHX3J.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0243000000', rateCode: '4JEA8RWEPJ862PWW.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'QEBFNG7ZNMM9QMXR.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0270000000', rateCode: 'Y2BN5UB22C6KKHVX.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'VANUNMCET6WMJNJ5.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-south-1': {
    albHours: { price: '0.0239000000', rateCode: 'WJ2MHASNP2ZNKFXX.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'HFFD75W4GFXQPHZR.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0239000000', rateCode: '9NWEG8RPMZ9GY4E9.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'J3J9BZ7RPU58PCNV.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0266000000', rateCode: 'GW7GQSZ3UDNAPCRM.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'UYRYKW9MKSNJBEEA.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-south-2': {
    albHours: { price: '0.0239000000', rateCode: 'DD5FRFNT5ACXNH88.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'XE9J53MPT568K8HM.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0239000000', rateCode: '56FXASBKKJD3XZMG.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'W83YY923SAYTZE6X.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0266000000', rateCode: 'XKQ7JBNZN6WMVET2.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: '3A65GJ33UX24K5R7.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-1': {
    albHours: { price: '0.0252000000', rateCode: 'UXD3JNG6UAM79CW6.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: '45KY3J5YX2QM6KS7.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0252000000', rateCode: 'WUD77WXSFRU628UM.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'YEREUZKF8ZSAFR8M.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0280000000', rateCode: 'U8YSFEJN3HQTMVYH.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'BEWQ2BMQ5W53ADXN.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-2': {
    albHours: { price: '0.0252000000', rateCode: 'M84CYHYUVJ4USFHD.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: '6CFSD9EDEA5XS33F.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0252000000', rateCode: 'E2AYKUPJF5YSRD7M.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: '46R3WW3V55XEDMAA.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0280000000', rateCode: 'PX3EDDZ783JKMB8K.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: '5FGCCCWTF47T8ZNZ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-3': {
    albHours: { price: '0.0252000000', rateCode: '2ESBTEEMRXNC4MCZ.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: '425VV7DYSZH6DWGG.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0252000000', rateCode: '3V92THA3W345AYNW.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'JZN6452RNJUCY7U4.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0280000000', rateCode: 'EWK4F9MW46BTDJRB.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'HFPYNW752BRK5KE2.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-4': {
    albHours: { price: '0.0252000000', rateCode: 'ESB9HHEWGYSH65M3.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'PXYS753G379K54Y6.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0252000000', rateCode: 'ZXWQ42HDEQD6TDE7.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'KNAPF4QBFQFT87Y9.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0280000000', rateCode: 'BYUSU3ZK3C4P3S5H.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'GD4J54MN7PD5M6GF.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-5': {
    albHours: { price: '0.0227000000', rateCode: 'MMCVHVUT9GCYW5T4.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'MYTWP874TPK8WNX9.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0227000000', rateCode: '54QAVYN9N9B2ADZS.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'QGEUXNZE6RRKQH5X.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0252000000', rateCode: 'C8JNWPPHUSYTARJB.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'PNWN8E6TPH2QJNCQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-7': {
    albHours: { price: '0.0227000000', rateCode: 'JJZP2SCAT8Q7RXRW.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'GXCZVG3EAMSQAD5B.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0227000000', rateCode: '59TGH86MZ6ZSWRSB.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: '3WSPJHXH9MAXK9K3.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0252000000', rateCode: 'F97TU8VDX62633N2.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: '43C3CGJ3M3978ZQD.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ca-central-1': {
    albHours: { price: '0.0247500000', rateCode: 'QMDFDZRE84T95832.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0088000000', rateCode: '4CB824Z6CRKPUBG4.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0247500000', rateCode: '6JZESN9UTWDJ8UA7.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0066000000', rateCode: 'GD2486AUHUBMJNQW.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0275000000', rateCode: '9YJ5ZE98HY3G7JH6.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0088000000', rateCode: 'GY49B6CPWH9R7REU.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ca-west-1': {
    albHours: { price: '0.0247500000', rateCode: 'RPSK4H6SPZ95Z6JN.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0088000000', rateCode: 'VN865EGS9XH8ZBUT.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0247500000', rateCode: '3WDUMKWFW86DDRW7.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0066000000', rateCode: 'VVJWUZCVCJS284AK.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0275000000', rateCode: 'BVEYY8V38ZRQ6DKK.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0088000000', rateCode: 'CQXGKFZKTR8E739X.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-central-1': {
    albHours: { price: '0.0270000000', rateCode: 'UZQQFKE5Z4MCF9D5.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: '9H4URPBEA563JK89.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0270000000', rateCode: '86N8GXZDBHR7M87T.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'KWTFFXZYB6ZN45ZY.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0300000000', rateCode: 'YXRJUS9PC7VEJ7CZ.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'K7TCM43VJV3N2RMH.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-central-2': {
    albHours: { price: '0.0297000000', rateCode: '3BX86V7929NV68J7.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0088000000', rateCode: 'BQRBWY39QGG6MH2N.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0297000000', rateCode: 'ZCCRHGETMER2WH5F.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0066000000', rateCode: 'BJRZYG32N4G3WY9X.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0330000000', rateCode: 'FSXVYB7NT8FSWT8B.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0088000000', rateCode: '3M3UKDNMP36QA9PG.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-north-1': {
    albHours: { price: '0.0239400000', rateCode: 'FY6N7P3VBQKBHGCC.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0076000000', rateCode: '3T8FA94JAYX6F8NU.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0239400000', rateCode: 'TRECDNRTVX6SSW4U.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0057000000', rateCode: '5PCGKRZDNVWXYNVZ.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0266000000', rateCode: 'NTYKGMQWRKG63EF6.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0076000000', rateCode: 'D2WF34MAU7FXA26A.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-south-1': {
    albHours: { price: '0.0265000000', rateCode: '89P4BRY5DSB59V8K.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0084000000', rateCode: 'HGEKZWJQZEBF4WU7.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0265000000', rateCode: 'TRFM4MGDDQEFWNR5.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0063000000', rateCode: '3XXRMFZ57WFSKU6A.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0294000000', rateCode: 'S9V9BG3AKU5QWWA6.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0084000000', rateCode: 'NEQ4CXPEVQY24GUP.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-south-2': {
    albHours: { price: '0.0252000000', rateCode: 'X8MXE2X46RMCT7M6.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'WGNWCMFBZX9VQX86.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0252000000', rateCode: '64S93CCDM5UJG6RT.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'D3E9NSDX9XFEU5VX.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0280000000', rateCode: 'Y765XM9XH3KRGAQ4.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: '75PUJFAWBBWR4QXK.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-1': {
    albHours: { price: '0.0252000000', rateCode: 'T29JAP5UEZ7HXAM7.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'YE8QE7GMG9794PDX.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0252000000', rateCode: 'ZEBJ6Q6SEUWPQG9R.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'HWQC4ZB5JT7D9CQC.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0280000000', rateCode: 'PMVAP4E245MPBY22.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'Z2PBQTQYT4Z8CUQF.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-2': {
    albHours: { price: '0.0264600000', rateCode: '6AP766DZF74JPTE2.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0084000000', rateCode: 'D4JRRS3AFPHRV7RF.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0264600000', rateCode: 'QSWHNGUEGEPBSPC6.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'T9SXURTB56US7RTF.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0294000000', rateCode: '922QC3D66T3QU9QK.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0084000000', rateCode: '4JNUM33CC5S93JSG.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-3': {
    albHours: { price: '0.0264600000', rateCode: '2PT9JZDFM8N5VDQH.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0084000000', rateCode: 'JH5FTJEK7ZMXT8YG.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0264600000', rateCode: 'N6NTFGZN2VWD4QEY.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0063000000', rateCode: 'QMZXT6E5MCH634JS.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0294000000', rateCode: '5CPK5URFJTH39WB7.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0084000000', rateCode: 'TYHSWG84JZU2HBJM.JRTCKXETXF.6YS6EN2CT7' },
  },
  'il-central-1': {
    albHours: { price: '0.0264600000', rateCode: 'ZECT7KWA4TMXYWVM.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0084000000', rateCode: '78PM2DJZWQHYSV26.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0264600000', rateCode: 'P3XNH7THU3CZXYXV.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0063000000', rateCode: 'KUKFR25APNXEN3YU.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0294000000', rateCode: 'GDRBVTS96SEUHEM5.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0084000000', rateCode: '9MJ9SXJFWBHYZKUN.JRTCKXETXF.6YS6EN2CT7' },
  },
  'me-central-1': {
    albHours: { price: '0.0282240000', rateCode: 'JQZCJZDX9TW2VBKB.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0089600000', rateCode: 'N6YRE5J98AK6MEZK.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0282240000', rateCode: '5U36HYBFCWP8R89Q.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0067200000', rateCode: 'HTWZSCN7XAH2TM3W.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0313600000', rateCode: 'ZW973PNWBWAHZ9AG.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0089600000', rateCode: 'TMA5AN2JWKMJMA7T.JRTCKXETXF.6YS6EN2CT7' },
  },
  'me-south-1': {
    albHours: { price: '0.0277200000', rateCode: 'WP8VU5ZNGAJTMNWB.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0088000000', rateCode: 'WUCPSY924RNJS2BT.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0277200000', rateCode: '6BBNCVS3KG64HYN8.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0066000000', rateCode: 'QHBGRTWEQPRUT4UC.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0308000000', rateCode: 'V9APS5BC6P7883RS.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0088000000', rateCode: '79HVSK968K6Y6KPR.JRTCKXETXF.6YS6EN2CT7' },
  },
  'mx-central-1': {
    albHours: { price: '0.0236250000', rateCode: 'K3RP4T9JKH99M6XW.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0084000000', rateCode: '4UZDN968CV4J77KE.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0236250000', rateCode: 'TTAYCC72RTTG8DZ8.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0063000000', rateCode: 'BY8BZFP4S5M4FAUA.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0262500000', rateCode: '6CC33G2N8X2DZJR9.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0084000000', rateCode: 'X2A6QBCPB9MGSPA3.JRTCKXETXF.6YS6EN2CT7' },
  },
  'sa-east-1': {
    albHours: { price: '0.0340000000', rateCode: '4AJP3GA9ECKSCY5M.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0110000000', rateCode: '57V3ETTKU499QBWM.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0340000000', rateCode: 'SJ7JZUWUJWFVHQX9.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0082500000', rateCode: 'EVMJQS6G99GZAXM7.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0340000000', rateCode: 'M97JTAMXU5MYHWUX.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0110000000', rateCode: '7HYHS76VNNVFPQZJ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-east-1': {
    albHours: { price: '0.0225000000', rateCode: '37CUWUT8GSNQEPUV.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'P2XGEJ8N3KU52WA8.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0225000000', rateCode: 'YKBGGP5EBGDU9T5W.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'XZ2DR556MD28P9WJ.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0250000000', rateCode: '6XT9C7FFNQ3T39YK.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'NZE73RYFQ8ZCZ553.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-east-2': {
    albHours: { price: '0.0225000000', rateCode: 'HCVPZW9WEWSJKJWJ.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'S3YDM2U7G69S4W5C.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0225000000', rateCode: '3KH8NB2MDHMS75NZ.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: 'VTUM5CZJCDUE9B8E.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0250000000', rateCode: 'DS383YAS45U23YMQ.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'PGXUJ9XP47XB6JRP.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-west-1': {
    albHours: { price: '0.0252000000', rateCode: 'EKZPKYTNKJ2K9B44.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: 'MNW4237S8NYAF8Q9.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0252000000', rateCode: 'Q6DPHSXB6ZE4WQ3H.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: '5F3NFVPGNPUKBVPR.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0280000000', rateCode: 'Y7HHGNZ8VD3TS8A2.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'CKURB2X9DH6UA4D9.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-west-2': {
    albHours: { price: '0.0225000000', rateCode: '7AKU6NT3G9ZEJTB5.JRTCKXETXF.6YS6EN2CT7' },
    albLcu: { price: '0.0080000000', rateCode: '2ETY8Y426S4237JU.JRTCKXETXF.6YS6EN2CT7' },
    nlbHours: { price: '0.0225000000', rateCode: 'SCYRS8C539B49TTY.JRTCKXETXF.6YS6EN2CT7' },
    nlbLcu: { price: '0.0060000000', rateCode: '95U72SGSJVUFNAXW.JRTCKXETXF.6YS6EN2CT7' },
    clbHours: { price: '0.0250000000', rateCode: 'S48XYQETHNMZB9HQ.JRTCKXETXF.6YS6EN2CT7' },
    clbData: { price: '0.0080000000', rateCode: 'D88NUDCT7EUX8NQM.JRTCKXETXF.6YS6EN2CT7' },
  },
};

/** cloudfront.json, per edge location of the feed: "CloudFront Request-Tier1 HTTP GET and HEAD requests" and "CloudFront Request-Tier2 HTTPS GET and HEAD requests" (per request). */
export const CLOUDFRONT_REQUESTS: Readonly<
  Record<string, { readonly http: FeedPrice; readonly https: FeedPrice }>
> = {
  'United States': {
    http: { price: '0.0000007500', rateCode: 'NJD45NCV7D7JXRXJ.JRTCKXETXF.6YS6EN2CT7' },
    https: { price: '0.0000010000', rateCode: 'NPFD6SEH9MXS8M4J.JRTCKXETXF.6YS6EN2CT7' },
  },
  Canada: {
    http: { price: '0.0000007500', rateCode: '29K2E4HBJAYXK2EK.JRTCKXETXF.6YS6EN2CT7' },
    https: { price: '0.0000010000', rateCode: 'ZG984ETY8SNCPH2B.JRTCKXETXF.6YS6EN2CT7' },
  },
  EU: {
    http: { price: '0.0000009000', rateCode: '9MS5ZWGYNFR5NURG.JRTCKXETXF.6YS6EN2CT7' },
    https: { price: '0.0000012000', rateCode: 'YA5QZD7XG45UGHCH.JRTCKXETXF.6YS6EN2CT7' },
  },
  'Asia Pacific': {
    http: { price: '0.0000009000', rateCode: 'SFU45WD2UEM4A5NA.JRTCKXETXF.6YS6EN2CT7' },
    https: { price: '0.0000012000', rateCode: 'W6KHTEW6VCKTZFTR.JRTCKXETXF.6YS6EN2CT7' },
  },
  Japan: {
    http: { price: '0.0000009000', rateCode: '4ZKPCBHJ6DH3YZKY.JRTCKXETXF.6YS6EN2CT7' },
    https: { price: '0.0000012000', rateCode: 'EJZT492VM8J2VQTQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  Australia: {
    http: { price: '0.0000009000', rateCode: 'JYWBAKWR4AVKH8DT.JRTCKXETXF.6YS6EN2CT7' },
    https: { price: '0.0000012500', rateCode: 'XXEA4SCG9TSQCDF2.JRTCKXETXF.6YS6EN2CT7' },
  },
  India: {
    http: { price: '0.0000009000', rateCode: 'QW9DRRBUB3Y64FJZ.JRTCKXETXF.6YS6EN2CT7' },
    https: { price: '0.0000012000', rateCode: 'GJTTXSYXV43ANXTQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'South America': {
    http: { price: '0.0000016000', rateCode: 'W5Z79UDE6RKXCRMP.JRTCKXETXF.6YS6EN2CT7' },
    https: { price: '0.0000022000', rateCode: 'FUWQBJC8EW2AP9J4.JRTCKXETXF.6YS6EN2CT7' },
  },
  'Middle East': {
    http: { price: '0.0000009000', rateCode: 'PZRBP77D3SW5RU5P.JRTCKXETXF.6YS6EN2CT7' },
    https: { price: '0.0000012000', rateCode: '9BETCR5FAVJ6V76R.JRTCKXETXF.6YS6EN2CT7' },
  },
  'South Africa': {
    http: { price: '0.0000009000', rateCode: 'DBGSFNJ3SZ63XQKN.JRTCKXETXF.6YS6EN2CT7' },
    https: { price: '0.0000012000', rateCode: 'STAW4JYR23PMGDK7.JRTCKXETXF.6YS6EN2CT7' },
  },
};
