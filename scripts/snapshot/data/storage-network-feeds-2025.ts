/**
 * Prices from AWS's pricing-page feeds for EFS and Route 53 (lamngockhuong/aws-price), the Gateway
 * Load Balancer rows of elb.json and the Aurora Standard storage row of rds-storage.json
 * (QuinnyPig/aws-price-watcher), and the Origin Shield rows of cloudfront.json (lamngockhuong) —
 * see FEEDS_2025 in ../feed-sources-2025.ts for each file's path, commit and the feed's own
 * publication date. Each price keeps the feed's row key and its AWS rateCode; only the rows the
 * engine asks for and the 32 commercial regions of core's vocabulary are kept (a region the feed
 * does not price a row in has no entry for it). Generated once from those files; do not edit by hand.
 */
import type { FeedPrice } from '../feed-sources-2025';
import type { FeedTable } from './serverless-feeds-2025';

/** efs.json: storage per class, IA/Archive access, Elastic reads/writes, Provisioned throughput (key: the feed's row). */
export const EFS_FEED: FeedTable = {
  'us-east-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3000000000',
      rateCode: 'YFV3RHAD3CDDP3VE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0250000000',
      rateCode: '29XC62PHCNK7YFTC.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0160000000',
      rateCode: '6BHDTU3P77J7NS5V.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0080000000',
      rateCode: 'YCZGN223MRTHYV6P.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1600000000',
      rateCode: 'RXZDU6JXFGFJYN6S.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0133000000',
      rateCode: 'GX94JWDHBRRE3GFJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0100000000',
      rateCode: '7F9VB2J3A3KYG3NW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0100000000',
      rateCode: '2FM7X8KGJEVSVJNJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0300000000',
      rateCode: 'M4AQ5M6EQ6EXKZYY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0300000000',
      rateCode: '65RSAUT45YTBWNBB.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'QT7BD7JMWEBCF2YM.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0600000000',
      rateCode: 'V6WX3DXQQYAVQDR8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.0000000000',
      rateCode: 'X6WTMP84K2ZGXH6J.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-east-2': {
    'General Purpose Storage GB Mo': {
      price: '0.3000000000',
      rateCode: 'R3JWPWRUN558WBDE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0250000000',
      rateCode: '4N82U7JTN23YU7PG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0160000000',
      rateCode: 'PEB7J7JC6H949TVK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0080000000',
      rateCode: 'HNTBBPJ76W9TDMJ4.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1600000000',
      rateCode: 'B4WAPX76YKRK7Q54.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0133000000',
      rateCode: '2PAU4J6VMD43ZND3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0100000000',
      rateCode: 'REEMUWHN8UMBBFFU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0100000000',
      rateCode: '5DR5SJW67ZWZFHJA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0300000000',
      rateCode: 'CST5M7S879BKKSWF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0300000000',
      rateCode: 'PQNK59AKKRP68PNY.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'VJW3RV7UAGE5H43T.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0600000000',
      rateCode: 'WPR45BR95CQVQZU2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.0000000000',
      rateCode: '96GKXP9XHXZFMC9E.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3300000000',
      rateCode: 'SN65Z4E57WM36EH2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0283000000',
      rateCode: 'XKQRS89Z8P9TRSAJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: '4VCEKWE7PMN2U2XN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'BJ72258HAMTEWUGY.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1760000000',
      rateCode: 'PYF27EBDWK4ZYHS8.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0151000000',
      rateCode: 'HUHT7HDXJQNUNMKG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: 'TQM37D8BBPXP283F.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: 'NPGA26RW2773XWX2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0330000000',
      rateCode: '4ZNGR23WCDUCFZ5W.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0330000000',
      rateCode: 'PHVCPZ3TJCNM23Z2.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'HDKFQN6JF3AG5K2X.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: '97W2ENZ6XYTXKJY8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.6000000000',
      rateCode: 'WUJ2WFYADC6QRHPK.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-2': {
    'General Purpose Storage GB Mo': {
      price: '0.3000000000',
      rateCode: 'GQN8D8ZABJSBVTUG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0250000000',
      rateCode: '4KVKKTM5HW4NVWCE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0160000000',
      rateCode: 'DWYTXHP3734MD37Q.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0080000000',
      rateCode: 'HKMQMTEU8VGZ67PA.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1600000000',
      rateCode: 'Z89EHKSB8RACTARQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0133000000',
      rateCode: 'XXU3C2UC3CURV4S7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0100000000',
      rateCode: 'BAP3GU66HUYDEHEU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0100000000',
      rateCode: 'VXDYEA53VY23ZWQN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0300000000',
      rateCode: '7N3M2F8495CZNB9W.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0300000000',
      rateCode: 'GBHA6SWWSA5A9ECQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: '9YFXPH8X79JBENB3.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0600000000',
      rateCode: 'JEKCKKT3HNWRF4DZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.0000000000',
      rateCode: '7SEK48XBY36QNHFG.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'af-south-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3900000000',
      rateCode: 'Z4TZP526RZTC6C2F.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0300000000',
      rateCode: '5KYKERH8VCNYDZ9R.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'U8KY9SZE44T4RQR9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'WN37A3RAQPPEVBQF.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.2080000000',
      rateCode: 'S6H76TXJH49AJ65W.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0160000000',
      rateCode: 'X5V3UHJ3ANB87VXR.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0130000000',
      rateCode: '9SGACCC2U3WPEZ3H.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0130000000',
      rateCode: 'MEX75MEH93FN7P9S.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0390000000',
      rateCode: 'XGVKJGW3GQ7PUVAR.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0390000000',
      rateCode: 'WUSSXZ6ZDX29AKC5.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: 'NRP68CXSRRDDPXYE.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0800000000',
      rateCode: 'CDUWHCY4QJS48BWE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.8000000000',
      rateCode: '58HRHGQ8G7C5NB94.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-east-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3900000000',
      rateCode: 'M4PCKH2T6Q2TUZYN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0270000000',
      rateCode: 'B5TP5ERX2BRYFJX3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'HW3C4TS82N3MWMEG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'AYG89SWNX7FHPGX3.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.2080000000',
      rateCode: 'G7ZPV78F66DNG8FM.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0144000000',
      rateCode: 'XPT5Z4DC2XXKGDWA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0130000000',
      rateCode: '885FW6D32XGVUKUE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0130000000',
      rateCode: 'KRBSMYKDBKJGWCAS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0390000000',
      rateCode: 'XM56AFHYYW8FWMUV.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0390000000',
      rateCode: 'VUGYU2PHSDMFSGCH.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: 'HWGSR3VRQMR2QPE4.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0800000000',
      rateCode: 'XBG88WS5XNZ2NFXH.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.8000000000',
      rateCode: 'UZY98C2P8RMV4F8M.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-south-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3300000000',
      rateCode: 'MY25JMZRMN4RTK9A.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: '76HT6HSJKT2M4JQ2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'B9NTEUQGZZD23H4E.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: '3HB6PY9F9C3AAY29.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1760000000',
      rateCode: '8ZG8N86EXN2XFWSS.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0145000000',
      rateCode: '354SVDZAPYE58FY2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: '3AN527QH7E8D4S58.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: 'EEPWN6DEEZHXCMU7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0330000000',
      rateCode: 'RVN9MV5HXTEAJH76.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0330000000',
      rateCode: 'FXP6TG3X42ZWFFSB.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'VQMYRM9F3BB5H53R.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: '4EPWAVF8DH54UMKW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.6000000000',
      rateCode: '3BYVF2YWCGKEEWRK.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-south-2': {
    'General Purpose Storage GB Mo': {
      price: '0.3300000000',
      rateCode: '59XH983HWEHYN65C.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: 'DVF5XXEEQU6WG65K.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'UZT5B9BT67FWV7NW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'JNCMRD5K9JB4ZTE5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: 'U67TVN3QZB3VPNUP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: '5FXSNEUB2GWMGMUD.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0330000000',
      rateCode: 'RC6T5JGF9T8DA78Y.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0330000000',
      rateCode: '35SAQ224CCNNWQYQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'DUVWCV8QQ8QR2EAJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'T2WEN56R58D95HEV.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.6000000000',
      rateCode: 'YF42UNVESWUXUNQD.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3600000000',
      rateCode: 'H4XHEKYDHARXUDS2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: 'KCNR847U4Z65JFRP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'F62PPDNMRVQ4WDQU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'GQDYJJK53GR2K2SY.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1920000000',
      rateCode: 'DBEB6K2H5BXU3QUS.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0145000000',
      rateCode: 'TCMNG3WNZVNYU9QK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0120000000',
      rateCode: 'G72MK9AVQHW5E8BW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0120000000',
      rateCode: 'PNS6ZS2ZGF9XQG3G.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0360000000',
      rateCode: 'NJ9TYPHHPUWV942E.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0360000000',
      rateCode: 'DUTK9KS3STJS4Y3X.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: 'TRVHYG9RG82B7JCD.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'H78UZ2P9MH2QFUTH.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.2000000000',
      rateCode: 'TBT964WWASJ44P8D.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-2': {
    'General Purpose Storage GB Mo': {
      price: '0.3600000000',
      rateCode: '3DVQ7PV23A9TDKS7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: 'YJ37FEKHVQNYX373.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'JG33RPPY78QZ8R65.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'RG7AC3E46SC8NED7.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1920000000',
      rateCode: '9SJ36SY5CGY8DP5P.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0145000000',
      rateCode: 'SSX4UP2484SE3S37.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0120000000',
      rateCode: 'CMSPETMVCMA6V99J.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0120000000',
      rateCode: 'YWRRN6F6CNV4CDZJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0360000000',
      rateCode: 'PCQY6NEXXDJXYTK6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0360000000',
      rateCode: 'E94TBX54NWX3DPMZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: '2W3HPF5EMCVF77XK.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: '28ED426R7PDNT9TM.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.2000000000',
      rateCode: 'TNHXVN3UJXZEUR36.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-3': {
    'General Purpose Storage GB Mo': {
      price: '0.3600000000',
      rateCode: '7JFSN8PGBT7ENED9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: 'MDGQYSP8XWB78WE4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'VWHKGVSKETQE4TF4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'PWATTQ7HRNDVBF9G.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0120000000',
      rateCode: '9X29BA9T3JZVBRP7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0120000000',
      rateCode: 'Q3QM26QCC3YT488M.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0360000000',
      rateCode: '2PCUWP9WTFHUJD9C.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0360000000',
      rateCode: 'U85UUTFSXDPAWJZ9.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: 'SKCV3YU482APE7S3.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'JZ7Q38E3VRAZBAPS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.2000000000',
      rateCode: '64Z3T97CAQDZ57JN.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-4': {
    'General Purpose Storage GB Mo': {
      price: '0.3600000000',
      rateCode: 'T84SF2FMQXPYFVQD.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: 'S8CZ7GSZBGGGS2BD.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'NPPN2HXCFT6G358Y.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: '7TB2D9FT63QG9UXE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0120000000',
      rateCode: '7T22B75C9UCA34EF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0120000000',
      rateCode: 'UD72RZXFNE94WUAN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0360000000',
      rateCode: 'WKK7FXWTA45NVYZ4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0360000000',
      rateCode: 'B6SS65RQPGS4MSSB.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0360000000',
      rateCode: '3TY6HK8KMBFUBQJD.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0720000000',
      rateCode: '3J9E3H5DN8P5E2CP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.2000000000',
      rateCode: 'AUZCE4BFENPAWPAP.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-5': {
    'General Purpose Storage GB Mo': {
      price: '0.3240000000',
      rateCode: 'W3APFBXJ6QMQ8TPY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0245000000',
      rateCode: '5VKWR4QQTYZV8ZXC.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0180000000',
      rateCode: 'W2AZE2YYJEET5W4X.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0090000000',
      rateCode: 'EMSGA82WS9GHQUCN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: 'P4P8XRVB9MGBBVYQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: 'NVSCWXDDE385HDF9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0320000000',
      rateCode: 'QABV3CHDJ9CC79MU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0320000000',
      rateCode: 'PNZS794JUHDP4E43.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0360000000',
      rateCode: 'T66V22XUE9VJP79W.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0630000000',
      rateCode: 'YM3HZ327FPGYJSEU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.4800000000',
      rateCode: '3E2K3HDJRF4HN57X.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-7': {
    'General Purpose Storage GB Mo': {
      price: '0.3240000000',
      rateCode: 'TAXZ4BXVMTGE9FB6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0245000000',
      rateCode: 'VRRJ9XE9U4UP5EXF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0180000000',
      rateCode: 'R5BYT7PU24FEZW9Y.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0090000000',
      rateCode: 'AB5MZ6DYZK6JDAMZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: '92B6QRGYMTTE2YK7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: '95K2BJBXJUVAPAAK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0320000000',
      rateCode: 'TMPCQ7HM3F8FEG79.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0320000000',
      rateCode: 'RUDUKN5F94FPN888.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0360000000',
      rateCode: 'SYCUCB5P7GZUUNB5.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0630000000',
      rateCode: 'URF2VNGR3YTCWGBS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.4800000000',
      rateCode: 'GKAZ5CHUUN4NBSQK.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3600000000',
      rateCode: '6AKQKVK34TWYK2FQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: '73QGTE3EKU27233F.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'QFVEM5B8YBQAMC73.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'KRC84SQGWGM9DC6M.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1920000000',
      rateCode: '5GYHT9JVZZPN5XPZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0145000000',
      rateCode: 'PR8DC6M4DEKF3842.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0120000000',
      rateCode: 'HJYFTP3EYGCH2NUJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0120000000',
      rateCode: 'Z6MAHX4VV6RTQKKB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0360000000',
      rateCode: '33ZMPM2BAFJU544S.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0360000000',
      rateCode: '2XVWDD5YV8T6JATB.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: 'SRDRS7TM5QAGC3H2.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: '2HS4CTWRNUT7AB8H.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.2000000000',
      rateCode: '4TP3RTNWJ4WXKHNG.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-2': {
    'General Purpose Storage GB Mo': {
      price: '0.3300000000',
      rateCode: 'WJPJ8E2M4Q4VTM3W.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: 'DFBEJUME8Q2UHTYW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: '9VMCB6XVYAM78UBS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'ZQYGGEBZFCG93JBT.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1760000000',
      rateCode: 'P36JXZ66KHJTGTHK.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0145000000',
      rateCode: 'H5YMZQ2246DGYFS4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: '2VDM8S4AMVZH3VW9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: 'J3PJUGNNNY4254SE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0330000000',
      rateCode: '7F4KEN259NFMN6AW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0330000000',
      rateCode: 'EFEPKPPTEMHGXUQP.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'X34VY9KRD7STZU9F.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'ND8E2CPM4959G8EA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.6000000000',
      rateCode: 'ZUQ7VKJTJC9QDNX8.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-3': {
    'General Purpose Storage GB Mo': {
      price: '0.3600000000',
      rateCode: 'VUYJG7AR6TJX37CJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: '5WV5Q7FKR59PR2NB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'B6UVF5N2H7V22AF8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'TYHYZRQ3YUTCFB86.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1920000000',
      rateCode: 'FJSGXZD4U4XRDTNJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0145000000',
      rateCode: 'HVDRE8CNEMETVHVG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0120000000',
      rateCode: '4CGD4BXZQQZBCFJY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0120000000',
      rateCode: 'X2P6AEKVKX4YHCR4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0360000000',
      rateCode: 'NHB2E8Y8AJVSTZEX.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0360000000',
      rateCode: 'G57Q44GJ3KKB2SRT.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: 'EN5VW7VGB5WB65YB.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'WNN6XKXD39ZAUKJ9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.2000000000',
      rateCode: 'J4G9G99JUXQA2UCZ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ca-central-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3300000000',
      rateCode: 'KQBPYNF95K74423S.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: 'S4VY22N9ABY48YD5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: '6JXVUSJBTQEQUYQT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'ZEFZU45NH3TKHDZA.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1760000000',
      rateCode: '9YDFYFPDZK9H4WS9.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0145000000',
      rateCode: '3EWXQU9357CCDH8U.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: '8KF32AFDQWF2NRMJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: 'FEQX7F7UT3YCKTD7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0330000000',
      rateCode: '8AWW4SYHCHVFYN3U.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0330000000',
      rateCode: 'D5URAQKV52THUNWQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'TSXZGJJJYZ7WJSAV.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'S8FTKEB6RX6V7XJV.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.6000000000',
      rateCode: 'Y333WW32GHQBZQQV.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ca-west-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3300000000',
      rateCode: 'XQNW2NFTPA36HX2G.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: 'WXZBPBXPEAJBDMCB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'TGSZKXF8T26V2788.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'WANB638S5G774J4H.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1760000000',
      rateCode: 'F3358QSNWTMNKA77.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0145000000',
      rateCode: 'GRCGXN4AAU573KSN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: '96PKH9NVTBD98SYT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: 'EU7WBKG7UFM4WK8Z.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0330000000',
      rateCode: 'NT8Z63ZBVQY6S6CA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0330000000',
      rateCode: 'ZVKPMJ9K7UZBQKY3.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'DD42K8MR26CTEB3Y.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'KFYQFTTNBG48UAZM.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.6000000000',
      rateCode: 'ZQR4KHVCDQUKAWSH.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-central-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3600000000',
      rateCode: 'MPPYNV6CU5GBQHYC.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0266000000',
      rateCode: 'Z7B4RY2DPRQ93FCB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'RDX289HFBWFV5P84.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'H7H8MHPCEY8QFG7Z.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1920000000',
      rateCode: 'CB2YH5AR3ZNKGFE3.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0142000000',
      rateCode: 'EYAEQ7TQ3N9GGE4V.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0120000000',
      rateCode: 'DBPWMZWNUWT3UH5B.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0120000000',
      rateCode: '5DJWT7VQZ4ACB45B.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0360000000',
      rateCode: 'RJTYQMTZD48VN89Y.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0360000000',
      rateCode: 'B24VFQPYKYZW9G3F.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: 'Y84QSZWEPC2WJ4WW.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'BA478CC6K2HYAUP4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.2000000000',
      rateCode: '9MZSME66RMD25UB3.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-central-2': {
    'General Purpose Storage GB Mo': {
      price: '0.4300000000',
      rateCode: '53HYVDTDFWYYTHDY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0295000000',
      rateCode: 'CMU6TA45P3JXYC9M.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0220000000',
      rateCode: 'Q4ESDRSYAH8WE9DP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0110000000',
      rateCode: '8AAWFUUZBPQCY53B.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0140000000',
      rateCode: 'U6JKFSMQYC2YDDNX.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0140000000',
      rateCode: 'FSF9GY4ZE8FHX9MY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0420000000',
      rateCode: 'P3PVCHT8XYSPXTFY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0420000000',
      rateCode: 'ZHBV3VFEK2QRJMHW.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: 'XNFDP3ZEMBXJ8G9J.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: '85NTX7TF63GZ8MDJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '8.5800000000',
      rateCode: '4WC5ZFZYNBN88EQZ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3300000000',
      rateCode: 'WDJR7Q9RKV87VCVK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0250000000',
      rateCode: '275C5PEQCXGSDTGF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0160000000',
      rateCode: 'KU4TVUJFJQXMG8UB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0080000000',
      rateCode: '473BGTKYR4VW7PZK.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1760000000',
      rateCode: 'UZ53M743SDA37R4M.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0133000000',
      rateCode: 'NEMUEBW2W7ZHKHH5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: 'QASQSX2QEC4H6M95.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: 'SGA2EE3KME75QSXP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0330000000',
      rateCode: '2JCA49E2YW4328UB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0330000000',
      rateCode: 'DW3E37M4RPXZXC8Y.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'T34AJ9FBUFHM7BN6.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'NQHTMAVQWZ3CR3XH.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.6000000000',
      rateCode: 'RV8CCARWJQXREPT4.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-2': {
    'General Purpose Storage GB Mo': {
      price: '0.3300000000',
      rateCode: '9D8Y226KZNKRMDQK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0261000000',
      rateCode: 'VWVNEPVQCAYX2QK4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'UA8GRDZ8KVM28J5M.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'BZF98ACZR5S4HEJV.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1760000000',
      rateCode: 'ZFQACFGJDTJKMPM6.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0139000000',
      rateCode: 'SHYSJG4TXEGSRAFM.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: '5C57C7JEWDARXVU2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: 'PNY9UWJBSGFEW3FQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0330000000',
      rateCode: 'YRA4EEFH5Y4WUUNS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0330000000',
      rateCode: '6JZZHJKKPT2R7UFK.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'KU3VJMBWQ4BDW6XS.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: '4F8QFEJ4KT5Q856J.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.6000000000',
      rateCode: 'C7TGW6ET26GBRQEU.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-3': {
    'General Purpose Storage GB Mo': {
      price: '0.3300000000',
      rateCode: 'ZKMCWHF772GJA2M9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0261000000',
      rateCode: 'BAQ53Q4V98GFMDN3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'UW3UXGS8BJE2ZJH2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'DXNSAXC6RE23QVBY.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1760000000',
      rateCode: 'AR8JN5ND7R4M5H3Q.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0139000000',
      rateCode: 'U56HSC8R5F7GTHKN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: '9PZZPD36BY5NH3UW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: 'RD8WBZT8PWEDUJVE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0330000000',
      rateCode: '3QUK8TGBR7JJSPFC.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0330000000',
      rateCode: 'DDGHYX7W7RJRKBGX.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'PHXMPT47FPZX93KH.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'UVAJ7VDHHVTUBRVP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.6000000000',
      rateCode: 'HY3X7BVGGSNEXWB7.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-south-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3600000000',
      rateCode: '49NFVM7B2PB6AZW7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0260000000',
      rateCode: '8KQG5585S23BXBHY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'YZKJG8GGYGS35EQG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: '2ED5CSY2BJFQAJB2.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1920000000',
      rateCode: 'EAGQGXFFRKYP6DD9.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0139000000',
      rateCode: '7FV5J6T299JR6XQA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0120000000',
      rateCode: 'NYMCR5JAH96KM925.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0120000000',
      rateCode: 'V4KTWKQH2Y6YP7P3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0360000000',
      rateCode: 'SXJ82EJQYBBBN9C6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0360000000',
      rateCode: 'CMBGSWWUTJBMPP8A.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: '2DH4HZHQEVTNPKNY.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: '8J2XTMEBETZ3Z486.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.2000000000',
      rateCode: '78CGCSKYJGES3S2B.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-south-2': {
    'General Purpose Storage GB Mo': {
      price: '0.3300000000',
      rateCode: 'FZQJRN6BT6V6VVY4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0250000000',
      rateCode: 'K7VV246TPXVES8XC.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'MJDNR6G7G4MZ586A.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'CXYKZUEBQG4TJFVN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0110000000',
      rateCode: 'D3T6D7RKKBGDR28H.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0110000000',
      rateCode: 'F3EMGQGJV9TQ5EP8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0330000000',
      rateCode: 'FNJBW7NST7GTNCM6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0330000000',
      rateCode: '4CVPF2W7KDWNQJ8T.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: '4G7WX47PUPM3SCZR.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'Z2HBV6BM8FZJBKMB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.6000000000',
      rateCode: 'RFJQCHYH7QKBVP5W.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-north-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3000000000',
      rateCode: 'C4YT924YVYBF2GUK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0250000000',
      rateCode: 'B7FZTTCBR4C55SFW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0160000000',
      rateCode: 'CK23X536NYUR3H9B.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0080000000',
      rateCode: '4WDD42AZ85QJHKRP.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1600000000',
      rateCode: 'ZKRB7J9VC47VFJTB.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0133000000',
      rateCode: 'ZZFYXJQUHDGF977U.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0100000000',
      rateCode: 'H8ZJNTNSGCQXBFFB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0100000000',
      rateCode: '8M8TSVRJCRMVAQJP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0300000000',
      rateCode: 'DKQPT3UV5N76DCCV.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0300000000',
      rateCode: 'DR8JUAFFJG6AUQ37.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0300000000',
      rateCode: 'Z4XW6M6QAPHMAHRJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0600000000',
      rateCode: '28Y7ZVWWTQUWF6Q4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.0000000000',
      rateCode: 'QXBQ7NG28P3B9HV6.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'il-central-1': {
    'General Purpose Storage GB Mo': {
      price: '0.4000000000',
      rateCode: 'JFDTHZN6S6XBSTHF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0272000000',
      rateCode: '7DGMKPJW5U6ZRVRZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'B3QJ549UZXFNFM79.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: '758P4KYFJCPMDN33.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0132000000',
      rateCode: '6RX52KQMQRFYFEHD.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0132000000',
      rateCode: 'JEM2BBSUV7KETRVF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0396000000',
      rateCode: 'HRK6B2QUX66JBRK8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0396000000',
      rateCode: 'C6E3D2GYS32ED57D.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0396000000',
      rateCode: '387BQEGP7Q9S542N.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0792000000',
      rateCode: 'PPX9589CCNPVENDX.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '8.0000000000',
      rateCode: 'XPGNHRQTS3YNBCWR.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'me-south-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3600000000',
      rateCode: '29H5NHZSZZPH9XBV.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0270000000',
      rateCode: 'WXYSWE7C9ZVS38BX.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'M5EVZJMCMFWM5MFZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: '7KWP22E7X3T9BZBB.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.1920000000',
      rateCode: 'Q5FRKWJ97AC9MAVH.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0144000000',
      rateCode: 'SGGWPJNSB8NFQATS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0120000000',
      rateCode: 'Y76WMW87TENDNDYS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0120000000',
      rateCode: 'QH5TXT4GY3T38GWA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0360000000',
      rateCode: 'HQ6K9U3FJCJEWXG2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0360000000',
      rateCode: 'AB6S7KUWQ6FKEN72.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: 'HX4N5QSR6JNJNNP9.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: 'M4S7SPH42HUTPW63.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.2000000000',
      rateCode: '6UFPS8DQUAYT2WWP.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'me-central-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3600000000',
      rateCode: 'HWDZBHDDKXG7DHHR.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0270000000',
      rateCode: '89EHNU2ANYGA7VAP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0200000000',
      rateCode: 'EX858VFBCYBUQ6VB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0100000000',
      rateCode: 'CQ9AXR4SHDCSTQYU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0120000000',
      rateCode: 'BWG7R3H2HC9HF6WE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0120000000',
      rateCode: 'G7XVZM4WSXMD882D.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0360000000',
      rateCode: '2YR9TYND2TVMD9M6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0360000000',
      rateCode: 'D8Y4CQH6SWXURP7P.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0400000000',
      rateCode: 'P3WZ3QDV8JTM22TQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0700000000',
      rateCode: '9UKPGHVFUWECYX32.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '7.2000000000',
      rateCode: '3YY5PEGQ9YB98MDQ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'mx-central-1': {
    'General Purpose Storage GB Mo': {
      price: '0.3150000000',
      rateCode: 'RRUAUXHEZB8TV66K.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0262500000',
      rateCode: 'C6FFGXET2KVSSQWF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0168000000',
      rateCode: 'F2VJ7WNSU8FVGEQF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0084000000',
      rateCode: 'SH9DWSP6WTKPEKZ7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0105000000',
      rateCode: 'UVHR2CQHGXNND5Z8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0105000000',
      rateCode: '4BXKD79C676NSJ5G.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0315000000',
      rateCode: 'R3HRXX4RN7PH6GCG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0315000000',
      rateCode: 'RACC5ACJMWZ5Q83G.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0315000000',
      rateCode: '8NV3QJY2NZUPEQCU.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.0630000000',
      rateCode: '86CWVUP3CSEUTCMG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '6.3000000000',
      rateCode: '7YTBQMASURUU6MYB.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'sa-east-1': {
    'General Purpose Storage GB Mo': {
      price: '0.5700000000',
      rateCode: 'R48Q99EPCBCCJ4MY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Storage GB Mo': {
      price: '0.0440000000',
      rateCode: '888TVVWZWVSQFV35.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access ET Storage GB Mo': {
      price: '0.0332000000',
      rateCode: 'KE79RZN5FGBVT33T.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage GB Mo': {
      price: '0.0166000000',
      rateCode: '5WNMSKMDJA9SBJHX.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone General Purpose Storage GB Mo': {
      price: '0.3040000000',
      rateCode: '3KGW4NVEXEYQWWJE.JRTCKXETXF.6YS6EN2CT7',
    },
    'One Zone Infrequent Access Storage GB Mo': {
      price: '0.0235000000',
      rateCode: 'JV36SG8F3HQT3J3M.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Read per GB': {
      price: '0.0190000000',
      rateCode: 'KETFEMUJ5FVGNW5U.JRTCKXETXF.6YS6EN2CT7',
    },
    'Infrequent Access Requests Write per GB': {
      price: '0.0190000000',
      rateCode: 'RB77NJDSXPRXDC9B.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Read Read GB': {
      price: '0.0570000000',
      rateCode: '9WKDYX5JFN8478SY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Archive Storage Write Write GB': {
      price: '0.0570000000',
      rateCode: 'B72UHGCWBU99VTJK.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Read per GB': {
      price: '0.0600000000',
      rateCode: 'QNW7RWUEEDT35KKW.JRTCKXETXF.6YS6EN2CT7',
    },
    'EFS Storage Requests Write per GB': {
      price: '0.1100000000',
      rateCode: '9WSW75UG7MXAHKN7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Throughput Provisioned': {
      price: '11.4000000000',
      rateCode: 'UPVT64GMFXQ83S7M.JRTCKXETXF.6YS6EN2CT7',
    },
  },
};

/** route53.json, location "Any": hosted zones, the first 25 and every further zone, per zone-month. */
export const ROUTE53_ZONES: Readonly<Record<string, FeedPrice>> = {
  'DNS Zone first 25': {
    price: '0.5000000000',
    rateCode: 'KVPGEJE88UW8S779.JRTCKXETXF.G2A93NZ7DT',
  },
  'DNS Zone': { price: '0.1000000000', rateCode: 'KVPGEJE88UW8S779.JRTCKXETXF.VYAP54KATQ' },
};

/** route53.json, the rows published without a location (global DNS queries), per query. */
export const ROUTE53_QUERIES: Readonly<Record<string, FeedPrice>> = {
  'Query Standard External first 1B': {
    price: '0.0000004000',
    rateCode: 'JHRA6QBEDT9FZVT5.JRTCKXETXF.ZN357FEBCK',
  },
  'Query Standard External over 1B': {
    price: '0.0000002000',
    rateCode: 'JHRA6QBEDT9FZVT5.JRTCKXETXF.AGD8ADSNTG',
  },
  'Query Latency Based Routing External first 1B': {
    price: '0.0000006000',
    rateCode: 'K5DP4A2QJU976SZ8.JRTCKXETXF.ZN357FEBCK',
  },
  'Query Latency Based Routing External over 1B': {
    price: '0.0000003000',
    rateCode: 'K5DP4A2QJU976SZ8.JRTCKXETXF.AGD8ADSNTG',
  },
  'Query Geo DNS External first 1B': {
    price: '0.0000007000',
    rateCode: '2BC8RBBYQW6CCJUF.JRTCKXETXF.ZN357FEBCK',
  },
  'Query Geo DNS External over 1B': {
    price: '0.0000003500',
    rateCode: '2BC8RBBYQW6CCJUF.JRTCKXETXF.AGD8ADSNTG',
  },
  'Query Geoproximity External first 1B': {
    price: '0.0000007000',
    rateCode: 'YJCMHEVB65XFW3GS.JRTCKXETXF.ZN357FEBCK',
  },
  'Query Geoproximity External over 1B': {
    price: '0.0000003500',
    rateCode: 'YJCMHEVB65XFW3GS.JRTCKXETXF.AGD8ADSNTG',
  },
};

/** elb.json: "Gateway Load Balancer Hours" and "Gateway Load Balancer LCU Hours". */
export const GATEWAY_LOAD_BALANCERS: FeedTable = {
  'us-east-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0125000000',
      rateCode: '4XCKHVEY2F7FVHE3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'EBFBY6XVZMVA2MJP.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-east-2': {
    'Gateway Load Balancer Hours': {
      price: '0.0125000000',
      rateCode: 'M3747T8RJC6H6A54.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: '4TAWGG2R7XAHJJEK.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0140000000',
      rateCode: 'ZPPU8GFTGWV5H9DB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'ZKJYTGAF3BX23EW3.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-2': {
    'Gateway Load Balancer Hours': {
      price: '0.0125000000',
      rateCode: 'ZHKU8FDXMD7XQ64J.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'E844PATBCP42SVHF.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'af-south-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0167000000',
      rateCode: '5FPED3627WZGSZ2K.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0047000000',
      rateCode: 'MVG3KR2UXB98NMN3.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-east-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0154000000',
      rateCode: '9XMJ585PPJZZNUHZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0044000000',
      rateCode: 'NASY3J9YZ87GKBW2.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-south-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0133000000',
      rateCode: 'VTN6JTDRTJ347GSS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'WGMKTDUVKHXZ6357.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-south-2': {
    'Gateway Load Balancer Hours': {
      price: '0.0133000000',
      rateCode: 'R4XB72SZRPAZYFEX.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'YS4E7JMZJJXG43ZM.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0140000000',
      rateCode: '9HR6U3UYGV5KRN6N.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'BGF866FYZVJHWG8D.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-2': {
    'Gateway Load Balancer Hours': {
      price: '0.0140000000',
      rateCode: 'FUABYP9YA32S8M6T.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'S59GWHQHYYQR5UZF.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-3': {
    'Gateway Load Balancer Hours': {
      price: '0.0140000000',
      rateCode: 'CZZEAMFSUXN7QJ5E.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: '4TUM7S2WVR6RZRZR.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-4': {
    'Gateway Load Balancer Hours': {
      price: '0.0140000000',
      rateCode: 'HBAWTK6C4AF699ME.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: '3TJNK3UJHYNAS5FE.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-5': {
    'Gateway Load Balancer Hours': {
      price: '0.0126000000',
      rateCode: 'MBFAGU2TZY2UME3H.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'TDM7VVEVTMQC7FEY.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-7': {
    'Gateway Load Balancer Hours': {
      price: '0.0126000000',
      rateCode: 'HYEYTCRH6AC3KHYE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: '7PHQ8WWDH9BVVGYG.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0135000000',
      rateCode: 'JFUCYJPDC27SYVKC.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'VZX6NSRCR9F8MW75.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-2': {
    'Gateway Load Balancer Hours': {
      price: '0.0125000000',
      rateCode: '9V4MUNSTKX75UF58.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: '78BE4GERQQJGJ5XN.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-3': {
    'Gateway Load Balancer Hours': {
      price: '0.0135000000',
      rateCode: 'U7UCSP9ZQAD33MZ9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'NN5ZXZDE4UB34PWM.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ca-central-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0138000000',
      rateCode: '2X5PEVFWBC9G6RMW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0044000000',
      rateCode: 'K2FQ3EFE2SYXPZS6.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ca-west-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0138000000',
      rateCode: 'JHJVCNZ43CUUY484.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0044000000',
      rateCode: '7BR6VXDW5Y6X9K35.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-central-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0147000000',
      rateCode: 'RFA8YQG3DAJNHSWN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0042000000',
      rateCode: '7SZNCGNQXB96YWNH.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-central-2': {
    'Gateway Load Balancer Hours': {
      price: '0.0161700000',
      rateCode: 'E9CHC2HMCWF8JCQ3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0046200000',
      rateCode: 'X59SXHR98Z32DXAV.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0140000000',
      rateCode: 'GNQR4Q4U4SJZGZA5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: '54CR7C3UHSDQ3C4E.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-2': {
    'Gateway Load Balancer Hours': {
      price: '0.0147000000',
      rateCode: 'RKNMJZBV5F2X3TAU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'V6762STHYS4NNE5D.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-3': {
    'Gateway Load Balancer Hours': {
      price: '0.0147000000',
      rateCode: 'HXBDHB3QTZ96VB28.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0042000000',
      rateCode: 'GQGNMSF43UT7MUVA.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-south-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0147000000',
      rateCode: 'R43TAD8EFTZM87Y2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0042000000',
      rateCode: 'NSGK84YXSUKPZVCZ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-south-2': {
    'Gateway Load Balancer Hours': {
      price: '0.0140000000',
      rateCode: 'EVTGWGNJMNZDHFX3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0040000000',
      rateCode: 'QCSX2PEBBWRBW9S8.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-north-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0133000000',
      rateCode: 'CYNK54ZW7MHFQ9PH.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0038000000',
      rateCode: 'J378N4MXXNXXBGFT.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'il-central-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0147000000',
      rateCode: 'QRBBWCSYR24ZW96B.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0042000000',
      rateCode: 'RDNJCEFRE5EM2MYZ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'me-south-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0154000000',
      rateCode: '654X3SY632X9ER67.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0044000000',
      rateCode: '3DSXTWHX5MBYS3HE.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'me-central-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0156800000',
      rateCode: 'SMTRNSRC5JCXZSVW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0044800000',
      rateCode: 'H4RKEHKSATR3C4X3.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'mx-central-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0131250000',
      rateCode: 'SYKH6T243JVXRZVX.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0042000000',
      rateCode: 'ZGPKF7K2HRXWE3SW.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'sa-east-1': {
    'Gateway Load Balancer Hours': {
      price: '0.0189000000',
      rateCode: '2A4AN5MBSHD5BAT7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Gateway Load Balancer LCU Hours': {
      price: '0.0055000000',
      rateCode: 'REA3Q343V6AS95CN.JRTCKXETXF.6YS6EN2CT7',
    },
  },
};

/** cloudfront.json, per AWS region that hosts an Origin Shield: "CloudFront Request-Origin-Shield Origin Shield Requests" (per request). */
export const ORIGIN_SHIELD_REQUESTS: FeedTable = {
  'us-east-1': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000007500',
      rateCode: 'VN4VYBAF9PPSN7NQ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-east-2': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000007500',
      rateCode: 'ZVMZ7BBZYWASH7EZ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-1': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000007500',
      rateCode: 'K8BUG9AKD6PZSCXK.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-2': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000007500',
      rateCode: 'J56BTKRU6DFQ7NAG.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-south-1': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000009000',
      rateCode: 'J43NA3PV48FR3UG7.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-1': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000009000',
      rateCode: 'FS689BAH74HWG23Q.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-2': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000009000',
      rateCode: 'X5CY9ZG8FQ39VH4U.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-1': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000009000',
      rateCode: '8477DQWXPDF5KDPC.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-2': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000009000',
      rateCode: 'MSS3QEXYWJRVBDJP.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-central-1': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000009000',
      rateCode: 'F24VFUTRVY389U5R.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-1': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000009000',
      rateCode: 'KCJPPWHSYBFKATMS.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-2': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000009000',
      rateCode: '2DCX5FM7TG8KC6S7.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'sa-east-1': {
    'CloudFront Request-Origin-Shield Origin Shield Requests': {
      price: '0.0000016000',
      rateCode: 'SRFMS4GUAMZ8VFU9.JRTCKXETXF.6YS6EN2CT7',
    },
  },
};

/** rds-storage.json: "Database Storage Single AZ General Purpose-Aurora" (the Aurora Standard storage row that names no engine), per GB-month. */
export const AURORA_STANDARD_STORAGE_ANY: FeedTable = {
  'us-east-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1000000000',
      rateCode: 'VCW4CP6PUZ5JN68T.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-east-2': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1000000000',
      rateCode: 'ZVVSC9ZCBY789ET2.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: 'THUAJSPBYCYJGXZW.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-2': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1000000000',
      rateCode: 'RJZ7DACQSFYYK838.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'af-south-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1310000000',
      rateCode: '7JBQSQ59ESDANZFC.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-east-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1200000000',
      rateCode: 'P9SERJ3C4Z9PGW2M.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-south-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: 'MQPDANW8TV4S5FVS.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-south-2': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: 'S7QG8UEHMMK3N8T3.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: '9SKJA2X3C9TDE6R6.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-2': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: 'EK3MGJWC4KYSQBUN.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-3': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: 'PCQGA7RT3W6NUAW4.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-4': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: 'CEPNNWKEJP83RAV8.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-5': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.0990000000',
      rateCode: 'PBU5CU83VZCBRHCC.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-7': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.0990000000',
      rateCode: '4J9C54NT9S3N7FWS.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1200000000',
      rateCode: 'EQ54CNYB4H84CXSD.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-2': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1200000000',
      rateCode: 'WJ6WGMWN9BV4D6ZX.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-3': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1200000000',
      rateCode: 'S7XWWN24MA6N6AYV.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ca-central-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: 'HJ4QQX7M5FAMYPDN.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ca-west-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: 'GW92M3P9CM43QNPR.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-central-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1190000000',
      rateCode: '6RK24KQHNFX37QFX.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-central-2': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1309000000',
      rateCode: '4QYDPDTCKQA2GU6U.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: '2QP44WDMF92K36SF.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-2': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1000000000',
      rateCode: 'G77YKTPWXSYEXGHR.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-3': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: 'JGPEPEK527H8MUDJ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-south-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1160000000',
      rateCode: 'PH8Y47T62T6QR9WX.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-south-2': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: 'XJYNP2MFPYA8C7YV.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-north-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1100000000',
      rateCode: 'V8KDB3RANCMDTX33.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'il-central-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1400000000',
      rateCode: 'GY6BK4WEG856AA5G.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'me-south-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1210000000',
      rateCode: 'SUP9MPNYHXF9T733.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'me-central-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1210000000',
      rateCode: 'RQZWBSXZKVMCTJEJ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'mx-central-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1050000000',
      rateCode: 'D3ADSDFWUPRQFN5P.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'sa-east-1': {
    'Database Storage Single AZ General Purpose-Aurora': {
      price: '0.1900000000',
      rateCode: '2JWSTUBZ7HW97T5K.JRTCKXETXF.6YS6EN2CT7',
    },
  },
};
