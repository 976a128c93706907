/**
 * Aurora prices from AWS's pricing-page feeds rds-aurora-storage.json and rds-aurora-ondemand.json
 * (publication date 2025-06-17), as committed unchanged to QuinnyPig/aws-price-watcher (see
 * FEEDS_2025 in ../feed-sources-2025.ts). Storage, I/O, Serverless v2 and backup keep the feed's
 * rateCode; instance prices (On-Demand, Single-AZ, per hour) are written compactly as
 * `class=price` pairs read from the feed's rows "Database Instance <engine> No license required
 * [Aurora IO Optimization Mode] db <class> … Single-AZ … Generation". Only the 32 commercial regions
 * of core's vocabulary are kept. Generated once from those files; do not edit by hand.
 */
import type { FeedPrice } from '../feed-sources-2025';

export type AuroraEngine = 'Aurora MySQL' | 'Aurora PostgreSQL';

/** Per engine: Serverless v2 ACU-hour (Standard / I/O-Optimized), storage per GB-month, backup. */
export interface AuroraEnginePrices {
  readonly serverlessV2?: FeedPrice;
  readonly serverlessV2IoOptimized?: FeedPrice;
  /** Aurora Standard storage: the feed names it for Aurora PostgreSQL only. */
  readonly standardStorage?: FeedPrice;
  readonly ioOptimizedStorage?: FeedPrice;
  readonly backup?: FeedPrice;
}

export interface AuroraRegionPrices {
  /** "System Operation Aurora I O Operation": one engine-agnostic row, per I/O request. */
  readonly io?: FeedPrice;
  readonly engines: Readonly<Record<AuroraEngine, AuroraEnginePrices>>;
}

/** rds-aurora-storage.json: rows "Aurora <engine> ServerlessV2 [Aurora IO Optimization Mode]", "Database Storage DB Engine Aurora PostgreSQL General Purpose Aurora", "Aurora <engine> IO Optimized Aurora", "Storage Snapshot Aurora <engine>", "System Operation Aurora I O Operation". */
export const AURORA_STORAGE: Readonly<Record<string, AuroraRegionPrices>> = {
  'af-south-1': {
    io: { price: '0.0000002600', rateCode: 'X56Q6YNMMTQGX6RD.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1600000000', rateCode: 'VQ8SG4ASEYR5P984.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2100000000',
          rateCode: 'TH2AD3XJ3EBTZFHC.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2950000000',
          rateCode: '5TV4Z4SHGJ6F4UMB.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0250000000', rateCode: 'KGGPX48E5K47N8VN.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1600000000', rateCode: '7Y5V2AQE6YY2WC22.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2100000000',
          rateCode: 'NDCHZMAE44WCBR65.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1310000000',
          rateCode: '9ZYCAFFEP7A64P73.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2950000000',
          rateCode: '5TV4Z4SHGJ6F4UMB.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0250000000', rateCode: 'GREHA89SMH6YF9ZD.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-east-1': {
    io: { price: '0.0000002400', rateCode: '2KH2WTHS55NBEVKX.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.2200000000', rateCode: '938W6QFFJVK7D6GT.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2900000000',
          rateCode: 'KXG6VY226YM72CBA.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2700000000',
          rateCode: 'UX3DZQEBAVJSZ2J2.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'SBBNSS5TNKWZ65GA.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.2200000000', rateCode: '33WM8VE8VW8YQT8Z.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2900000000',
          rateCode: 'VWCPE7BXVEW3A4GU.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1200000000',
          rateCode: 'DPU5ADSXYXB7P3E3.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2700000000',
          rateCode: 'UX3DZQEBAVJSZ2J2.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: '3PCKNYCJ7Q9Y737E.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-northeast-1': {
    io: { price: '0.0000002400', rateCode: 'HSMQ9C43F35T8QMX.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1500000000', rateCode: 'J7G6FE8WEKNAJW7W.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2000000000',
          rateCode: '37Y5342J6EF3MXW7.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2700000000',
          rateCode: 'JGPBF7FCWDY2AGJF.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'GBE8KB5CNXXBGD95.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1500000000', rateCode: 'NTURMTB2PWMA53X6.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2000000000',
          rateCode: 'UD3CK3ZCN4ZBB6CX.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1200000000',
          rateCode: 'E7NHVJRED3R3PUY7.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2700000000',
          rateCode: 'JGPBF7FCWDY2AGJF.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'SNEKSJNEAF8VEXEC.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-northeast-2': {
    io: { price: '0.0000002400', rateCode: 'MQDQ9YGYC8RGEVZB.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.2000000000', rateCode: 'N33B4DBVQ3NJSP3S.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2600000000',
          rateCode: '3Z79BW79RBCVUFZY.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2700000000',
          rateCode: 'FGWBXNZYT8GGKAYY.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'AWJXQ9DF9P8B3T7V.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.2000000000', rateCode: 'X6RXUNFS2M5FWJEG.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2600000000',
          rateCode: 'N5D25TQG3QNGBHRV.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1200000000',
          rateCode: 'AG84CY66WDB8RGGA.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2700000000',
          rateCode: 'FGWBXNZYT8GGKAYY.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'PDQQMMMK7KEY57DK.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-northeast-3': {
    io: { price: '0.0000002400', rateCode: 'JXBE4ZENBH8MH45R.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1500000000', rateCode: 'W5PTKMWKAZ33WWVC.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2000000000',
          rateCode: '7FMTC3AM2WVS6WTJ.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2700000000',
          rateCode: '3YWATMYCFEVVVWVB.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'AMFS8RFPK3TCKCC2.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1500000000', rateCode: 'PX2N522PFSATGMTM.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2000000000',
          rateCode: 'ATMN43H49TW34PYF.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1200000000',
          rateCode: '6RXWR5UCUVBSAG56.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2700000000',
          rateCode: '3YWATMYCFEVVVWVB.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'D9U6TZSNN4USK5YG.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-south-1': {
    io: { price: '0.0000002200', rateCode: 'CCHGR4XFA9ABQV3D.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1800000000', rateCode: 'C9SU3XPA7ST69GA7.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2400000000',
          rateCode: '89PSKHPA8E8CDVCN.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'GJBX2XVXY44C9DXT.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'JD5HHV3RDCRZZGJJ.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1800000000', rateCode: 'RCWXWCXS6HTSNKN3.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2400000000',
          rateCode: 'DEDC4FRS5FMJ8MWP.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: 'KKJH37REBV64A5UR.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'GJBX2XVXY44C9DXT.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'P67VEFXX9RY76W97.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-south-2': {
    io: { price: '0.0000002200', rateCode: 'U34PRADDGQ9AH4F6.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1800000000', rateCode: 'B4TP8H6H82DWDC9P.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2400000000',
          rateCode: '8EPKSE59Z6N5TXR6.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'X2SHA8B6CNDH6HEK.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'T3SVB4NFZMT7MJ9S.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1800000000', rateCode: 'D4TZZSE29UGAE9WP.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2400000000',
          rateCode: '8KC84NYA8GA3ZUV5.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: '967QT4WFN7ZUNQWG.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'X2SHA8B6CNDH6HEK.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'F3A5AYKTAKU75ZXM.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-southeast-1': {
    io: { price: '0.0000002200', rateCode: 'GKRFDZJ65PVRG4U3.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.2000000000', rateCode: 'HNVZ87FA9JZDTX98.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2600000000',
          rateCode: 'DDD8RH287H564RFS.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'FJA4YEKTMS5N8844.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'H3ZYVHW3C7DYGP8Z.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.2000000000', rateCode: 'YVTJD5SMKSVRWBS3.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2600000000',
          rateCode: 'AUDF233BK8YBNPF5.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: '4CK2WCZQNAG2RWQ7.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'FJA4YEKTMS5N8844.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: '4M5AX3RSCGB9PM65.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-southeast-2': {
    io: { price: '0.0000002200', rateCode: 'CN5Q9NHPSCDGT8Z3.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.2000000000', rateCode: 'TSCPF6ET8Q3ZT2QV.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2600000000',
          rateCode: 'M95PGGJNES5C6VK8.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'PWS67TAC5ZWU5JNP.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'GGU4B35Z3RPJRRQJ.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.2000000000', rateCode: '3MW3G86AF3TVY6RQ.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2600000000',
          rateCode: 'N6DXZEEPE6PWUGGJ.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: 'CUSYT24XFTQD6BE8.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'PWS67TAC5ZWU5JNP.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'ZQJ6M7M5A2XAFE9T.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-southeast-3': {
    io: { price: '0.0000002200', rateCode: 'SAZVM68RPCGGRVFF.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.2000000000', rateCode: '5NJKA2VJBMXHJQZR.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2600000000',
          rateCode: 'ZBHBZMRYB6NKHBSZ.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'P9Q7UGK9544CE89U.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'Q5P64VVZQ7P5Y9H5.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.2000000000', rateCode: 'RXD8TRUA7G2BWS54.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2600000000',
          rateCode: 'DPPD8NFUKGTAZU2S.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: 'TFJ957NGZKXTR355.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'P9Q7UGK9544CE89U.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'MX8793U6Y275RNYH.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-southeast-4': {
    io: { price: '0.0000002200', rateCode: 'TVBH7J6Z5N6A4E6N.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1900000000', rateCode: 'JEWAH27VKFGA859F.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2500000000',
          rateCode: '6DFQJ4DFJRZTF5DA.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: '5ZTZWVP68T86A3UP.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'ZKRJ2S2CZCEHFB6Y.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1900000000', rateCode: '35D3ENH36G8Z3QJB.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2500000000',
          rateCode: 'ERTAPFD8F8MM5DMX.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: 'X2E2P75PE2AY7VDC.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: '5ZTZWVP68T86A3UP.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: '6QU664546EJSNS8W.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-southeast-5': {
    io: { price: '0.0000001980', rateCode: 'UHDWK7E5DR7R7XKA.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1800000000', rateCode: '6C8QBEP2UJTFNXDM.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2340000000',
          rateCode: 'UJVQ9P2FKJCXNE3F.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2230000000',
          rateCode: '7SE5P7VZDH87X8VR.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: 'F22YQVDHG8CXUX2T.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1800000000', rateCode: 'D9G9XH53WQECAZ3N.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2340000000',
          rateCode: 'QDQ95YXYNUQGQ2AT.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.0990000000',
          rateCode: 'VJPUMMWQ9T248E7H.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2230000000',
          rateCode: '7SE5P7VZDH87X8VR.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: 'MRC5VV8XE6M52656.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ap-southeast-7': {
    io: { price: '0.0000001980', rateCode: 'P2EYV3ACVYBJ8YCS.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1800000000', rateCode: 'NXA5BPK7FC9CB7W4.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2340000000',
          rateCode: '23FHFK9NKX6J2WCS.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2230000000',
          rateCode: '5EZ2HNBPJWZKYPW5.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: '3FTWA2ZC2J87DUAN.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1800000000', rateCode: '5KHKKE9CKYWS9RPH.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2340000000',
          rateCode: '4KKK4NG44ZHM695R.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.0990000000',
          rateCode: 'M6E2ZJJDEC8D39NS.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2230000000',
          rateCode: '5EZ2HNBPJWZKYPW5.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: 'Y8QMB7GVJMZRGQV3.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ca-central-1': {
    io: { price: '0.0000002200', rateCode: 'BAQXCGPS3HUEU2YC.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1400000000', rateCode: 'RH7DSTWCM8MBBVHE.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'YXXWPER4EJ8GVNXR.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'EXFHHHQ6RR2KU5EP.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'RSU3WYNJAQ6Z8UHA.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1400000000', rateCode: '4BASX765FPRSXB2R.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'FZ87BSRTDABVZYPM.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: 'YSJ38JNPK8TBFTP5.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'EXFHHHQ6RR2KU5EP.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: '2AN5ZTM3GR5F2WU2.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'ca-west-1': {
    io: { price: '0.0000002200', rateCode: '5JZ7REBG63MVM89S.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1400000000', rateCode: '6DTD235QMZ3UFM7Y.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'YFX5DGR2UUDYQ9FP.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'G7VH8XZA86FRBAN8.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'NEU2HRKUFSAKKHRT.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1400000000', rateCode: 'MADMMY34VN388XX7.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: '5GHDHHT78GF9ES27.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: 'W6CXEG8JSPDKM9NC.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'G7VH8XZA86FRBAN8.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'ZC9UCKS6JEKQ8RTT.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'eu-central-1': {
    io: { price: '0.0000002200', rateCode: '29F68C5NCDNYPXWJ.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1400000000', rateCode: 'D4KC7JQYG7KZP6XK.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'T9232H88RKSZXR4V.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2680000000',
          rateCode: '989XX7D5N56KEWN7.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'WFQRRMCC2FG4MSZC.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1400000000', rateCode: 'CKUS5WW7VGK5RR9N.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'V989F6W3FHZ5EKKC.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1190000000',
          rateCode: '6Z6GX5BCGKVNE9X7.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2680000000',
          rateCode: '989XX7D5N56KEWN7.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0230000000', rateCode: 'HBCPWM47U4BFKYMP.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'eu-central-2': {
    io: { price: '0.0000002420', rateCode: 'XM6HCGYDNBM7TG5K.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1600000000', rateCode: 'Y9SG6A2R3M568C4G.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2100000000',
          rateCode: 'RW767Q4PQGKF38J8.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2950000000',
          rateCode: '46WTF5RS3N7FCX9C.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0253000000', rateCode: 'KUZ65J9XD3FPWYZP.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1600000000', rateCode: 'AAYQZD35K5E4FV3X.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2100000000',
          rateCode: 'D9DVQR6JF9MT8HT3.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1309000000',
          rateCode: 'UDD69SK36JX29FJ8.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2950000000',
          rateCode: '46WTF5RS3N7FCX9C.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0253000000', rateCode: '8SY9Z8UXYX3P9XRT.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'eu-north-1': {
    io: { price: '0.0000002100', rateCode: 'V2RB5YAXEYNR4GRC.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1400000000', rateCode: '8YCNHNY7BCYQXQAK.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'BDCTEBMC3N3AD8FZ.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'HR44A6R8X63DF329.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0200000000', rateCode: 'KCAMHE8GWWHWGH2P.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1400000000', rateCode: 'BFC6BHK4H82P39JD.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'XMR7FBZNU45NNZGM.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: 'JYAUV3GFZ2UZX6FT.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'HR44A6R8X63DF329.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0200000000', rateCode: 'HUV7QYHMY9HD9ZAY.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'eu-south-1': {
    io: { price: '0.0000002300', rateCode: 'AJDU2FFH88UY2W8R.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1400000000', rateCode: '2HETPNZDRN67NXW2.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'VNZCVEV5FVAMRJRM.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2610000000',
          rateCode: '8M6759S2A6DN93T7.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0220000000', rateCode: 'R6GAC2TXGDNPFS2G.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1400000000', rateCode: 'BW48NH8KKSYJTHRJ.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'A4T58DWHVEGTBY5Q.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1160000000',
          rateCode: 'DEAUM9EJKPGKJXGY.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2610000000',
          rateCode: '8M6759S2A6DN93T7.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0220000000', rateCode: 'TRNT3559S3YUBQR6.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'eu-south-2': {
    io: { price: '0.0000002200', rateCode: 'NNPPRX8Z3URND69G.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1400000000', rateCode: 'Z49Y7TG8WQ86XHP6.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: '2RC47YKW7TG4R86R.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'YP297SWCX6VYJW6Q.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: '82KE5T3S76Z3QKFD.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1400000000', rateCode: 'M63JJ3UCCQHZND64.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'CZY2YK2T3R62MEWW.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: '68YHH2HPS7QWGBZY.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'YP297SWCX6VYJW6Q.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: '2Q3WNKAM4YTYU4HU.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'eu-west-1': {
    io: { price: '0.0000002200', rateCode: 'NHQEGNNU6EXZ7ZD7.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1400000000', rateCode: '2RZPP2H5MABWMD2F.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'ZJDWAWAZ4FFCTHUE.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'VSFQ7RMQBW5A4E98.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: 'DMJCPGAD9GHC6BGW.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1400000000', rateCode: '2VM9F7TRVNRGECW6.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'G8FDAE3S7D3AWCKY.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: 'Z57JPT74TUYSYD9G.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'VSFQ7RMQBW5A4E98.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: 'K67Q6CPVGU54VRUH.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'eu-west-2': {
    io: { price: '0.0000002000', rateCode: 'N9EGKT7WVZAHQQ3P.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1400000000', rateCode: 'PFHKF2XYTEKGFNAH.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: '9PWKKRJTK675Q92S.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2250000000',
          rateCode: 'D6XBX24D4837A5CA.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0220000000', rateCode: 'BM6ZS5ZCPTDY3CS5.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1400000000', rateCode: 'K3R62TQ7JY9MDCHN.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'MVFVM2CCD9Y7E7Y3.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1000000000',
          rateCode: '69Q6SNQWNR76VF3Z.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2250000000',
          rateCode: 'D6XBX24D4837A5CA.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0220000000', rateCode: 'M2Q5C89NW8RA34Q5.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'eu-west-3': {
    io: { price: '0.0000002200', rateCode: 'CGNPB453P76RCYZK.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1400000000', rateCode: 'KRY55782ZDQ6T7VF.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'QG9TF36BR7B7T28T.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'W56YFT8GKJA3WBQF.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0220000000', rateCode: '5EM5BVNN95CXD9Y5.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1400000000', rateCode: '4B2HN9YDXBGUNJCS.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1900000000',
          rateCode: 'D4JSEZCB2YM3S8PP.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: 'M9THSFYA6AHHWCA9.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'W56YFT8GKJA3WBQF.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0220000000', rateCode: 'GVDQSJWABBHCRVZ4.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'il-central-1': {
    io: { price: '0.0000002700', rateCode: '3B3QCREMQYNN8U2F.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1500000000', rateCode: 'NGD8AD2DK3ZVMMAD.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2000000000',
          rateCode: 'PR62JM7X7SY6AN6M.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2980000000',
          rateCode: '68HMWED4U5MC9GDW.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0240000000', rateCode: 'ZFPAP3GBHFJTTBUQ.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1500000000', rateCode: 'RAQ6ZX7V4XE7XYC2.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2000000000',
          rateCode: 'BC63VTBRFSGD5QKK.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1400000000',
          rateCode: 'DBMP93CAP3XA2EX5.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2980000000',
          rateCode: '68HMWED4U5MC9GDW.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0240000000', rateCode: 'MH8FZCQF8QZ8UZWQ.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'me-central-1': {
    io: { price: '0.0000002420', rateCode: 'GXQQSKGGYDN2AFY2.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1500000000', rateCode: 'N42VKMR4THHPA6WN.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2000000000',
          rateCode: 'KA435VPRPM9MDMFY.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2730000000',
          rateCode: 'FPMU5NH64Z6HRGGB.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0231000000', rateCode: 'R6N6XVVYGPU7JPD2.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1500000000', rateCode: 'F8P8HZPK7XDYX9JU.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2000000000',
          rateCode: '7NX5M8UNPVNWAW4Y.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1210000000',
          rateCode: 'E9EACD7B4DCYX8UZ.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2730000000',
          rateCode: 'FPMU5NH64Z6HRGGB.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0231000000', rateCode: '9DKNC2FJE9GSXX7W.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'me-south-1': {
    io: { price: '0.0000002420', rateCode: 'C37Y7JB7Z6K4RBN4.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1500000000', rateCode: 'QFPHQGKS97ZVKRZK.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2000000000',
          rateCode: '5RV3JX6FQS87TZTV.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2730000000',
          rateCode: 'KXXYHNREUWCEPMD6.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0231000000', rateCode: '8K7UPPNMWEWR8ZPJ.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1500000000', rateCode: '66JHR9Y4UUWEWXCC.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2000000000',
          rateCode: '9JPKCT9B9WABU4NF.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1210000000',
          rateCode: 'KJ4SMWQC65XTUFJM.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2730000000',
          rateCode: 'KXXYHNREUWCEPMD6.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0231000000', rateCode: '9HXHJXU9SU7NFDFB.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'mx-central-1': {
    io: { price: '0.0000002100', rateCode: 'QZ8PVMYXVJGQFYXZ.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1260000000', rateCode: 'C75FXWAYV8ZUYBRY.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1680000000',
          rateCode: '34VC6T7A6RNVVMAK.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2360000000',
          rateCode: '2SWFR7PTEVEN56E4.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0220000000', rateCode: 'YY94GZPP2EKE373N.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1260000000', rateCode: '7PAKBS3DYKQ7UJGQ.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1680000000',
          rateCode: '8YD79E77U38ZS63Y.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1050000000',
          rateCode: '8ZM5STKS9FBH62GD.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2360000000',
          rateCode: '2SWFR7PTEVEN56E4.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0220000000', rateCode: 'PJET74SS6J6RVHZ8.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'sa-east-1': {
    io: { price: '0.0000002800', rateCode: 'CZCSQQBEEW4SSPZB.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.2500000000', rateCode: 'KGGHXQE4GMFCZSBB.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.3300000000',
          rateCode: 'NG5XXKJRW63CKPT9.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.4280000000',
          rateCode: '2JUSH4WWWH6ZKV2P.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0370000000', rateCode: '9Q2XES8C7SXU9JPE.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.2500000000', rateCode: '6H6QW7G6K76VH6ES.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.3300000000',
          rateCode: 'WUVT6WQX78H7ZM52.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1900000000',
          rateCode: 'DR9K3E6NSS9ZHXC3.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.4280000000',
          rateCode: '2JUSH4WWWH6ZKV2P.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0370000000', rateCode: '6RPVYX2GT25TQBZ6.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'us-east-1': {
    io: { price: '0.0000002000', rateCode: '7JDSZP38DMKT9B86.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1200000000', rateCode: 'TP8SQX8FAU6UNY5B.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1600000000',
          rateCode: 'MK5Y97VKQVCZA44G.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2250000000',
          rateCode: 'VQVGDTDBW45RK4QW.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: 'ZGV6UMV45UWJUZPH.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1200000000', rateCode: 'AVKW7ZJP8D72HNQC.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1600000000',
          rateCode: 'KG668U3YXJQ6YH9Y.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1000000000',
          rateCode: '7GYUVAA992PFJPCB.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2250000000',
          rateCode: 'VQVGDTDBW45RK4QW.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: 'AYEW6PNFPJSSTGH7.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'us-east-2': {
    io: { price: '0.0000002000', rateCode: 'BY4H8DC28FBCKJSH.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1200000000', rateCode: 'N58UZT27JC2T6DM4.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1600000000',
          rateCode: '7J4PARKQ5U82AH64.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2250000000',
          rateCode: '48CP7RRN434VGAWY.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: 'N25ECB67KFQ68SZ8.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1200000000', rateCode: 'F68JYQJBHCXKZMJX.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1600000000',
          rateCode: '53UQ2RQAFQM8XBJJ.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1000000000',
          rateCode: '6URTSSU2UNPPNGCY.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2250000000',
          rateCode: '48CP7RRN434VGAWY.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: 'PYNU7WJBSCTWR8XF.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'us-west-1': {
    io: { price: '0.0000002200', rateCode: 'S2XE5K7V342UQBXR.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1600000000', rateCode: '4TFD7R3DYH89MHBR.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2100000000',
          rateCode: 'XVX4QCJ6FZT8TBDU.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'Z54QPGTEQYJ7KEH3.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0240000000', rateCode: 'VWP39FU8EB6RHHWS.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1600000000', rateCode: 'D72KD5Q8B776ESA7.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.2100000000',
          rateCode: 'M47GNMRSYKBBSTXK.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1100000000',
          rateCode: 'B52FCQ4VA9MPT7S4.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2480000000',
          rateCode: 'Z54QPGTEQYJ7KEH3.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0240000000', rateCode: '9QFEH23E9R7ANT46.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
  'us-west-2': {
    io: { price: '0.0000002000', rateCode: 'FP5XU5WFCUVXQXF5.JRTCKXETXF.6YS6EN2CT7' },
    engines: {
      'Aurora MySQL': {
        serverlessV2: { price: '0.1200000000', rateCode: 'H92QBWSWFS23H84X.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1600000000',
          rateCode: 'G3C4SY8PDYXP97QM.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2250000000',
          rateCode: 'KWCJW67MYTKTHMGQ.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: '6XE4VD6RXXFFUNAR.JRTCKXETXF.6YS6EN2CT7' },
      },
      'Aurora PostgreSQL': {
        serverlessV2: { price: '0.1200000000', rateCode: 'QR6MZKHMCWCPDAAM.JRTCKXETXF.6YS6EN2CT7' },
        serverlessV2IoOptimized: {
          price: '0.1600000000',
          rateCode: 'KE8DTAGSSQDT4D5P.JRTCKXETXF.6YS6EN2CT7',
        },
        standardStorage: {
          price: '0.1000000000',
          rateCode: 'XN6AM4AHVSYQ6BFC.JRTCKXETXF.6YS6EN2CT7',
        },
        ioOptimizedStorage: {
          price: '0.2250000000',
          rateCode: 'KWCJW67MYTKTHMGQ.JRTCKXETXF.6YS6EN2CT7',
        },
        backup: { price: '0.0210000000', rateCode: 'JZGHDWS5VTC87BRN.JRTCKXETXF.6YS6EN2CT7' },
      },
    },
  },
};

/** rds-aurora-ondemand.json: per region, engine and storage configuration, `class=price` pairs (USD per instance-hour). */
export const AURORA_INSTANCES: Readonly<
  Record<
    string,
    Readonly<Record<AuroraEngine, { readonly standard: string; readonly ioOptimized: string }>>
  >
> = {
  'af-south-1': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=9.144 db.r5.16xlarge=12.192 db.r5.24xlarge=18.288 db.r5.2xlarge=1.524 db.r5.4xlarge=3.048 db.r5.8xlarge=6.096 db.r5.large=0.381 db.r5.xlarge=0.762 db.r6g.12xlarge=8.138 db.r6g.16xlarge=10.851 db.r6g.2xlarge=1.356 db.r6g.4xlarge=2.713 db.r6g.8xlarge=5.425 db.r6g.large=0.339 db.r6g.xlarge=0.678 db.r6i.12xlarge=9.144 db.r6i.16xlarge=12.192 db.r6i.24xlarge=18.288 db.r6i.2xlarge=1.524 db.r6i.32xlarge=24.384 db.r6i.4xlarge=3.048 db.r6i.8xlarge=6.096 db.r6i.large=0.381 db.r6i.xlarge=0.762 db.t3.large=0.208 db.t3.medium=0.105 db.t3.small=0.052 db.t4g.large=0.188 db.t4g.medium=0.094',
      ioOptimized:
        'db.r5.12xlarge=11.887 db.r5.16xlarge=15.85 db.r5.24xlarge=23.774 db.r5.2xlarge=1.981 db.r5.4xlarge=3.962 db.r5.8xlarge=7.925 db.r5.large=0.495 db.r5.xlarge=0.991 db.r6g.12xlarge=10.579 db.r6g.16xlarge=14.106 db.r6g.2xlarge=1.763 db.r6g.4xlarge=3.527 db.r6g.8xlarge=7.053 db.r6g.large=0.441 db.r6g.xlarge=0.881 db.r6i.12xlarge=11.887 db.r6i.16xlarge=15.85 db.r6i.24xlarge=23.774 db.r6i.2xlarge=1.981 db.r6i.32xlarge=31.699 db.r6i.4xlarge=3.962 db.r6i.8xlarge=7.925 db.r6i.large=0.495 db.r6i.xlarge=0.991 db.t3.large=0.27 db.t3.medium=0.137 db.t3.small=0.068 db.t4g.large=0.244 db.t4g.medium=0.122',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=9.144 db.r5.16xlarge=12.192 db.r5.24xlarge=18.288 db.r5.2xlarge=1.524 db.r5.4xlarge=3.048 db.r5.8xlarge=6.096 db.r5.large=0.381 db.r5.xlarge=0.762 db.r6g.12xlarge=8.138 db.r6g.16xlarge=10.851 db.r6g.2xlarge=1.356 db.r6g.4xlarge=2.713 db.r6g.8xlarge=5.425 db.r6g.large=0.339 db.r6g.xlarge=0.678 db.r6i.12xlarge=9.144 db.r6i.16xlarge=12.192 db.r6i.24xlarge=18.288 db.r6i.2xlarge=1.524 db.r6i.32xlarge=24.384 db.r6i.4xlarge=3.048 db.r6i.8xlarge=6.096 db.r6i.large=0.381 db.r6i.xlarge=0.762 db.t3.large=0.21 db.t3.medium=0.105 db.t4g.large=0.188 db.t4g.medium=0.094',
      ioOptimized:
        'db.r5.12xlarge=11.887 db.r5.16xlarge=15.85 db.r5.24xlarge=23.774 db.r5.2xlarge=1.981 db.r5.4xlarge=3.962 db.r5.8xlarge=7.925 db.r5.large=0.495 db.r5.xlarge=0.991 db.r6g.12xlarge=10.579 db.r6g.16xlarge=14.106 db.r6g.2xlarge=1.763 db.r6g.4xlarge=3.527 db.r6g.8xlarge=7.053 db.r6g.large=0.441 db.r6g.xlarge=0.881 db.r6i.12xlarge=11.887 db.r6i.16xlarge=15.85 db.r6i.24xlarge=23.774 db.r6i.2xlarge=1.981 db.r6i.32xlarge=31.699 db.r6i.4xlarge=3.962 db.r6i.8xlarge=7.925 db.r6i.large=0.495 db.r6i.xlarge=0.991 db.t3.large=0.273 db.t3.medium=0.137 db.t4g.large=0.244 db.t4g.medium=0.122',
    },
  },
  'ap-east-1': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=9.24 db.r5.16xlarge=12.32 db.r5.24xlarge=18.48 db.r5.2xlarge=1.54 db.r5.4xlarge=3.08 db.r5.8xlarge=6.16 db.r5.large=0.385 db.r5.xlarge=0.77 db.r6g.12xlarge=8.27 db.r6g.16xlarge=11.026 db.r6g.2xlarge=1.378 db.r6g.4xlarge=2.757 db.r6g.8xlarge=5.513 db.r6g.large=0.345 db.r6g.xlarge=0.689 db.r6i.12xlarge=9.24 db.r6i.16xlarge=12.32 db.r6i.24xlarge=18.48 db.r6i.2xlarge=1.54 db.r6i.32xlarge=24.64 db.r6i.4xlarge=3.08 db.r6i.8xlarge=6.16 db.r6i.large=0.385 db.r6i.xlarge=0.77 db.r7g.12xlarge=8.802 db.r7g.16xlarge=11.736 db.r7g.2xlarge=1.467 db.r7g.4xlarge=2.934 db.r7g.8xlarge=5.868 db.r7g.large=0.367 db.r7g.xlarge=0.733 db.t3.large=0.277 db.t3.medium=0.1386 db.t3.small=0.0693 db.t4g.large=0.25 db.t4g.medium=0.125',
      ioOptimized:
        'db.r5.12xlarge=12.012 db.r5.16xlarge=16.016 db.r5.24xlarge=24.024 db.r5.2xlarge=2.002 db.r5.4xlarge=4.004 db.r5.8xlarge=8.008 db.r5.large=0.501 db.r5.xlarge=1.001 db.r6g.12xlarge=10.751 db.r6g.16xlarge=14.334 db.r6g.2xlarge=1.791 db.r6g.4xlarge=3.584 db.r6g.8xlarge=7.167 db.r6g.large=0.449 db.r6g.xlarge=0.896 db.r6i.12xlarge=12.012 db.r6i.16xlarge=16.016 db.r6i.24xlarge=24.024 db.r6i.2xlarge=2.002 db.r6i.32xlarge=32.032 db.r6i.4xlarge=4.004 db.r6i.8xlarge=8.008 db.r6i.large=0.501 db.r6i.xlarge=1.001 db.r7g.12xlarge=11.443 db.r7g.16xlarge=15.257 db.r7g.2xlarge=1.907 db.r7g.4xlarge=3.814 db.r7g.8xlarge=7.628 db.r7g.large=0.477 db.r7g.xlarge=0.953 db.t3.large=0.36 db.t3.medium=0.18 db.t3.small=0.09 db.t4g.large=0.325 db.t4g.medium=0.163',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=9.24 db.r5.16xlarge=12.32 db.r5.24xlarge=18.48 db.r5.2xlarge=1.54 db.r5.4xlarge=3.08 db.r5.8xlarge=6.16 db.r5.large=0.385 db.r5.xlarge=0.77 db.r6g.12xlarge=8.27 db.r6g.16xlarge=11.026 db.r6g.2xlarge=1.378 db.r6g.4xlarge=2.757 db.r6g.8xlarge=5.513 db.r6g.large=0.345 db.r6g.xlarge=0.689 db.r6i.12xlarge=9.24 db.r6i.16xlarge=12.32 db.r6i.24xlarge=18.48 db.r6i.2xlarge=1.54 db.r6i.32xlarge=24.64 db.r6i.4xlarge=3.08 db.r6i.8xlarge=6.16 db.r6i.large=0.385 db.r6i.xlarge=0.77 db.r7g.12xlarge=8.802 db.r7g.16xlarge=11.736 db.r7g.2xlarge=1.467 db.r7g.4xlarge=2.934 db.r7g.8xlarge=5.868 db.r7g.large=0.367 db.r7g.xlarge=0.733 db.t3.large=0.278 db.t3.medium=0.139 db.t3.small=0.069 db.t4g.large=0.25 db.t4g.medium=0.125',
      ioOptimized:
        'db.r5.12xlarge=12.012 db.r5.16xlarge=16.016 db.r5.24xlarge=24.024 db.r5.2xlarge=2.002 db.r5.4xlarge=4.004 db.r5.8xlarge=8.008 db.r5.large=0.501 db.r5.xlarge=1.001 db.r6g.12xlarge=10.751 db.r6g.16xlarge=14.334 db.r6g.2xlarge=1.791 db.r6g.4xlarge=3.584 db.r6g.8xlarge=7.167 db.r6g.large=0.449 db.r6g.xlarge=0.896 db.r6i.12xlarge=12.012 db.r6i.16xlarge=16.016 db.r6i.24xlarge=24.024 db.r6i.2xlarge=2.002 db.r6i.32xlarge=32.032 db.r6i.4xlarge=4.004 db.r6i.8xlarge=8.008 db.r6i.large=0.501 db.r6i.xlarge=1.001 db.r7g.12xlarge=11.443 db.r7g.16xlarge=15.257 db.r7g.2xlarge=1.907 db.r7g.4xlarge=3.814 db.r7g.8xlarge=7.628 db.r7g.large=0.477 db.r7g.xlarge=0.953 db.t3.large=0.361 db.t3.medium=0.181 db.t3.small=0.09 db.t4g.large=0.325 db.t4g.medium=0.163',
    },
  },
  'ap-northeast-1': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.4 db.r3.4xlarge=2.8 db.r3.8xlarge=5.6 db.r3.large=0.35 db.r3.xlarge=0.7 db.r4.16xlarge=11.2 db.r4.2xlarge=1.4 db.r4.4xlarge=2.8 db.r4.8xlarge=5.6 db.r4.large=0.35 db.r4.xlarge=0.7 db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.518 db.r6g.16xlarge=10.024 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.r7g.12xlarge=7.985 db.r7g.16xlarge=10.647 db.r7g.2xlarge=1.331 db.r7g.4xlarge=2.662 db.r7g.8xlarge=5.324 db.r7g.large=0.333 db.r7g.xlarge=0.665 db.t2.medium=0.125 db.t2.small=0.063 db.t3.large=0.25 db.t3.medium=0.125 db.t3.small=0.063 db.t4g.large=0.225 db.t4g.medium=0.113',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.773 db.r6g.16xlarge=13.031 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.r7g.12xlarge=10.381 db.r7g.16xlarge=13.841 db.r7g.2xlarge=1.73 db.r7g.4xlarge=3.461 db.r7g.8xlarge=6.921 db.r7g.large=0.433 db.r7g.xlarge=0.865 db.t3.large=0.325 db.t3.medium=0.163 db.t3.small=0.082 db.t4g.large=0.293 db.t4g.medium=0.147',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=11.2 db.r4.2xlarge=1.4 db.r4.4xlarge=2.8 db.r4.8xlarge=5.6 db.r4.large=0.35 db.r4.xlarge=0.7 db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.518 db.r6g.16xlarge=10.024 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6gd.12xlarge=9.014 db.r6gd.16xlarge=12.019 db.r6gd.2xlarge=1.502 db.r6gd.4xlarge=3.005 db.r6gd.8xlarge=6.01 db.r6gd.xlarge=0.751 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.r6id.24xlarge=20.16 db.r6id.32xlarge=26.88 db.r7g.12xlarge=7.985 db.r7g.16xlarge=10.647 db.r7g.2xlarge=1.331 db.r7g.4xlarge=2.662 db.r7g.8xlarge=5.324 db.r7g.large=0.333 db.r7g.xlarge=0.665 db.t3.large=0.25 db.t3.medium=0.125 db.t4g.large=0.225 db.t4g.medium=0.113',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.773 db.r6g.16xlarge=13.031 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6gd.12xlarge=11.718 db.r6gd.16xlarge=15.625 db.r6gd.2xlarge=1.953 db.r6gd.4xlarge=3.907 db.r6gd.8xlarge=7.813 db.r6gd.xlarge=0.976 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.r6id.24xlarge=26.208 db.r6id.32xlarge=34.944 db.r7g.12xlarge=10.381 db.r7g.16xlarge=13.841 db.r7g.2xlarge=1.73 db.r7g.4xlarge=3.461 db.r7g.8xlarge=6.921 db.r7g.large=0.433 db.r7g.xlarge=0.865 db.t3.large=0.325 db.t3.medium=0.163 db.t4g.large=0.293 db.t4g.medium=0.147',
    },
  },
  'ap-northeast-2': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.4 db.r3.4xlarge=2.8 db.r3.8xlarge=5.6 db.r3.large=0.35 db.r3.xlarge=0.7 db.r4.16xlarge=11.2 db.r4.2xlarge=1.4 db.r4.4xlarge=2.8 db.r4.8xlarge=5.6 db.r4.large=0.35 db.r4.xlarge=0.7 db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.518 db.r6g.16xlarge=10.024 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.r7g.12xlarge=7.985 db.r7g.16xlarge=10.647 db.r7g.2xlarge=1.331 db.r7g.4xlarge=2.662 db.r7g.8xlarge=5.324 db.r7g.large=0.333 db.r7g.xlarge=0.665 db.t2.medium=0.125 db.t2.small=0.063 db.t3.large=0.25 db.t3.medium=0.125 db.t3.small=0.063 db.t4g.large=0.227 db.t4g.medium=0.113',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.773 db.r6g.16xlarge=13.031 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.r7g.12xlarge=10.381 db.r7g.16xlarge=13.841 db.r7g.2xlarge=1.73 db.r7g.4xlarge=3.461 db.r7g.8xlarge=6.921 db.r7g.large=0.433 db.r7g.xlarge=0.865 db.t3.large=0.325 db.t3.medium=0.163 db.t3.small=0.082 db.t4g.large=0.295 db.t4g.medium=0.147',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=11.2 db.r4.2xlarge=1.4 db.r4.4xlarge=2.8 db.r4.8xlarge=5.6 db.r4.large=0.35 db.r4.xlarge=0.7 db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.518 db.r6g.16xlarge=10.024 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6gd.12xlarge=9.014 db.r6gd.16xlarge=12.019 db.r6gd.2xlarge=1.502 db.r6gd.4xlarge=3.005 db.r6gd.8xlarge=6.01 db.r6gd.xlarge=0.751 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.r6id.24xlarge=20.16 db.r6id.32xlarge=26.88 db.r7g.12xlarge=7.985 db.r7g.16xlarge=10.647 db.r7g.2xlarge=1.331 db.r7g.4xlarge=2.662 db.r7g.8xlarge=5.324 db.r7g.large=0.333 db.r7g.xlarge=0.665 db.t3.large=0.25 db.t3.medium=0.125 db.t4g.large=0.227 db.t4g.medium=0.113',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.773 db.r6g.16xlarge=13.031 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6gd.12xlarge=11.718 db.r6gd.16xlarge=15.625 db.r6gd.2xlarge=1.953 db.r6gd.4xlarge=3.907 db.r6gd.8xlarge=7.813 db.r6gd.xlarge=0.976 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.r6id.24xlarge=26.208 db.r6id.32xlarge=34.944 db.r7g.12xlarge=10.381 db.r7g.16xlarge=13.841 db.r7g.2xlarge=1.73 db.r7g.4xlarge=3.461 db.r7g.8xlarge=6.921 db.r7g.large=0.433 db.r7g.xlarge=0.865 db.t3.large=0.325 db.t3.medium=0.163 db.t4g.large=0.295 db.t4g.medium=0.147',
    },
  },
  'ap-northeast-3': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.476 db.r6g.16xlarge=9.968 db.r6g.2xlarge=1.246 db.r6g.4xlarge=2.492 db.r6g.8xlarge=4.984 db.r6g.large=0.312 db.r6g.xlarge=0.623 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.t3.large=0.25 db.t3.medium=0.125 db.t3.small=0.063 db.t4g.large=0.224 db.t4g.medium=0.112',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.719 db.r6g.16xlarge=12.958 db.r6g.2xlarge=1.62 db.r6g.4xlarge=3.24 db.r6g.8xlarge=6.479 db.r6g.large=0.406 db.r6g.xlarge=0.81 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.t3.large=0.325 db.t3.medium=0.163 db.t3.small=0.082 db.t4g.large=0.291 db.t4g.medium=0.146',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.476 db.r6g.16xlarge=9.968 db.r6g.2xlarge=1.246 db.r6g.4xlarge=2.492 db.r6g.8xlarge=4.984 db.r6g.large=0.312 db.r6g.xlarge=0.623 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.t3.large=0.25 db.t3.medium=0.125 db.t3.small=0.063 db.t4g.large=0.224 db.t4g.medium=0.112',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.719 db.r6g.16xlarge=12.958 db.r6g.2xlarge=1.62 db.r6g.4xlarge=3.24 db.r6g.8xlarge=6.479 db.r6g.large=0.406 db.r6g.xlarge=0.81 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.t3.large=0.325 db.t3.medium=0.163 db.t3.small=0.082 db.t4g.large=0.291 db.t4g.medium=0.146',
    },
  },
  'ap-south-1': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.32 db.r3.4xlarge=2.64 db.r3.8xlarge=5.28 db.r3.large=0.33 db.r3.xlarge=0.66 db.r4.16xlarge=10.56 db.r4.2xlarge=1.32 db.r4.4xlarge=2.64 db.r4.8xlarge=5.28 db.r4.large=0.33 db.r4.xlarge=0.66 db.r5.12xlarge=7.92 db.r5.16xlarge=10.56 db.r5.24xlarge=15.84 db.r5.2xlarge=1.32 db.r5.4xlarge=2.64 db.r5.8xlarge=5.28 db.r5.large=0.33 db.r5.xlarge=0.66 db.r6g.12xlarge=7.088 db.r6g.16xlarge=9.451 db.r6g.2xlarge=1.181 db.r6g.4xlarge=2.363 db.r6g.8xlarge=4.726 db.r6g.large=0.295 db.r6g.xlarge=0.591 db.r6i.12xlarge=7.92 db.r6i.16xlarge=10.56 db.r6i.24xlarge=15.84 db.r6i.2xlarge=1.32 db.r6i.32xlarge=21.12 db.r6i.4xlarge=2.64 db.r6i.8xlarge=5.28 db.r6i.large=0.33 db.r6i.xlarge=0.66 db.r7g.12xlarge=7.526 db.r7g.16xlarge=10.035 db.r7g.2xlarge=1.254 db.r7g.4xlarge=2.509 db.r7g.8xlarge=5.017 db.r7g.large=0.314 db.r7g.xlarge=0.627 db.t2.medium=0.118 db.t2.small=0.059 db.t3.large=0.236 db.t3.medium=0.118 db.t3.small=0.059 db.t4g.large=0.186 db.t4g.medium=0.093',
      ioOptimized:
        'db.r5.12xlarge=10.296 db.r5.16xlarge=13.728 db.r5.24xlarge=20.592 db.r5.2xlarge=1.716 db.r5.4xlarge=3.432 db.r5.8xlarge=6.864 db.r5.large=0.429 db.r5.xlarge=0.858 db.r6g.12xlarge=9.214 db.r6g.16xlarge=12.286 db.r6g.2xlarge=1.535 db.r6g.4xlarge=3.072 db.r6g.8xlarge=6.144 db.r6g.large=0.384 db.r6g.xlarge=0.768 db.r6i.12xlarge=10.296 db.r6i.16xlarge=13.728 db.r6i.24xlarge=20.592 db.r6i.2xlarge=1.716 db.r6i.32xlarge=27.456 db.r6i.4xlarge=3.432 db.r6i.8xlarge=6.864 db.r6i.large=0.429 db.r6i.xlarge=0.858 db.r7g.12xlarge=9.784 db.r7g.16xlarge=13.046 db.r7g.2xlarge=1.63 db.r7g.4xlarge=3.262 db.r7g.8xlarge=6.522 db.r7g.large=0.408 db.r7g.xlarge=0.815 db.t3.large=0.307 db.t3.medium=0.153 db.t3.small=0.077 db.t4g.large=0.242 db.t4g.medium=0.121',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=10.56 db.r4.2xlarge=1.32 db.r4.4xlarge=2.64 db.r4.8xlarge=5.28 db.r4.large=0.33 db.r4.xlarge=0.66 db.r5.12xlarge=7.92 db.r5.16xlarge=10.56 db.r5.24xlarge=15.84 db.r5.2xlarge=1.32 db.r5.4xlarge=2.64 db.r5.8xlarge=5.28 db.r5.large=0.33 db.r5.xlarge=0.66 db.r6g.12xlarge=7.088 db.r6g.16xlarge=9.451 db.r6g.2xlarge=1.181 db.r6g.4xlarge=2.363 db.r6g.8xlarge=4.726 db.r6g.large=0.295 db.r6g.xlarge=0.591 db.r6gd.12xlarge=8.496 db.r6gd.16xlarge=11.328 db.r6gd.2xlarge=1.416 db.r6gd.4xlarge=2.832 db.r6gd.8xlarge=5.664 db.r6gd.xlarge=0.708 db.r6i.12xlarge=7.92 db.r6i.16xlarge=10.56 db.r6i.24xlarge=15.84 db.r6i.2xlarge=1.32 db.r6i.32xlarge=21.12 db.r6i.4xlarge=2.64 db.r6i.8xlarge=5.28 db.r6i.large=0.33 db.r6i.xlarge=0.66 db.r6id.24xlarge=19.008 db.r6id.32xlarge=25.344 db.r7g.12xlarge=7.526 db.r7g.16xlarge=10.035 db.r7g.2xlarge=1.254 db.r7g.4xlarge=2.509 db.r7g.8xlarge=5.017 db.r7g.large=0.314 db.r7g.xlarge=0.627 db.t3.large=0.236 db.t3.medium=0.118 db.t4g.large=0.186 db.t4g.medium=0.093',
      ioOptimized:
        'db.r5.12xlarge=10.296 db.r5.16xlarge=13.728 db.r5.24xlarge=20.592 db.r5.2xlarge=1.716 db.r5.4xlarge=3.432 db.r5.8xlarge=6.864 db.r5.large=0.429 db.r5.xlarge=0.858 db.r6g.12xlarge=9.214 db.r6g.16xlarge=12.286 db.r6g.2xlarge=1.535 db.r6g.4xlarge=3.072 db.r6g.8xlarge=6.144 db.r6g.large=0.384 db.r6g.xlarge=0.768 db.r6gd.12xlarge=11.045 db.r6gd.16xlarge=14.726 db.r6gd.2xlarge=1.841 db.r6gd.4xlarge=3.682 db.r6gd.8xlarge=7.363 db.r6gd.xlarge=0.92 db.r6i.12xlarge=10.296 db.r6i.16xlarge=13.728 db.r6i.24xlarge=20.592 db.r6i.2xlarge=1.716 db.r6i.32xlarge=27.456 db.r6i.4xlarge=3.432 db.r6i.8xlarge=6.864 db.r6i.large=0.429 db.r6i.xlarge=0.858 db.r6id.24xlarge=24.71 db.r6id.32xlarge=32.947 db.r7g.12xlarge=9.784 db.r7g.16xlarge=13.046 db.r7g.2xlarge=1.63 db.r7g.4xlarge=3.262 db.r7g.8xlarge=6.522 db.r7g.large=0.408 db.r7g.xlarge=0.815 db.t3.large=0.307 db.t3.medium=0.153 db.t4g.large=0.242 db.t4g.medium=0.121',
    },
  },
  'ap-south-2': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=7.92 db.r5.16xlarge=10.56 db.r5.24xlarge=15.84 db.r5.2xlarge=1.32 db.r5.4xlarge=2.64 db.r5.8xlarge=5.28 db.r5.large=0.33 db.r5.xlarge=0.66 db.r6g.12xlarge=7.049 db.r6g.16xlarge=9.399 db.r6g.2xlarge=1.175 db.r6g.4xlarge=2.35 db.r6g.8xlarge=4.7 db.r6g.large=0.294 db.r6g.xlarge=0.587 db.r7g.12xlarge=7.501 db.r7g.16xlarge=10.001 db.r7g.2xlarge=1.25 db.r7g.4xlarge=2.5 db.r7g.8xlarge=5.0 db.r7g.large=0.313 db.r7g.xlarge=0.625 db.t3.large=0.236 db.t3.medium=0.118 db.t3.small=0.059 db.t4g.large=0.212 db.t4g.medium=0.106',
      ioOptimized:
        'db.r5.12xlarge=10.296 db.r5.16xlarge=13.728 db.r5.24xlarge=20.592 db.r5.2xlarge=1.716 db.r5.4xlarge=3.432 db.r5.8xlarge=6.864 db.r5.large=0.429 db.r5.xlarge=0.858 db.r6g.12xlarge=9.164 db.r6g.16xlarge=12.219 db.r6g.2xlarge=1.528 db.r6g.4xlarge=3.055 db.r6g.8xlarge=6.11 db.r6g.large=0.382 db.r6g.xlarge=0.763 db.r6i.12xlarge=10.296 db.r6i.16xlarge=13.728 db.r6i.24xlarge=20.592 db.r6i.2xlarge=1.716 db.r6i.32xlarge=27.456 db.r6i.4xlarge=3.432 db.r6i.8xlarge=6.864 db.r6i.large=0.429 db.r6i.xlarge=0.858 db.r7g.12xlarge=9.751 db.r7g.16xlarge=13.001 db.r7g.2xlarge=1.625 db.r7g.4xlarge=3.25 db.r7g.8xlarge=6.5 db.r7g.large=0.407 db.r7g.xlarge=0.813 db.t3.large=0.307 db.t3.medium=0.153 db.t3.small=0.077 db.t4g.large=0.276 db.t4g.medium=0.138',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=7.92 db.r5.16xlarge=10.56 db.r5.24xlarge=15.84 db.r5.2xlarge=1.32 db.r5.4xlarge=2.64 db.r5.8xlarge=5.28 db.r5.large=0.33 db.r5.xlarge=0.66 db.r6g.12xlarge=7.049 db.r6g.16xlarge=9.399 db.r6g.2xlarge=1.175 db.r6g.4xlarge=2.35 db.r6g.8xlarge=4.7 db.r6g.large=0.294 db.r6g.xlarge=0.587 db.r7g.12xlarge=7.501 db.r7g.16xlarge=10.001 db.r7g.2xlarge=1.25 db.r7g.4xlarge=2.5 db.r7g.8xlarge=5.0 db.r7g.large=0.313 db.r7g.xlarge=0.625 db.t3.large=0.236 db.t3.medium=0.118 db.t4g.large=0.212 db.t4g.medium=0.106',
      ioOptimized:
        'db.r5.12xlarge=10.296 db.r5.16xlarge=13.728 db.r5.24xlarge=20.592 db.r5.2xlarge=1.716 db.r5.4xlarge=3.432 db.r5.8xlarge=6.864 db.r5.large=0.429 db.r5.xlarge=0.858 db.r6g.12xlarge=9.164 db.r6g.16xlarge=12.219 db.r6g.2xlarge=1.528 db.r6g.4xlarge=3.055 db.r6g.8xlarge=6.11 db.r6g.large=0.382 db.r6g.xlarge=0.763 db.r6i.12xlarge=10.296 db.r6i.16xlarge=13.728 db.r6i.24xlarge=20.592 db.r6i.2xlarge=1.716 db.r6i.32xlarge=27.456 db.r6i.4xlarge=3.432 db.r6i.8xlarge=6.864 db.r6i.large=0.429 db.r6i.xlarge=0.858 db.r7g.12xlarge=9.751 db.r7g.16xlarge=13.001 db.r7g.2xlarge=1.625 db.r7g.4xlarge=3.25 db.r7g.8xlarge=6.5 db.r7g.large=0.407 db.r7g.xlarge=0.813 db.t3.large=0.307 db.t3.medium=0.153 db.t4g.large=0.276 db.t4g.medium=0.138',
    },
  },
  'ap-southeast-1': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.4 db.r3.4xlarge=2.8 db.r3.8xlarge=5.6 db.r3.large=0.35 db.r3.xlarge=0.7 db.r4.16xlarge=11.2 db.r4.2xlarge=1.4 db.r4.4xlarge=2.8 db.r4.8xlarge=5.6 db.r4.large=0.35 db.r4.xlarge=0.7 db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.518 db.r6g.16xlarge=10.024 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.r7g.12xlarge=7.985 db.r7g.16xlarge=10.647 db.r7g.2xlarge=1.331 db.r7g.4xlarge=2.662 db.r7g.8xlarge=5.324 db.r7g.large=0.333 db.r7g.xlarge=0.665 db.t2.medium=0.126 db.t2.small=0.063 db.t3.large=0.252 db.t3.medium=0.126 db.t3.small=0.063 db.t4g.large=0.229 db.t4g.medium=0.114',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.773 db.r6g.16xlarge=13.031 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.r7g.12xlarge=10.381 db.r7g.16xlarge=13.841 db.r7g.2xlarge=1.73 db.r7g.4xlarge=3.461 db.r7g.8xlarge=6.921 db.r7g.large=0.433 db.r7g.xlarge=0.865 db.t3.large=0.328 db.t3.medium=0.164 db.t3.small=0.082 db.t4g.large=0.298 db.t4g.medium=0.148',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=11.2 db.r4.2xlarge=1.4 db.r4.4xlarge=2.8 db.r4.8xlarge=5.6 db.r4.large=0.35 db.r4.xlarge=0.7 db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.518 db.r6g.16xlarge=10.024 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6gd.12xlarge=9.014 db.r6gd.16xlarge=12.019 db.r6gd.2xlarge=1.502 db.r6gd.4xlarge=3.005 db.r6gd.8xlarge=6.01 db.r6gd.xlarge=0.751 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.r6id.24xlarge=20.16 db.r6id.32xlarge=26.88 db.r7g.12xlarge=7.985 db.r7g.16xlarge=10.647 db.r7g.2xlarge=1.331 db.r7g.4xlarge=2.662 db.r7g.8xlarge=5.324 db.r7g.large=0.333 db.r7g.xlarge=0.665 db.t3.large=0.252 db.t3.medium=0.126 db.t4g.large=0.229 db.t4g.medium=0.114',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.773 db.r6g.16xlarge=13.031 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6gd.12xlarge=11.718 db.r6gd.16xlarge=15.625 db.r6gd.2xlarge=1.953 db.r6gd.4xlarge=3.907 db.r6gd.8xlarge=7.813 db.r6gd.xlarge=0.976 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.r6id.24xlarge=26.208 db.r6id.32xlarge=34.944 db.r7g.12xlarge=10.381 db.r7g.16xlarge=13.841 db.r7g.2xlarge=1.73 db.r7g.4xlarge=3.461 db.r7g.8xlarge=6.921 db.r7g.large=0.433 db.r7g.xlarge=0.865 db.t3.large=0.328 db.t3.medium=0.164 db.t4g.large=0.298 db.t4g.medium=0.148',
    },
  },
  'ap-southeast-2': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.4 db.r3.4xlarge=2.8 db.r3.8xlarge=5.6 db.r3.large=0.35 db.r3.xlarge=0.7 db.r4.16xlarge=11.2 db.r4.2xlarge=1.4 db.r4.4xlarge=2.8 db.r4.8xlarge=5.6 db.r4.large=0.35 db.r4.xlarge=0.7 db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.518 db.r6g.16xlarge=10.024 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.r7g.12xlarge=7.985 db.r7g.16xlarge=10.647 db.r7g.2xlarge=1.331 db.r7g.4xlarge=2.662 db.r7g.8xlarge=5.324 db.r7g.large=0.333 db.r7g.xlarge=0.665 db.t2.medium=0.125 db.t2.small=0.063 db.t3.large=0.25 db.t3.medium=0.125 db.t3.small=0.063 db.t4g.large=0.227 db.t4g.medium=0.113',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.773 db.r6g.16xlarge=13.031 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.r7g.12xlarge=10.381 db.r7g.16xlarge=13.841 db.r7g.2xlarge=1.73 db.r7g.4xlarge=3.461 db.r7g.8xlarge=6.921 db.r7g.large=0.433 db.r7g.xlarge=0.865 db.t3.large=0.325 db.t3.medium=0.163 db.t3.small=0.082 db.t4g.large=0.295 db.t4g.medium=0.147',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=11.2 db.r4.2xlarge=1.4 db.r4.4xlarge=2.8 db.r4.8xlarge=5.6 db.r4.large=0.35 db.r4.xlarge=0.7 db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.518 db.r6g.16xlarge=10.024 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6gd.12xlarge=9.014 db.r6gd.16xlarge=12.019 db.r6gd.2xlarge=1.502 db.r6gd.4xlarge=3.005 db.r6gd.8xlarge=6.01 db.r6gd.xlarge=0.751 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.r6id.24xlarge=20.16 db.r6id.32xlarge=26.88 db.r7g.12xlarge=7.985 db.r7g.16xlarge=10.647 db.r7g.2xlarge=1.331 db.r7g.4xlarge=2.662 db.r7g.8xlarge=5.324 db.r7g.large=0.333 db.r7g.xlarge=0.665 db.t3.large=0.25 db.t3.medium=0.125 db.t4g.large=0.227 db.t4g.medium=0.113',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.773 db.r6g.16xlarge=13.031 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6gd.12xlarge=11.718 db.r6gd.16xlarge=15.625 db.r6gd.2xlarge=1.953 db.r6gd.4xlarge=3.907 db.r6gd.8xlarge=7.813 db.r6gd.xlarge=0.976 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.r6id.24xlarge=26.208 db.r6id.32xlarge=34.944 db.r7g.12xlarge=10.381 db.r7g.16xlarge=13.841 db.r7g.2xlarge=1.73 db.r7g.4xlarge=3.461 db.r7g.8xlarge=6.921 db.r7g.large=0.433 db.r7g.xlarge=0.865 db.t3.large=0.325 db.t3.medium=0.163 db.t4g.large=0.295 db.t4g.medium=0.147',
    },
  },
  'ap-southeast-3': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.476 db.r6g.16xlarge=9.968 db.r6g.2xlarge=1.246 db.r6g.4xlarge=2.492 db.r6g.8xlarge=4.984 db.r6g.large=0.312 db.r6g.xlarge=0.623 db.t3.large=0.252 db.t3.medium=0.126 db.t3.small=0.063 db.t4g.large=0.226 db.t4g.medium=0.113',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.719 db.r6g.16xlarge=12.958 db.r6g.2xlarge=1.62 db.r6g.4xlarge=3.24 db.r6g.8xlarge=6.479 db.r6g.large=0.406 db.r6g.xlarge=0.81 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.t3.large=0.328 db.t3.medium=0.164 db.t3.small=0.082 db.t4g.large=0.294 db.t4g.medium=0.147',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.476 db.r6g.16xlarge=9.968 db.r6g.2xlarge=1.246 db.r6g.4xlarge=2.492 db.r6g.8xlarge=4.984 db.r6g.large=0.312 db.r6g.xlarge=0.623 db.t3.large=0.252 db.t3.medium=0.126 db.t4g.large=0.226 db.t4g.medium=0.113',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.719 db.r6g.16xlarge=12.958 db.r6g.2xlarge=1.62 db.r6g.4xlarge=3.24 db.r6g.8xlarge=6.479 db.r6g.large=0.406 db.r6g.xlarge=0.81 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.t3.large=0.328 db.t3.medium=0.164 db.t4g.large=0.294 db.t4g.medium=0.147',
    },
  },
  'ap-southeast-4': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.476 db.r6g.16xlarge=9.968 db.r6g.2xlarge=1.246 db.r6g.4xlarge=2.492 db.r6g.8xlarge=4.984 db.r6g.large=0.312 db.r6g.xlarge=0.623 db.t3.large=0.25 db.t3.medium=0.125 db.t3.small=0.063 db.t4g.large=0.224 db.t4g.medium=0.112',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.719 db.r6g.16xlarge=12.958 db.r6g.2xlarge=1.62 db.r6g.4xlarge=3.24 db.r6g.8xlarge=6.479 db.r6g.large=0.406 db.r6g.xlarge=0.81 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.t3.large=0.325 db.t3.medium=0.163 db.t3.small=0.082 db.t4g.large=0.291 db.t4g.medium=0.146',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.476 db.r6g.16xlarge=9.968 db.r6g.2xlarge=1.246 db.r6g.4xlarge=2.492 db.r6g.8xlarge=4.984 db.r6g.large=0.312 db.r6g.xlarge=0.623 db.t3.large=0.25 db.t3.medium=0.125 db.t4g.large=0.224 db.t4g.medium=0.112',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.719 db.r6g.16xlarge=12.958 db.r6g.2xlarge=1.62 db.r6g.4xlarge=3.24 db.r6g.8xlarge=6.479 db.r6g.large=0.406 db.r6g.xlarge=0.81 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.t3.large=0.325 db.t3.medium=0.163 db.t4g.large=0.291 db.t4g.medium=0.146',
    },
  },
  'ap-southeast-5': {
    'Aurora MySQL': {
      standard:
        'db.r6g.12xlarge=6.384 db.r6g.16xlarge=8.512 db.r6g.2xlarge=1.064 db.r6g.4xlarge=2.128 db.r6g.8xlarge=4.256 db.r6g.large=0.266 db.r6g.xlarge=0.532 db.r6i.12xlarge=7.128 db.r6i.16xlarge=9.504 db.r6i.24xlarge=14.256 db.r6i.2xlarge=1.188 db.r6i.32xlarge=19.008 db.r6i.4xlarge=2.376 db.r6i.8xlarge=4.752 db.r6i.large=0.297 db.r6i.xlarge=0.594 db.r6id.24xlarge=17.136 db.r6id.32xlarge=22.848 db.r7g.12xlarge=6.792 db.r7g.16xlarge=9.056 db.r7g.2xlarge=1.132 db.r7g.4xlarge=2.264 db.r7g.8xlarge=4.528 db.r7g.large=0.283 db.r7g.xlarge=0.566 db.t3.large=0.227 db.t3.medium=0.114 db.t4g.large=0.206 db.t4g.medium=0.103',
      ioOptimized:
        'db.r6g.12xlarge=8.299 db.r6g.16xlarge=11.066 db.r6g.2xlarge=1.383 db.r6g.4xlarge=2.766 db.r6g.8xlarge=5.533 db.r6g.large=0.346 db.r6g.xlarge=0.692 db.r6i.12xlarge=9.266 db.r6i.16xlarge=12.355 db.r6i.24xlarge=18.533 db.r6i.2xlarge=1.544 db.r6i.32xlarge=24.71 db.r6i.4xlarge=3.089 db.r6i.8xlarge=6.178 db.r6i.large=0.386 db.r6i.xlarge=0.772 db.r7g.12xlarge=8.83 db.r7g.16xlarge=11.773 db.r7g.2xlarge=1.472 db.r7g.4xlarge=2.943 db.r7g.8xlarge=5.886 db.r7g.large=0.368 db.r7g.xlarge=0.736 db.t3.large=0.295 db.t3.medium=0.148 db.t4g.large=0.268 db.t4g.medium=0.134',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r6g.12xlarge=6.384 db.r6g.16xlarge=8.512 db.r6g.2xlarge=1.064 db.r6g.4xlarge=2.128 db.r6g.8xlarge=4.256 db.r6g.large=0.266 db.r6g.xlarge=0.532 db.r6gd.12xlarge=7.656 db.r6gd.16xlarge=10.208 db.r6gd.2xlarge=1.276 db.r6gd.4xlarge=2.552 db.r6gd.8xlarge=5.104 db.r6gd.xlarge=0.638 db.r6i.12xlarge=7.128 db.r6i.16xlarge=9.504 db.r6i.24xlarge=14.256 db.r6i.2xlarge=1.188 db.r6i.32xlarge=19.008 db.r6i.4xlarge=2.376 db.r6i.8xlarge=4.752 db.r6i.large=0.297 db.r6i.xlarge=0.594 db.r6id.24xlarge=17.136 db.r6id.32xlarge=22.848 db.r7g.12xlarge=6.792 db.r7g.16xlarge=9.056 db.r7g.2xlarge=1.132 db.r7g.4xlarge=2.264 db.r7g.8xlarge=4.528 db.r7g.large=0.283 db.r7g.xlarge=0.566 db.t3.large=0.227 db.t3.medium=0.113 db.t4g.large=0.206 db.t4g.medium=0.103',
      ioOptimized:
        'db.r6g.12xlarge=8.299 db.r6g.16xlarge=11.066 db.r6g.2xlarge=1.383 db.r6g.4xlarge=2.766 db.r6g.8xlarge=5.533 db.r6g.large=0.346 db.r6g.xlarge=0.692 db.r6gd.12xlarge=9.953 db.r6gd.16xlarge=13.27 db.r6gd.2xlarge=1.659 db.r6gd.4xlarge=3.318 db.r6gd.8xlarge=6.635 db.r6gd.xlarge=0.829 db.r6i.12xlarge=9.266 db.r6i.16xlarge=12.355 db.r6i.24xlarge=18.533 db.r6i.2xlarge=1.544 db.r6i.32xlarge=24.71 db.r6i.4xlarge=3.089 db.r6i.8xlarge=6.178 db.r6i.large=0.386 db.r6i.xlarge=0.772 db.r6id.24xlarge=22.277 db.r6id.32xlarge=29.702 db.r7g.12xlarge=8.83 db.r7g.16xlarge=11.773 db.r7g.2xlarge=1.472 db.r7g.4xlarge=2.943 db.r7g.8xlarge=5.886 db.r7g.large=0.368 db.r7g.xlarge=0.736 db.t3.large=0.295 db.t3.medium=0.148 db.t4g.large=0.268 db.t4g.medium=0.134',
    },
  },
  'ap-southeast-7': {
    'Aurora MySQL': {
      standard:
        'db.r6g.12xlarge=6.384 db.r6g.16xlarge=8.512 db.r6g.2xlarge=1.064 db.r6g.4xlarge=2.128 db.r6g.8xlarge=4.256 db.r6g.large=0.266 db.r6g.xlarge=0.532 db.r6i.12xlarge=7.128 db.r6i.16xlarge=9.504 db.r6i.24xlarge=14.256 db.r6i.2xlarge=1.188 db.r6i.32xlarge=19.008 db.r6i.4xlarge=2.376 db.r6i.8xlarge=4.752 db.r6i.large=0.297 db.r6i.xlarge=0.594 db.r6id.24xlarge=17.136 db.r6id.32xlarge=22.848 db.r7g.12xlarge=6.792 db.r7g.16xlarge=9.056 db.r7g.2xlarge=1.132 db.r7g.4xlarge=2.264 db.r7g.8xlarge=4.528 db.r7g.large=0.283 db.r7g.xlarge=0.566 db.t3.large=0.227 db.t3.medium=0.114 db.t3.small=0.057 db.t4g.large=0.206 db.t4g.medium=0.103',
      ioOptimized:
        'db.r6g.12xlarge=8.299 db.r6g.16xlarge=11.066 db.r6g.2xlarge=1.383 db.r6g.4xlarge=2.766 db.r6g.8xlarge=5.533 db.r6g.large=0.346 db.r6g.xlarge=0.692 db.r6i.12xlarge=9.266 db.r6i.16xlarge=12.355 db.r6i.24xlarge=18.533 db.r6i.2xlarge=1.544 db.r6i.32xlarge=24.71 db.r6i.4xlarge=3.089 db.r6i.8xlarge=6.178 db.r6i.large=0.386 db.r6i.xlarge=0.772 db.r7g.12xlarge=8.83 db.r7g.16xlarge=11.773 db.r7g.2xlarge=1.472 db.r7g.4xlarge=2.943 db.r7g.8xlarge=5.886 db.r7g.large=0.368 db.r7g.xlarge=0.736 db.t3.large=0.295 db.t3.medium=0.148 db.t3.small=0.074 db.t4g.large=0.268 db.t4g.medium=0.134',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r6g.12xlarge=6.384 db.r6g.16xlarge=8.512 db.r6g.2xlarge=1.064 db.r6g.4xlarge=2.128 db.r6g.8xlarge=4.256 db.r6g.large=0.266 db.r6g.xlarge=0.532 db.r6gd.12xlarge=7.656 db.r6gd.16xlarge=10.208 db.r6gd.2xlarge=1.276 db.r6gd.4xlarge=2.552 db.r6gd.8xlarge=5.104 db.r6gd.xlarge=0.638 db.r6i.12xlarge=7.128 db.r6i.16xlarge=9.504 db.r6i.24xlarge=14.256 db.r6i.2xlarge=1.188 db.r6i.32xlarge=19.008 db.r6i.4xlarge=2.376 db.r6i.8xlarge=4.752 db.r6i.large=0.297 db.r6i.xlarge=0.594 db.r6id.24xlarge=17.136 db.r6id.32xlarge=22.848 db.r7g.12xlarge=6.792 db.r7g.16xlarge=9.056 db.r7g.2xlarge=1.132 db.r7g.4xlarge=2.264 db.r7g.8xlarge=4.528 db.r7g.large=0.283 db.r7g.xlarge=0.566 db.t3.large=0.227 db.t3.medium=0.113 db.t4g.large=0.206 db.t4g.medium=0.103',
      ioOptimized:
        'db.r6g.12xlarge=8.299 db.r6g.16xlarge=11.066 db.r6g.2xlarge=1.383 db.r6g.4xlarge=2.766 db.r6g.8xlarge=5.533 db.r6g.large=0.346 db.r6g.xlarge=0.692 db.r6gd.12xlarge=9.953 db.r6gd.16xlarge=13.27 db.r6gd.2xlarge=1.659 db.r6gd.4xlarge=3.318 db.r6gd.8xlarge=6.635 db.r6gd.xlarge=0.829 db.r6i.12xlarge=9.266 db.r6i.16xlarge=12.355 db.r6i.24xlarge=18.533 db.r6i.2xlarge=1.544 db.r6i.32xlarge=24.71 db.r6i.4xlarge=3.089 db.r6i.8xlarge=6.178 db.r6i.large=0.386 db.r6i.xlarge=0.772 db.r6id.24xlarge=22.277 db.r6id.32xlarge=29.702 db.r7g.12xlarge=8.83 db.r7g.16xlarge=11.773 db.r7g.2xlarge=1.472 db.r7g.4xlarge=2.943 db.r7g.8xlarge=5.886 db.r7g.large=0.368 db.r7g.xlarge=0.736 db.t3.large=0.295 db.t3.medium=0.148 db.t4g.large=0.268 db.t4g.medium=0.134',
    },
  },
  'ca-central-1': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.28 db.r3.4xlarge=2.56 db.r3.8xlarge=5.12 db.r3.large=0.32 db.r3.xlarge=0.64 db.r4.16xlarge=10.24 db.r4.2xlarge=1.28 db.r4.4xlarge=2.56 db.r4.8xlarge=5.12 db.r4.large=0.32 db.r4.xlarge=0.64 db.r5.12xlarge=7.68 db.r5.16xlarge=10.24 db.r5.24xlarge=15.36 db.r5.2xlarge=1.28 db.r5.4xlarge=2.56 db.r5.8xlarge=5.12 db.r5.large=0.32 db.r5.xlarge=0.64 db.r6g.12xlarge=6.874 db.r6g.16xlarge=9.165 db.r6g.2xlarge=1.146 db.r6g.4xlarge=2.291 db.r6g.8xlarge=4.582 db.r6g.large=0.286 db.r6g.xlarge=0.573 db.r6i.12xlarge=7.68 db.r6i.16xlarge=10.24 db.r6i.24xlarge=15.36 db.r6i.2xlarge=1.28 db.r6i.32xlarge=20.48 db.r6i.4xlarge=2.56 db.r6i.8xlarge=5.12 db.r6i.large=0.32 db.r6i.xlarge=0.64 db.r7g.12xlarge=7.296 db.r7g.16xlarge=9.729 db.r7g.2xlarge=1.216 db.r7g.4xlarge=2.432 db.r7g.8xlarge=4.864 db.r7g.large=0.304 db.r7g.xlarge=0.608 db.t2.medium=0.09 db.t2.small=0.045 db.t3.large=0.18 db.t3.medium=0.09 db.t3.small=0.045 db.t4g.large=0.158 db.t4g.medium=0.079',
      ioOptimized:
        'db.r5.12xlarge=9.984 db.r5.16xlarge=13.312 db.r5.24xlarge=19.968 db.r5.2xlarge=1.664 db.r5.4xlarge=3.328 db.r5.8xlarge=6.656 db.r5.large=0.416 db.r5.xlarge=0.832 db.r6g.12xlarge=8.936 db.r6g.16xlarge=11.915 db.r6g.2xlarge=1.49 db.r6g.4xlarge=2.978 db.r6g.8xlarge=5.957 db.r6g.large=0.372 db.r6g.xlarge=0.745 db.r6i.12xlarge=9.984 db.r6i.16xlarge=13.312 db.r6i.24xlarge=19.968 db.r6i.2xlarge=1.664 db.r6i.32xlarge=26.624 db.r6i.4xlarge=3.328 db.r6i.8xlarge=6.656 db.r6i.large=0.416 db.r6i.xlarge=0.832 db.r7g.12xlarge=9.485 db.r7g.16xlarge=12.648 db.r7g.2xlarge=1.581 db.r7g.4xlarge=3.162 db.r7g.8xlarge=6.323 db.r7g.large=0.395 db.r7g.xlarge=0.79 db.t3.large=0.234 db.t3.medium=0.117 db.t3.small=0.059 db.t4g.large=0.205 db.t4g.medium=0.103',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=10.24 db.r4.2xlarge=1.28 db.r4.4xlarge=2.56 db.r4.8xlarge=5.12 db.r4.large=0.32 db.r4.xlarge=0.64 db.r5.12xlarge=7.68 db.r5.16xlarge=10.24 db.r5.24xlarge=15.36 db.r5.2xlarge=1.28 db.r5.4xlarge=2.56 db.r5.8xlarge=5.12 db.r5.large=0.32 db.r5.xlarge=0.64 db.r6g.12xlarge=6.874 db.r6g.16xlarge=9.165 db.r6g.2xlarge=1.146 db.r6g.4xlarge=2.291 db.r6g.8xlarge=4.582 db.r6g.large=0.286 db.r6g.xlarge=0.573 db.r6gd.12xlarge=8.237 db.r6gd.16xlarge=10.982 db.r6gd.2xlarge=1.373 db.r6gd.4xlarge=2.746 db.r6gd.8xlarge=5.491 db.r6gd.xlarge=0.686 db.r6i.12xlarge=7.68 db.r6i.16xlarge=10.24 db.r6i.24xlarge=15.36 db.r6i.2xlarge=1.28 db.r6i.32xlarge=20.48 db.r6i.4xlarge=2.56 db.r6i.8xlarge=5.12 db.r6i.large=0.32 db.r6i.xlarge=0.64 db.r7g.12xlarge=7.296 db.r7g.16xlarge=9.729 db.r7g.2xlarge=1.216 db.r7g.4xlarge=2.432 db.r7g.8xlarge=4.864 db.r7g.large=0.304 db.r7g.xlarge=0.608 db.t3.large=0.18 db.t3.medium=0.09 db.t4g.large=0.158 db.t4g.medium=0.079',
      ioOptimized:
        'db.r5.12xlarge=9.984 db.r5.16xlarge=13.312 db.r5.24xlarge=19.968 db.r5.2xlarge=1.664 db.r5.4xlarge=3.328 db.r5.8xlarge=6.656 db.r5.large=0.416 db.r5.xlarge=0.832 db.r6g.12xlarge=8.936 db.r6g.16xlarge=11.915 db.r6g.2xlarge=1.49 db.r6g.4xlarge=2.978 db.r6g.8xlarge=5.957 db.r6g.large=0.372 db.r6g.xlarge=0.745 db.r6gd.12xlarge=10.708 db.r6gd.16xlarge=14.277 db.r6gd.2xlarge=1.785 db.r6gd.4xlarge=3.57 db.r6gd.8xlarge=7.138 db.r6gd.xlarge=0.892 db.r6i.12xlarge=9.984 db.r6i.16xlarge=13.312 db.r6i.24xlarge=19.968 db.r6i.2xlarge=1.664 db.r6i.32xlarge=26.624 db.r6i.4xlarge=3.328 db.r6i.8xlarge=6.656 db.r6i.large=0.416 db.r6i.xlarge=0.832 db.r7g.12xlarge=9.485 db.r7g.16xlarge=12.648 db.r7g.2xlarge=1.581 db.r7g.4xlarge=3.162 db.r7g.8xlarge=6.323 db.r7g.large=0.395 db.r7g.xlarge=0.79 db.t3.large=0.234 db.t3.medium=0.117 db.t4g.large=0.205 db.t4g.medium=0.103',
    },
  },
  'ca-west-1': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=7.68 db.r5.16xlarge=10.24 db.r5.24xlarge=15.36 db.r5.2xlarge=1.28 db.r5.4xlarge=2.56 db.r5.8xlarge=5.12 db.r5.large=0.32 db.r5.xlarge=0.64 db.r6g.12xlarge=6.874 db.r6g.16xlarge=9.165 db.r6g.2xlarge=1.146 db.r6g.4xlarge=2.291 db.r6g.8xlarge=4.582 db.r6g.large=0.286 db.r6g.xlarge=0.573 db.r6i.12xlarge=7.68 db.r6i.16xlarge=10.24 db.r6i.24xlarge=15.36 db.r6i.2xlarge=1.28 db.r6i.32xlarge=20.48 db.r6i.4xlarge=2.56 db.r6i.8xlarge=5.12 db.r6i.large=0.32 db.r6i.xlarge=0.64 db.t3.large=0.18 db.t3.medium=0.09 db.t3.small=0.045 db.t4g.large=0.158 db.t4g.medium=0.079 db.t4g.small=0.04',
      ioOptimized:
        'db.r5.12xlarge=9.984 db.r5.16xlarge=13.312 db.r5.24xlarge=19.968 db.r5.2xlarge=1.664 db.r5.4xlarge=3.328 db.r5.8xlarge=6.656 db.r5.large=0.416 db.r5.xlarge=0.832 db.r6g.12xlarge=8.936 db.r6g.16xlarge=11.915 db.r6g.2xlarge=1.49 db.r6g.4xlarge=2.978 db.r6g.8xlarge=5.957 db.r6g.large=0.372 db.r6g.xlarge=0.745 db.r6i.12xlarge=9.984 db.r6i.16xlarge=13.312 db.r6i.24xlarge=19.968 db.r6i.2xlarge=1.664 db.r6i.32xlarge=26.624 db.r6i.4xlarge=3.328 db.r6i.8xlarge=6.656 db.r6i.large=0.416 db.r6i.xlarge=0.832 db.t3.large=0.234 db.t3.medium=0.117 db.t3.small=0.059 db.t4g.large=0.205 db.t4g.medium=0.103 db.t4g.small=0.052',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=7.68 db.r5.16xlarge=10.24 db.r5.24xlarge=15.36 db.r5.2xlarge=1.28 db.r5.4xlarge=2.56 db.r5.8xlarge=5.12 db.r5.large=0.32 db.r5.xlarge=0.64 db.r6g.12xlarge=6.874 db.r6g.16xlarge=9.165 db.r6g.2xlarge=1.146 db.r6g.4xlarge=2.291 db.r6g.8xlarge=4.582 db.r6g.large=0.286 db.r6g.xlarge=0.573 db.t3.large=0.18 db.t3.medium=0.09 db.t4g.large=0.158 db.t4g.medium=0.079',
      ioOptimized:
        'db.r5.12xlarge=9.984 db.r5.16xlarge=13.312 db.r5.24xlarge=19.968 db.r5.2xlarge=1.664 db.r5.4xlarge=3.328 db.r5.8xlarge=6.656 db.r5.large=0.416 db.r5.xlarge=0.832 db.r6g.12xlarge=8.936 db.r6g.16xlarge=11.915 db.r6g.2xlarge=1.49 db.r6g.4xlarge=2.978 db.r6g.8xlarge=5.957 db.r6g.large=0.372 db.r6g.xlarge=0.745 db.t3.large=0.234 db.t3.medium=0.117 db.t4g.large=0.205 db.t4g.medium=0.103',
    },
  },
  'eu-central-1': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.4 db.r3.4xlarge=2.8 db.r3.8xlarge=5.6 db.r3.large=0.35 db.r3.xlarge=0.7 db.r4.16xlarge=11.2 db.r4.2xlarge=1.4 db.r4.4xlarge=2.8 db.r4.8xlarge=5.6 db.r4.large=0.35 db.r4.xlarge=0.7 db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.518 db.r6g.16xlarge=10.024 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.r7g.12xlarge=7.985 db.r7g.16xlarge=10.647 db.r7g.2xlarge=1.331 db.r7g.4xlarge=2.662 db.r7g.8xlarge=5.324 db.r7g.large=0.333 db.r7g.xlarge=0.665 db.t2.medium=0.096 db.t2.small=0.048 db.t3.large=0.192 db.t3.medium=0.096 db.t3.small=0.048 db.t4g.large=0.17 db.t4g.medium=0.085',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.773 db.r6g.16xlarge=13.031 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.r7g.12xlarge=10.381 db.r7g.16xlarge=13.841 db.r7g.2xlarge=1.73 db.r7g.4xlarge=3.461 db.r7g.8xlarge=6.921 db.r7g.large=0.433 db.r7g.xlarge=0.865 db.t3.large=0.25 db.t3.medium=0.125 db.t3.small=0.062 db.t4g.large=0.221 db.t4g.medium=0.111',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=11.2 db.r4.2xlarge=1.4 db.r4.4xlarge=2.8 db.r4.8xlarge=5.6 db.r4.large=0.35 db.r4.xlarge=0.7 db.r5.12xlarge=8.4 db.r5.16xlarge=11.2 db.r5.24xlarge=16.8 db.r5.2xlarge=1.4 db.r5.4xlarge=2.8 db.r5.8xlarge=5.6 db.r5.large=0.35 db.r5.xlarge=0.7 db.r6g.12xlarge=7.518 db.r6g.16xlarge=10.024 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6gd.12xlarge=9.014 db.r6gd.16xlarge=12.019 db.r6gd.2xlarge=1.502 db.r6gd.4xlarge=3.005 db.r6gd.8xlarge=6.01 db.r6gd.xlarge=0.751 db.r6i.12xlarge=8.4 db.r6i.16xlarge=11.2 db.r6i.24xlarge=16.8 db.r6i.2xlarge=1.4 db.r6i.32xlarge=22.4 db.r6i.4xlarge=2.8 db.r6i.8xlarge=5.6 db.r6i.large=0.35 db.r6i.xlarge=0.7 db.r6id.24xlarge=20.16 db.r6id.32xlarge=26.88 db.r7g.12xlarge=7.985 db.r7g.16xlarge=10.647 db.r7g.2xlarge=1.331 db.r7g.4xlarge=2.662 db.r7g.8xlarge=5.324 db.r7g.large=0.333 db.r7g.xlarge=0.665 db.t3.large=0.192 db.t3.medium=0.096 db.t4g.large=0.17 db.t4g.medium=0.085',
      ioOptimized:
        'db.r5.12xlarge=10.92 db.r5.16xlarge=14.56 db.r5.24xlarge=21.84 db.r5.2xlarge=1.82 db.r5.4xlarge=3.64 db.r5.8xlarge=7.28 db.r5.large=0.455 db.r5.xlarge=0.91 db.r6g.12xlarge=9.773 db.r6g.16xlarge=13.031 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6gd.12xlarge=11.718 db.r6gd.16xlarge=15.625 db.r6gd.2xlarge=1.953 db.r6gd.4xlarge=3.907 db.r6gd.8xlarge=7.813 db.r6gd.xlarge=0.976 db.r6i.12xlarge=10.92 db.r6i.16xlarge=14.56 db.r6i.24xlarge=21.84 db.r6i.2xlarge=1.82 db.r6i.32xlarge=29.12 db.r6i.4xlarge=3.64 db.r6i.8xlarge=7.28 db.r6i.large=0.455 db.r6i.xlarge=0.91 db.r6id.24xlarge=26.208 db.r6id.32xlarge=34.944 db.r7g.12xlarge=10.381 db.r7g.16xlarge=13.841 db.r7g.2xlarge=1.73 db.r7g.4xlarge=3.461 db.r7g.8xlarge=6.921 db.r7g.large=0.433 db.r7g.xlarge=0.865 db.t3.large=0.25 db.t3.medium=0.125 db.t4g.large=0.221 db.t4g.medium=0.111',
    },
  },
  'eu-central-2': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=9.24 db.r5.16xlarge=12.32 db.r5.24xlarge=18.48 db.r5.2xlarge=1.54 db.r5.4xlarge=3.08 db.r5.8xlarge=6.16 db.r5.large=0.385 db.r5.xlarge=0.77 db.r6g.12xlarge=8.224 db.r6g.16xlarge=10.965 db.r6g.2xlarge=1.371 db.r6g.4xlarge=2.741 db.r6g.8xlarge=5.483 db.r6g.large=0.343 db.r6g.xlarge=0.685 db.t3.large=0.211 db.t3.medium=0.106 db.t3.small=0.053 db.t4g.large=0.189 db.t4g.medium=0.095',
      ioOptimized:
        'db.r5.12xlarge=12.012 db.r5.16xlarge=16.016 db.r5.24xlarge=24.024 db.r5.2xlarge=2.002 db.r5.4xlarge=4.004 db.r5.8xlarge=8.008 db.r5.large=0.501 db.r5.xlarge=1.001 db.r6g.12xlarge=10.691 db.r6g.16xlarge=14.255 db.r6g.2xlarge=1.782 db.r6g.4xlarge=3.563 db.r6g.8xlarge=7.128 db.r6g.large=0.446 db.r6g.xlarge=0.891 db.r6i.12xlarge=12.012 db.r6i.16xlarge=16.016 db.r6i.24xlarge=24.024 db.r6i.2xlarge=2.002 db.r6i.32xlarge=32.032 db.r6i.4xlarge=4.004 db.r6i.8xlarge=8.008 db.r6i.large=0.501 db.r6i.xlarge=1.001 db.t3.large=0.274 db.t3.medium=0.138 db.t3.small=0.069 db.t4g.large=0.246 db.t4g.medium=0.124',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=9.24 db.r5.16xlarge=12.32 db.r5.24xlarge=18.48 db.r5.2xlarge=1.54 db.r5.4xlarge=3.08 db.r5.8xlarge=6.16 db.r5.large=0.385 db.r5.xlarge=0.77 db.r6g.12xlarge=8.224 db.r6g.16xlarge=10.965 db.r6g.2xlarge=1.371 db.r6g.4xlarge=2.741 db.r6g.8xlarge=5.483 db.r6g.large=0.343 db.r6g.xlarge=0.685 db.t3.large=0.211 db.t3.medium=0.106 db.t4g.large=0.189 db.t4g.medium=0.095',
      ioOptimized:
        'db.r5.12xlarge=12.012 db.r5.16xlarge=16.016 db.r5.24xlarge=24.024 db.r5.2xlarge=2.002 db.r5.4xlarge=4.004 db.r5.8xlarge=8.008 db.r5.large=0.501 db.r5.xlarge=1.001 db.r6g.12xlarge=10.691 db.r6g.16xlarge=14.255 db.r6g.2xlarge=1.782 db.r6g.4xlarge=3.563 db.r6g.8xlarge=7.128 db.r6g.large=0.446 db.r6g.xlarge=0.891 db.r6i.12xlarge=12.012 db.r6i.16xlarge=16.016 db.r6i.24xlarge=24.024 db.r6i.2xlarge=2.002 db.r6i.32xlarge=32.032 db.r6i.4xlarge=4.004 db.r6i.8xlarge=8.008 db.r6i.large=0.501 db.r6i.xlarge=1.001 db.t3.large=0.274 db.t3.medium=0.138 db.t4g.large=0.246 db.t4g.medium=0.124',
    },
  },
  'eu-north-1': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=7.2 db.r5.16xlarge=9.6 db.r5.24xlarge=14.4 db.r5.2xlarge=1.2 db.r5.4xlarge=2.4 db.r5.8xlarge=4.8 db.r5.large=0.3 db.r5.xlarge=0.6 db.r6g.12xlarge=6.432 db.r6g.16xlarge=8.576 db.r6g.2xlarge=1.072 db.r6g.4xlarge=2.144 db.r6g.8xlarge=4.288 db.r6g.large=0.268 db.r6g.xlarge=0.536 db.r6i.12xlarge=7.2 db.r6i.16xlarge=9.6 db.r6i.24xlarge=14.4 db.r6i.2xlarge=1.2 db.r6i.32xlarge=19.2 db.r6i.4xlarge=2.4 db.r6i.8xlarge=4.8 db.r6i.large=0.3 db.r6i.xlarge=0.6 db.r7g.12xlarge=6.837 db.r7g.16xlarge=9.116 db.r7g.2xlarge=1.14 db.r7g.4xlarge=2.279 db.r7g.8xlarge=4.558 db.r7g.large=0.285 db.r7g.xlarge=0.57 db.t3.large=0.168 db.t3.medium=0.084 db.t3.small=0.042 db.t4g.large=0.148 db.t4g.medium=0.074',
      ioOptimized:
        'db.r5.12xlarge=9.36 db.r5.16xlarge=12.48 db.r5.24xlarge=18.72 db.r5.2xlarge=1.56 db.r5.4xlarge=3.12 db.r5.8xlarge=6.24 db.r5.large=0.39 db.r5.xlarge=0.78 db.r6g.12xlarge=8.362 db.r6g.16xlarge=11.149 db.r6g.2xlarge=1.394 db.r6g.4xlarge=2.787 db.r6g.8xlarge=5.574 db.r6g.large=0.348 db.r6g.xlarge=0.697 db.r6i.12xlarge=9.36 db.r6i.16xlarge=12.48 db.r6i.24xlarge=18.72 db.r6i.2xlarge=1.56 db.r6i.32xlarge=24.96 db.r6i.4xlarge=3.12 db.r6i.8xlarge=6.24 db.r6i.large=0.39 db.r6i.xlarge=0.78 db.r7g.12xlarge=8.888 db.r7g.16xlarge=11.851 db.r7g.2xlarge=1.482 db.r7g.4xlarge=2.963 db.r7g.8xlarge=5.925 db.r7g.large=0.371 db.r7g.xlarge=0.741 db.t3.large=0.218 db.t3.medium=0.109 db.t3.small=0.055 db.t4g.large=0.192 db.t4g.medium=0.096',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=7.2 db.r5.16xlarge=9.6 db.r5.24xlarge=14.4 db.r5.2xlarge=1.2 db.r5.4xlarge=2.4 db.r5.8xlarge=4.8 db.r5.large=0.3 db.r5.xlarge=0.6 db.r6g.12xlarge=6.432 db.r6g.16xlarge=8.576 db.r6g.2xlarge=1.072 db.r6g.4xlarge=2.144 db.r6g.8xlarge=4.288 db.r6g.large=0.268 db.r6g.xlarge=0.536 db.r6gd.12xlarge=7.718 db.r6gd.16xlarge=10.291 db.r6gd.2xlarge=1.286 db.r6gd.4xlarge=2.573 db.r6gd.8xlarge=5.146 db.r6gd.xlarge=0.643 db.r6i.12xlarge=7.2 db.r6i.16xlarge=9.6 db.r6i.24xlarge=14.4 db.r6i.2xlarge=1.2 db.r6i.32xlarge=19.2 db.r6i.4xlarge=2.4 db.r6i.8xlarge=4.8 db.r6i.large=0.3 db.r6i.xlarge=0.6 db.r7g.12xlarge=6.837 db.r7g.16xlarge=9.116 db.r7g.2xlarge=1.14 db.r7g.4xlarge=2.279 db.r7g.8xlarge=4.558 db.r7g.large=0.285 db.r7g.xlarge=0.57 db.t3.large=0.168 db.t3.medium=0.084 db.t4g.large=0.148 db.t4g.medium=0.074',
      ioOptimized:
        'db.r5.12xlarge=9.36 db.r5.16xlarge=12.48 db.r5.24xlarge=18.72 db.r5.2xlarge=1.56 db.r5.4xlarge=3.12 db.r5.8xlarge=6.24 db.r5.large=0.39 db.r5.xlarge=0.78 db.r6g.12xlarge=8.362 db.r6g.16xlarge=11.149 db.r6g.2xlarge=1.394 db.r6g.4xlarge=2.787 db.r6g.8xlarge=5.574 db.r6g.large=0.348 db.r6g.xlarge=0.697 db.r6gd.12xlarge=10.033 db.r6gd.16xlarge=13.378 db.r6gd.2xlarge=1.672 db.r6gd.4xlarge=3.345 db.r6gd.8xlarge=6.69 db.r6gd.xlarge=0.836 db.r6i.12xlarge=9.36 db.r6i.16xlarge=12.48 db.r6i.24xlarge=18.72 db.r6i.2xlarge=1.56 db.r6i.32xlarge=24.96 db.r6i.4xlarge=3.12 db.r6i.8xlarge=6.24 db.r6i.large=0.39 db.r6i.xlarge=0.78 db.r7g.12xlarge=8.888 db.r7g.16xlarge=11.851 db.r7g.2xlarge=1.482 db.r7g.4xlarge=2.963 db.r7g.8xlarge=5.925 db.r7g.large=0.371 db.r7g.xlarge=0.741 db.t3.large=0.218 db.t3.medium=0.109 db.t4g.large=0.192 db.t4g.medium=0.096',
    },
  },
  'eu-south-1': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=8.064 db.r5.16xlarge=10.752 db.r5.24xlarge=16.128 db.r5.2xlarge=1.344 db.r5.4xlarge=2.688 db.r5.8xlarge=5.376 db.r5.large=0.336 db.r5.xlarge=0.672 db.r6g.12xlarge=7.2 db.r6g.16xlarge=9.6 db.r6g.2xlarge=1.2 db.r6g.4xlarge=2.4 db.r6g.8xlarge=4.8 db.r6g.large=0.3 db.r6g.xlarge=0.6 db.r6i.12xlarge=8.064 db.r6i.16xlarge=10.752 db.r6i.24xlarge=16.128 db.r6i.2xlarge=1.344 db.r6i.32xlarge=21.504 db.r6i.4xlarge=2.688 db.r6i.8xlarge=5.376 db.r6i.large=0.336 db.r6i.xlarge=0.672 db.r7g.12xlarge=7.654 db.r7g.16xlarge=10.205 db.r7g.2xlarge=1.276 db.r7g.4xlarge=2.551 db.r7g.8xlarge=5.102 db.r7g.large=0.319 db.r7g.xlarge=0.638 db.t3.large=0.184 db.t3.medium=0.092 db.t3.small=0.046 db.t4g.large=0.163 db.t4g.medium=0.081',
      ioOptimized:
        'db.r5.12xlarge=10.483 db.r5.16xlarge=13.978 db.r5.24xlarge=20.966 db.r5.2xlarge=1.747 db.r5.4xlarge=3.494 db.r5.8xlarge=6.989 db.r5.large=0.437 db.r5.xlarge=0.874 db.r6g.12xlarge=9.36 db.r6g.16xlarge=12.48 db.r6g.2xlarge=1.56 db.r6g.4xlarge=3.12 db.r6g.8xlarge=6.24 db.r6g.large=0.39 db.r6g.xlarge=0.78 db.r6i.12xlarge=10.483 db.r6i.16xlarge=13.978 db.r6i.24xlarge=20.966 db.r6i.2xlarge=1.747 db.r6i.32xlarge=27.955 db.r6i.4xlarge=3.494 db.r6i.8xlarge=6.989 db.r6i.large=0.437 db.r6i.xlarge=0.874 db.r7g.12xlarge=9.95 db.r7g.16xlarge=13.267 db.r7g.2xlarge=1.659 db.r7g.4xlarge=3.316 db.r7g.8xlarge=6.633 db.r7g.large=0.415 db.r7g.xlarge=0.829 db.t3.large=0.239 db.t3.medium=0.12 db.t3.small=0.06 db.t4g.large=0.212 db.t4g.medium=0.105',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=8.064 db.r5.16xlarge=10.752 db.r5.24xlarge=16.128 db.r5.2xlarge=1.344 db.r5.4xlarge=2.688 db.r5.8xlarge=5.376 db.r5.large=0.336 db.r5.xlarge=0.672 db.r6g.12xlarge=7.2 db.r6g.16xlarge=9.6 db.r6g.2xlarge=1.2 db.r6g.4xlarge=2.4 db.r6g.8xlarge=4.8 db.r6g.large=0.3 db.r6g.xlarge=0.6 db.r6i.12xlarge=8.064 db.r6i.16xlarge=10.752 db.r6i.24xlarge=16.128 db.r6i.2xlarge=1.344 db.r6i.32xlarge=21.504 db.r6i.4xlarge=2.688 db.r6i.8xlarge=5.376 db.r6i.large=0.336 db.r6i.xlarge=0.672 db.r7g.12xlarge=7.654 db.r7g.16xlarge=10.205 db.r7g.2xlarge=1.276 db.r7g.4xlarge=2.551 db.r7g.8xlarge=5.102 db.r7g.large=0.319 db.r7g.xlarge=0.638 db.t3.large=0.184 db.t3.medium=0.092 db.t4g.large=0.163 db.t4g.medium=0.081',
      ioOptimized:
        'db.r5.12xlarge=10.483 db.r5.16xlarge=13.978 db.r5.24xlarge=20.966 db.r5.2xlarge=1.747 db.r5.4xlarge=3.494 db.r5.8xlarge=6.989 db.r5.large=0.437 db.r5.xlarge=0.874 db.r6g.12xlarge=9.36 db.r6g.16xlarge=12.48 db.r6g.2xlarge=1.56 db.r6g.4xlarge=3.12 db.r6g.8xlarge=6.24 db.r6g.large=0.39 db.r6g.xlarge=0.78 db.r6i.12xlarge=10.483 db.r6i.16xlarge=13.978 db.r6i.24xlarge=20.966 db.r6i.2xlarge=1.747 db.r6i.32xlarge=27.955 db.r6i.4xlarge=3.494 db.r6i.8xlarge=6.989 db.r6i.large=0.437 db.r6i.xlarge=0.874 db.r7g.12xlarge=9.95 db.r7g.16xlarge=13.267 db.r7g.2xlarge=1.659 db.r7g.4xlarge=3.316 db.r7g.8xlarge=6.633 db.r7g.large=0.415 db.r7g.xlarge=0.829 db.t3.large=0.239 db.t3.medium=0.12 db.t4g.large=0.212 db.t4g.medium=0.105',
    },
  },
  'eu-south-2': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=7.68 db.r5.16xlarge=10.24 db.r5.24xlarge=15.36 db.r5.2xlarge=1.28 db.r5.4xlarge=2.56 db.r5.8xlarge=5.12 db.r5.large=0.32 db.r5.xlarge=0.64 db.r6g.12xlarge=6.836 db.r6g.16xlarge=9.114 db.r6g.2xlarge=1.139 db.r6g.4xlarge=2.278 db.r6g.8xlarge=4.557 db.r6g.large=0.285 db.r6g.xlarge=0.57 db.r7g.12xlarge=7.271 db.r7g.16xlarge=9.695 db.r7g.2xlarge=1.212 db.r7g.4xlarge=2.424 db.r7g.8xlarge=4.847 db.r7g.large=0.303 db.r7g.xlarge=0.606 db.t3.large=0.176 db.t3.medium=0.088 db.t3.small=0.044 db.t4g.large=0.158 db.t4g.medium=0.079',
      ioOptimized:
        'db.r5.12xlarge=9.984 db.r5.16xlarge=13.312 db.r5.24xlarge=19.968 db.r5.2xlarge=1.664 db.r5.4xlarge=3.328 db.r5.8xlarge=6.656 db.r5.large=0.416 db.r5.xlarge=0.832 db.r6g.12xlarge=8.887 db.r6g.16xlarge=11.848 db.r6g.2xlarge=1.481 db.r6g.4xlarge=2.961 db.r6g.8xlarge=5.924 db.r6g.large=0.371 db.r6g.xlarge=0.741 db.r6i.12xlarge=9.984 db.r6i.16xlarge=13.312 db.r6i.24xlarge=19.968 db.r6i.2xlarge=1.664 db.r6i.32xlarge=26.624 db.r6i.4xlarge=3.328 db.r6i.8xlarge=6.656 db.r6i.large=0.416 db.r6i.xlarge=0.832 db.r7g.12xlarge=9.452 db.r7g.16xlarge=12.604 db.r7g.2xlarge=1.576 db.r7g.4xlarge=3.151 db.r7g.8xlarge=6.301 db.r7g.large=0.394 db.r7g.xlarge=0.788 db.t3.large=0.229 db.t3.medium=0.114 db.t3.small=0.057 db.t4g.large=0.205 db.t4g.medium=0.103 db.x2g.12xlarge=13.853 db.x2g.16xlarge=18.47 db.x2g.2xlarge=2.309 db.x2g.4xlarge=4.618 db.x2g.8xlarge=9.235 db.x2g.large=0.577 db.x2g.xlarge=1.154',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=7.68 db.r5.16xlarge=10.24 db.r5.24xlarge=15.36 db.r5.2xlarge=1.28 db.r5.4xlarge=2.56 db.r5.8xlarge=5.12 db.r5.large=0.32 db.r5.xlarge=0.64 db.r6g.12xlarge=6.836 db.r6g.16xlarge=9.114 db.r6g.2xlarge=1.139 db.r6g.4xlarge=2.278 db.r6g.8xlarge=4.557 db.r6g.large=0.285 db.r6g.xlarge=0.57 db.r7g.12xlarge=7.271 db.r7g.16xlarge=9.695 db.r7g.2xlarge=1.212 db.r7g.4xlarge=2.424 db.r7g.8xlarge=4.847 db.r7g.large=0.303 db.r7g.xlarge=0.606 db.t3.large=0.176 db.t3.medium=0.088 db.t4g.large=0.158 db.t4g.medium=0.079',
      ioOptimized:
        'db.r5.12xlarge=9.984 db.r5.16xlarge=13.312 db.r5.24xlarge=19.968 db.r5.2xlarge=1.664 db.r5.4xlarge=3.328 db.r5.8xlarge=6.656 db.r5.large=0.416 db.r5.xlarge=0.832 db.r6g.12xlarge=8.887 db.r6g.16xlarge=11.848 db.r6g.2xlarge=1.481 db.r6g.4xlarge=2.961 db.r6g.8xlarge=5.924 db.r6g.large=0.371 db.r6g.xlarge=0.741 db.r6i.12xlarge=9.984 db.r6i.16xlarge=13.312 db.r6i.24xlarge=19.968 db.r6i.2xlarge=1.664 db.r6i.32xlarge=26.624 db.r6i.4xlarge=3.328 db.r6i.8xlarge=6.656 db.r6i.large=0.416 db.r6i.xlarge=0.832 db.r7g.12xlarge=9.452 db.r7g.16xlarge=12.604 db.r7g.2xlarge=1.576 db.r7g.4xlarge=3.151 db.r7g.8xlarge=6.301 db.r7g.large=0.394 db.r7g.xlarge=0.788 db.t3.large=0.229 db.t3.medium=0.114 db.t4g.large=0.205 db.t4g.medium=0.103 db.x2g.12xlarge=13.853 db.x2g.16xlarge=18.47 db.x2g.2xlarge=2.309 db.x2g.4xlarge=4.618 db.x2g.8xlarge=9.235 db.x2g.large=0.577 db.x2g.xlarge=1.154',
    },
  },
  'eu-west-1': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.28 db.r3.4xlarge=2.56 db.r3.8xlarge=5.12 db.r3.large=0.32 db.r3.xlarge=0.64 db.r4.16xlarge=10.24 db.r4.2xlarge=1.28 db.r4.4xlarge=2.56 db.r4.8xlarge=5.12 db.r4.large=0.32 db.r4.xlarge=0.64 db.r5.12xlarge=7.68 db.r5.16xlarge=10.24 db.r5.24xlarge=15.36 db.r5.2xlarge=1.28 db.r5.4xlarge=2.56 db.r5.8xlarge=5.12 db.r5.large=0.32 db.r5.xlarge=0.64 db.r6g.12xlarge=6.874 db.r6g.16xlarge=9.165 db.r6g.2xlarge=1.146 db.r6g.4xlarge=2.291 db.r6g.8xlarge=4.582 db.r6g.large=0.286 db.r6g.xlarge=0.573 db.r6i.12xlarge=7.68 db.r6i.16xlarge=10.24 db.r6i.24xlarge=15.36 db.r6i.2xlarge=1.28 db.r6i.32xlarge=20.48 db.r6i.4xlarge=2.56 db.r6i.8xlarge=5.12 db.r6i.large=0.32 db.r6i.xlarge=0.64 db.r7g.12xlarge=7.296 db.r7g.16xlarge=9.729 db.r7g.2xlarge=1.216 db.r7g.4xlarge=2.432 db.r7g.8xlarge=4.864 db.r7g.large=0.304 db.r7g.xlarge=0.608 db.t2.medium=0.088 db.t2.small=0.044 db.t3.large=0.176 db.t3.medium=0.088 db.t3.small=0.044 db.t4g.large=0.156 db.t4g.medium=0.078 db.x2g.12xlarge=10.656 db.x2g.16xlarge=14.208 db.x2g.2xlarge=1.776 db.x2g.4xlarge=3.552 db.x2g.8xlarge=7.104 db.x2g.large=0.444 db.x2g.xlarge=0.888',
      ioOptimized:
        'db.r5.12xlarge=9.984 db.r5.16xlarge=13.312 db.r5.24xlarge=19.968 db.r5.2xlarge=1.664 db.r5.4xlarge=3.328 db.r5.8xlarge=6.656 db.r5.large=0.416 db.r5.xlarge=0.832 db.r6g.12xlarge=8.936 db.r6g.16xlarge=11.915 db.r6g.2xlarge=1.49 db.r6g.4xlarge=2.978 db.r6g.8xlarge=5.957 db.r6g.large=0.372 db.r6g.xlarge=0.745 db.r6i.12xlarge=9.984 db.r6i.16xlarge=13.312 db.r6i.24xlarge=19.968 db.r6i.2xlarge=1.664 db.r6i.32xlarge=26.624 db.r6i.4xlarge=3.328 db.r6i.8xlarge=6.656 db.r6i.large=0.416 db.r6i.xlarge=0.832 db.r7g.12xlarge=9.485 db.r7g.16xlarge=12.647 db.r7g.2xlarge=1.581 db.r7g.4xlarge=3.162 db.r7g.8xlarge=6.324 db.r7g.large=0.395 db.r7g.xlarge=0.79 db.t3.large=0.229 db.t3.medium=0.114 db.t3.small=0.057 db.t4g.large=0.203 db.t4g.medium=0.101 db.x2g.12xlarge=13.853 db.x2g.16xlarge=18.47 db.x2g.2xlarge=2.309 db.x2g.4xlarge=4.618 db.x2g.8xlarge=9.235 db.x2g.large=0.577 db.x2g.xlarge=1.154',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=10.24 db.r4.2xlarge=1.28 db.r4.4xlarge=2.56 db.r4.8xlarge=5.12 db.r4.large=0.32 db.r4.xlarge=0.64 db.r5.12xlarge=7.68 db.r5.16xlarge=10.24 db.r5.24xlarge=15.36 db.r5.2xlarge=1.28 db.r5.4xlarge=2.56 db.r5.8xlarge=5.12 db.r5.large=0.32 db.r5.xlarge=0.64 db.r6g.12xlarge=6.874 db.r6g.16xlarge=9.165 db.r6g.2xlarge=1.146 db.r6g.4xlarge=2.291 db.r6g.8xlarge=4.582 db.r6g.large=0.286 db.r6g.xlarge=0.573 db.r6gd.12xlarge=8.237 db.r6gd.16xlarge=10.982 db.r6gd.2xlarge=1.373 db.r6gd.4xlarge=2.746 db.r6gd.8xlarge=5.491 db.r6gd.xlarge=0.686 db.r6i.12xlarge=7.68 db.r6i.16xlarge=10.24 db.r6i.24xlarge=15.36 db.r6i.2xlarge=1.28 db.r6i.32xlarge=20.48 db.r6i.4xlarge=2.56 db.r6i.8xlarge=5.12 db.r6i.large=0.32 db.r6i.xlarge=0.64 db.r6id.24xlarge=18.432 db.r6id.32xlarge=24.576 db.r7g.12xlarge=7.296 db.r7g.16xlarge=9.729 db.r7g.2xlarge=1.216 db.r7g.4xlarge=2.432 db.r7g.8xlarge=4.864 db.r7g.large=0.304 db.r7g.xlarge=0.608 db.t3.large=0.176 db.t3.medium=0.088 db.t4g.large=0.156 db.t4g.medium=0.078 db.x2g.12xlarge=10.656 db.x2g.16xlarge=14.208 db.x2g.2xlarge=1.776 db.x2g.4xlarge=3.552 db.x2g.8xlarge=7.104 db.x2g.large=0.444 db.x2g.xlarge=0.888',
      ioOptimized:
        'db.r5.12xlarge=9.984 db.r5.16xlarge=13.312 db.r5.24xlarge=19.968 db.r5.2xlarge=1.664 db.r5.4xlarge=3.328 db.r5.8xlarge=6.656 db.r5.large=0.416 db.r5.xlarge=0.832 db.r6g.12xlarge=8.936 db.r6g.16xlarge=11.915 db.r6g.2xlarge=1.49 db.r6g.4xlarge=2.978 db.r6g.8xlarge=5.957 db.r6g.large=0.372 db.r6g.xlarge=0.745 db.r6gd.12xlarge=10.708 db.r6gd.16xlarge=14.277 db.r6gd.2xlarge=1.785 db.r6gd.4xlarge=3.57 db.r6gd.8xlarge=7.138 db.r6gd.xlarge=0.892 db.r6i.12xlarge=9.984 db.r6i.16xlarge=13.312 db.r6i.24xlarge=19.968 db.r6i.2xlarge=1.664 db.r6i.32xlarge=26.624 db.r6i.4xlarge=3.328 db.r6i.8xlarge=6.656 db.r6i.large=0.416 db.r6i.xlarge=0.832 db.r6id.24xlarge=23.962 db.r6id.32xlarge=31.949 db.r7g.12xlarge=9.485 db.r7g.16xlarge=12.647 db.r7g.2xlarge=1.581 db.r7g.4xlarge=3.162 db.r7g.8xlarge=6.324 db.r7g.large=0.395 db.r7g.xlarge=0.79 db.t3.large=0.229 db.t3.medium=0.114 db.t4g.large=0.203 db.t4g.medium=0.101 db.x2g.12xlarge=13.853 db.x2g.16xlarge=18.47 db.x2g.2xlarge=2.309 db.x2g.4xlarge=4.618 db.x2g.8xlarge=9.235 db.x2g.large=0.577 db.x2g.xlarge=1.154',
    },
  },
  'eu-west-2': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.36 db.r3.4xlarge=2.72 db.r3.8xlarge=5.44 db.r3.large=0.34 db.r3.xlarge=0.68 db.r4.16xlarge=10.88 db.r4.2xlarge=1.36 db.r4.4xlarge=2.72 db.r4.8xlarge=5.44 db.r4.large=0.34 db.r4.xlarge=0.68 db.r5.12xlarge=8.16 db.r5.16xlarge=10.88 db.r5.24xlarge=16.32 db.r5.2xlarge=1.36 db.r5.4xlarge=2.72 db.r5.8xlarge=5.44 db.r5.large=0.34 db.r5.xlarge=0.68 db.r6g.12xlarge=7.303 db.r6g.16xlarge=9.738 db.r6g.2xlarge=1.217 db.r6g.4xlarge=2.434 db.r6g.8xlarge=4.869 db.r6g.large=0.304 db.r6g.xlarge=0.609 db.r6i.12xlarge=8.16 db.r6i.16xlarge=10.88 db.r6i.24xlarge=16.32 db.r6i.2xlarge=1.36 db.r6i.32xlarge=21.76 db.r6i.4xlarge=2.72 db.r6i.8xlarge=5.44 db.r6i.large=0.34 db.r6i.xlarge=0.68 db.r7g.12xlarge=7.756 db.r7g.16xlarge=10.341 db.r7g.2xlarge=1.293 db.r7g.4xlarge=2.585 db.r7g.8xlarge=5.17 db.r7g.large=0.323 db.r7g.xlarge=0.646 db.t2.medium=0.093 db.t2.small=0.047 db.t3.large=0.186 db.t3.medium=0.093 db.t3.small=0.047 db.t4g.large=0.164 db.t4g.medium=0.082',
      ioOptimized:
        'db.r5.12xlarge=10.608 db.r5.16xlarge=14.144 db.r5.24xlarge=21.216 db.r5.2xlarge=1.768 db.r5.4xlarge=3.536 db.r5.8xlarge=7.072 db.r5.large=0.442 db.r5.xlarge=0.884 db.r6g.12xlarge=9.494 db.r6g.16xlarge=12.659 db.r6g.2xlarge=1.582 db.r6g.4xlarge=3.164 db.r6g.8xlarge=6.33 db.r6g.large=0.395 db.r6g.xlarge=0.792 db.r6i.12xlarge=10.608 db.r6i.16xlarge=14.144 db.r6i.24xlarge=21.216 db.r6i.2xlarge=1.768 db.r6i.32xlarge=28.288 db.r6i.4xlarge=3.536 db.r6i.8xlarge=7.072 db.r6i.large=0.442 db.r6i.xlarge=0.884 db.r7g.12xlarge=10.083 db.r7g.16xlarge=13.443 db.r7g.2xlarge=1.681 db.r7g.4xlarge=3.361 db.r7g.8xlarge=6.721 db.r7g.large=0.42 db.r7g.xlarge=0.84 db.t3.large=0.242 db.t3.medium=0.121 db.t3.small=0.061 db.t4g.large=0.213 db.t4g.medium=0.107',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=10.88 db.r4.2xlarge=1.36 db.r4.4xlarge=2.72 db.r4.8xlarge=5.44 db.r4.large=0.34 db.r4.xlarge=0.68 db.r5.12xlarge=8.16 db.r5.16xlarge=10.88 db.r5.24xlarge=16.32 db.r5.2xlarge=1.36 db.r5.4xlarge=2.72 db.r5.8xlarge=5.44 db.r5.large=0.34 db.r5.xlarge=0.68 db.r6g.12xlarge=7.303 db.r6g.16xlarge=9.738 db.r6g.2xlarge=1.217 db.r6g.4xlarge=2.434 db.r6g.8xlarge=4.869 db.r6g.large=0.304 db.r6g.xlarge=0.609 db.r6gd.12xlarge=8.755 db.r6gd.16xlarge=11.674 db.r6gd.2xlarge=1.459 db.r6gd.4xlarge=2.918 db.r6gd.8xlarge=5.837 db.r6gd.xlarge=0.73 db.r6i.12xlarge=8.16 db.r6i.16xlarge=10.88 db.r6i.24xlarge=16.32 db.r6i.2xlarge=1.36 db.r6i.32xlarge=21.76 db.r6i.4xlarge=2.72 db.r6i.8xlarge=5.44 db.r6i.large=0.34 db.r6i.xlarge=0.68 db.r6id.24xlarge=19.584 db.r6id.32xlarge=26.112 db.r7g.12xlarge=7.756 db.r7g.16xlarge=10.341 db.r7g.2xlarge=1.293 db.r7g.4xlarge=2.585 db.r7g.8xlarge=5.17 db.r7g.large=0.323 db.r7g.xlarge=0.646 db.t3.large=0.186 db.t3.medium=0.093 db.t4g.large=0.164 db.t4g.medium=0.082',
      ioOptimized:
        'db.r5.12xlarge=10.608 db.r5.16xlarge=14.144 db.r5.24xlarge=21.216 db.r5.2xlarge=1.768 db.r5.4xlarge=3.536 db.r5.8xlarge=7.072 db.r5.large=0.442 db.r5.xlarge=0.884 db.r6g.12xlarge=9.494 db.r6g.16xlarge=12.659 db.r6g.2xlarge=1.582 db.r6g.4xlarge=3.164 db.r6g.8xlarge=6.33 db.r6g.large=0.395 db.r6g.xlarge=0.792 db.r6gd.12xlarge=11.382 db.r6gd.16xlarge=15.176 db.r6gd.2xlarge=1.897 db.r6gd.4xlarge=3.793 db.r6gd.8xlarge=7.588 db.r6gd.xlarge=0.949 db.r6i.12xlarge=10.608 db.r6i.16xlarge=14.144 db.r6i.24xlarge=21.216 db.r6i.2xlarge=1.768 db.r6i.32xlarge=28.288 db.r6i.4xlarge=3.536 db.r6i.8xlarge=7.072 db.r6i.large=0.442 db.r6i.xlarge=0.884 db.r6id.24xlarge=25.459 db.r6id.32xlarge=33.946 db.r7g.12xlarge=10.083 db.r7g.16xlarge=13.443 db.r7g.2xlarge=1.681 db.r7g.4xlarge=3.361 db.r7g.8xlarge=6.721 db.r7g.large=0.42 db.r7g.xlarge=0.84 db.t3.large=0.242 db.t3.medium=0.121 db.t4g.large=0.213 db.t4g.medium=0.107',
    },
  },
  'eu-west-3': {
    'Aurora MySQL': {
      standard:
        'db.r4.16xlarge=10.75 db.r4.2xlarge=1.34 db.r4.4xlarge=2.69 db.r4.8xlarge=5.38 db.r4.large=0.34 db.r4.xlarge=0.67 db.r5.12xlarge=8.04 db.r5.16xlarge=10.72 db.r5.24xlarge=16.08 db.r5.2xlarge=1.34 db.r5.4xlarge=2.68 db.r5.8xlarge=5.36 db.r5.large=0.335 db.r5.xlarge=0.67 db.r6g.12xlarge=7.176 db.r6g.16xlarge=9.568 db.r6g.2xlarge=1.196 db.r6g.4xlarge=2.392 db.r6g.8xlarge=4.784 db.r6g.large=0.299 db.r6g.xlarge=0.598 db.r6i.12xlarge=8.04 db.r6i.16xlarge=10.72 db.r6i.24xlarge=16.08 db.r6i.2xlarge=1.34 db.r6i.32xlarge=21.44 db.r6i.4xlarge=2.68 db.r6i.8xlarge=5.36 db.r6i.large=0.335 db.r6i.xlarge=0.67 db.t2.medium=0.092 db.t2.small=0.046 db.t3.large=0.184 db.t3.medium=0.092 db.t3.small=0.046 db.t4g.large=0.162 db.t4g.medium=0.081',
      ioOptimized:
        'db.r5.12xlarge=10.452 db.r5.16xlarge=13.936 db.r5.24xlarge=20.904 db.r5.2xlarge=1.742 db.r5.4xlarge=3.484 db.r5.8xlarge=6.968 db.r5.large=0.436 db.r5.xlarge=0.871 db.r6g.12xlarge=9.329 db.r6g.16xlarge=12.438 db.r6g.2xlarge=1.555 db.r6g.4xlarge=3.11 db.r6g.8xlarge=6.219 db.r6g.large=0.389 db.r6g.xlarge=0.777 db.r6i.12xlarge=10.452 db.r6i.16xlarge=13.936 db.r6i.24xlarge=20.904 db.r6i.2xlarge=1.742 db.r6i.32xlarge=27.872 db.r6i.4xlarge=3.484 db.r6i.8xlarge=6.968 db.r6i.large=0.436 db.r6i.xlarge=0.871 db.t3.large=0.239 db.t3.medium=0.12 db.t3.small=0.06 db.t4g.large=0.211 db.t4g.medium=0.105',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=10.75 db.r4.2xlarge=1.34 db.r4.4xlarge=2.69 db.r4.8xlarge=5.38 db.r4.large=0.34 db.r4.xlarge=0.67 db.r5.12xlarge=8.04 db.r5.16xlarge=10.72 db.r5.24xlarge=16.08 db.r5.2xlarge=1.34 db.r5.4xlarge=2.68 db.r5.8xlarge=5.36 db.r5.large=0.335 db.r5.xlarge=0.67 db.r6g.12xlarge=7.176 db.r6g.16xlarge=9.568 db.r6g.2xlarge=1.196 db.r6g.4xlarge=2.392 db.r6g.8xlarge=4.784 db.r6g.large=0.299 db.r6g.xlarge=0.598 db.r6gd.12xlarge=8.611 db.r6gd.16xlarge=11.482 db.r6gd.2xlarge=1.435 db.r6gd.4xlarge=2.87 db.r6gd.8xlarge=5.741 db.r6gd.xlarge=0.718 db.r6i.12xlarge=8.04 db.r6i.16xlarge=10.72 db.r6i.24xlarge=16.08 db.r6i.2xlarge=1.34 db.r6i.32xlarge=21.44 db.r6i.4xlarge=2.68 db.r6i.8xlarge=5.36 db.r6i.large=0.335 db.r6i.xlarge=0.67 db.t3.large=0.184 db.t3.medium=0.092 db.t4g.large=0.162 db.t4g.medium=0.081',
      ioOptimized:
        'db.r5.12xlarge=10.452 db.r5.16xlarge=13.936 db.r5.24xlarge=20.904 db.r5.2xlarge=1.742 db.r5.4xlarge=3.484 db.r5.8xlarge=6.968 db.r5.large=0.436 db.r5.xlarge=0.871 db.r6g.12xlarge=9.329 db.r6g.16xlarge=12.438 db.r6g.2xlarge=1.555 db.r6g.4xlarge=3.11 db.r6g.8xlarge=6.219 db.r6g.large=0.389 db.r6g.xlarge=0.777 db.r6gd.12xlarge=11.194 db.r6gd.16xlarge=14.927 db.r6gd.2xlarge=1.866 db.r6gd.4xlarge=3.731 db.r6gd.8xlarge=7.463 db.r6gd.xlarge=0.933 db.r6i.12xlarge=10.452 db.r6i.16xlarge=13.936 db.r6i.24xlarge=20.904 db.r6i.2xlarge=1.742 db.r6i.32xlarge=27.872 db.r6i.4xlarge=3.484 db.r6i.8xlarge=6.968 db.r6i.large=0.436 db.r6i.xlarge=0.871 db.t3.large=0.239 db.t3.medium=0.12 db.t4g.large=0.211 db.t4g.medium=0.105',
    },
  },
  'il-central-1': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=8.06 db.r5.16xlarge=10.75 db.r5.24xlarge=16.13 db.r5.2xlarge=1.34 db.r5.4xlarge=2.69 db.r5.8xlarge=5.38 db.r5.large=0.34 db.r5.xlarge=0.67 db.t3.large=0.185 db.t3.medium=0.092 db.t3.small=0.046',
      ioOptimized:
        'db.r5.12xlarge=10.483 db.r5.16xlarge=13.978 db.r5.24xlarge=20.966 db.r5.2xlarge=1.747 db.r5.4xlarge=3.494 db.r5.8xlarge=6.989 db.r5.large=0.437 db.r5.xlarge=0.874 db.t3.large=0.24 db.t3.medium=0.12 db.t3.small=0.06',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=8.06 db.r5.16xlarge=10.75 db.r5.24xlarge=16.13 db.r5.2xlarge=1.34 db.r5.4xlarge=2.69 db.r5.8xlarge=5.38 db.r5.large=0.34 db.r5.xlarge=0.67 db.t3.large=0.185 db.t3.medium=0.092',
      ioOptimized:
        'db.r5.12xlarge=10.483 db.r5.16xlarge=13.978 db.r5.24xlarge=20.966 db.r5.2xlarge=1.747 db.r5.4xlarge=3.494 db.r5.8xlarge=6.989 db.r5.large=0.437 db.r5.xlarge=0.874 db.t3.large=0.24 db.t3.medium=0.12',
    },
  },
  'me-central-1': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=8.448 db.r5.16xlarge=11.264 db.r5.24xlarge=16.896 db.r5.2xlarge=1.408 db.r5.4xlarge=2.816 db.r5.8xlarge=5.632 db.r5.large=0.352 db.r5.xlarge=0.704 db.r6g.12xlarge=7.519 db.r6g.16xlarge=10.025 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.t3.large=0.194 db.t3.medium=0.097 db.t3.small=0.049 db.t4g.large=0.174 db.t4g.medium=0.087',
      ioOptimized:
        'db.r5.12xlarge=10.982 db.r5.16xlarge=14.643 db.r5.24xlarge=21.965 db.r5.2xlarge=1.83 db.r5.4xlarge=3.661 db.r5.8xlarge=7.322 db.r5.large=0.458 db.r5.xlarge=0.915 db.r6g.12xlarge=9.775 db.r6g.16xlarge=13.033 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.t3.large=0.252 db.t3.medium=0.126 db.t3.small=0.064 db.t4g.large=0.226 db.t4g.medium=0.113',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=8.448 db.r5.16xlarge=11.264 db.r5.24xlarge=16.896 db.r5.2xlarge=1.408 db.r5.4xlarge=2.816 db.r5.8xlarge=5.632 db.r5.large=0.352 db.r5.xlarge=0.704 db.r6g.12xlarge=7.519 db.r6g.16xlarge=10.025 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.t3.large=0.194 db.t3.medium=0.097 db.t3.small=0.049 db.t4g.large=0.174 db.t4g.medium=0.087',
      ioOptimized:
        'db.r5.12xlarge=10.982 db.r5.16xlarge=14.643 db.r5.24xlarge=21.965 db.r5.2xlarge=1.83 db.r5.4xlarge=3.661 db.r5.8xlarge=7.322 db.r5.large=0.458 db.r5.xlarge=0.915 db.r6g.12xlarge=9.775 db.r6g.16xlarge=13.033 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6i.12xlarge=10.982 db.r6i.16xlarge=14.643 db.r6i.24xlarge=21.965 db.r6i.2xlarge=1.83 db.r6i.32xlarge=29.286 db.r6i.4xlarge=3.661 db.r6i.8xlarge=7.322 db.r6i.large=0.458 db.r6i.xlarge=0.915 db.t3.large=0.252 db.t3.medium=0.126 db.t3.small=0.064 db.t4g.large=0.226 db.t4g.medium=0.113',
    },
  },
  'me-south-1': {
    'Aurora MySQL': {
      standard:
        'db.r5.12xlarge=8.448 db.r5.16xlarge=11.264 db.r5.24xlarge=16.896 db.r5.2xlarge=1.408 db.r5.4xlarge=2.816 db.r5.8xlarge=5.632 db.r5.large=0.352 db.r5.xlarge=0.704 db.r6g.12xlarge=7.519 db.r6g.16xlarge=10.025 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6i.12xlarge=8.448 db.r6i.16xlarge=11.264 db.r6i.24xlarge=16.896 db.r6i.2xlarge=1.408 db.r6i.32xlarge=22.528 db.r6i.4xlarge=2.816 db.r6i.8xlarge=5.632 db.r6i.large=0.352 db.r6i.xlarge=0.704 db.r7g.12xlarge=8.136 db.r7g.16xlarge=10.848 db.r7g.2xlarge=1.356 db.r7g.4xlarge=2.712 db.r7g.8xlarge=5.424 db.r7g.large=0.339 db.r7g.xlarge=0.678 db.t3.large=0.194 db.t3.medium=0.097 db.t3.small=0.048 db.t4g.large=0.174 db.t4g.medium=0.087',
      ioOptimized:
        'db.r5.12xlarge=10.982 db.r5.16xlarge=14.643 db.r5.24xlarge=21.965 db.r5.2xlarge=1.83 db.r5.4xlarge=3.661 db.r5.8xlarge=7.322 db.r5.large=0.458 db.r5.xlarge=0.915 db.r6g.12xlarge=9.775 db.r6g.16xlarge=13.033 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6i.12xlarge=10.982 db.r6i.16xlarge=14.643 db.r6i.24xlarge=21.965 db.r6i.2xlarge=1.83 db.r6i.32xlarge=29.286 db.r6i.4xlarge=3.661 db.r6i.8xlarge=7.322 db.r6i.large=0.458 db.r6i.xlarge=0.915 db.r7g.12xlarge=10.584 db.r7g.16xlarge=14.112 db.r7g.2xlarge=1.764 db.r7g.4xlarge=3.528 db.r7g.8xlarge=7.056 db.r7g.large=0.441 db.r7g.xlarge=0.882 db.t3.large=0.252 db.t3.medium=0.126 db.t3.small=0.062 db.t4g.large=0.226 db.t4g.medium=0.113',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r5.12xlarge=8.448 db.r5.16xlarge=11.264 db.r5.24xlarge=16.896 db.r5.2xlarge=1.408 db.r5.4xlarge=2.816 db.r5.8xlarge=5.632 db.r5.large=0.352 db.r5.xlarge=0.704 db.r6g.12xlarge=7.519 db.r6g.16xlarge=10.025 db.r6g.2xlarge=1.253 db.r6g.4xlarge=2.506 db.r6g.8xlarge=5.012 db.r6g.large=0.313 db.r6g.xlarge=0.627 db.r6i.12xlarge=8.448 db.r6i.16xlarge=11.264 db.r6i.24xlarge=16.896 db.r6i.2xlarge=1.408 db.r6i.32xlarge=22.528 db.r6i.4xlarge=2.816 db.r6i.8xlarge=5.632 db.r6i.large=0.352 db.r6i.xlarge=0.704 db.r7g.12xlarge=8.136 db.r7g.16xlarge=10.848 db.r7g.2xlarge=1.356 db.r7g.4xlarge=2.712 db.r7g.8xlarge=5.424 db.r7g.large=0.339 db.r7g.xlarge=0.678 db.t3.large=0.194 db.t3.medium=0.097 db.t4g.large=0.174 db.t4g.medium=0.087',
      ioOptimized:
        'db.r5.12xlarge=10.982 db.r5.16xlarge=14.643 db.r5.24xlarge=21.965 db.r5.2xlarge=1.83 db.r5.4xlarge=3.661 db.r5.8xlarge=7.322 db.r5.large=0.458 db.r5.xlarge=0.915 db.r6g.12xlarge=9.775 db.r6g.16xlarge=13.033 db.r6g.2xlarge=1.629 db.r6g.4xlarge=3.258 db.r6g.8xlarge=6.516 db.r6g.large=0.407 db.r6g.xlarge=0.815 db.r6i.12xlarge=10.982 db.r6i.16xlarge=14.643 db.r6i.24xlarge=21.965 db.r6i.2xlarge=1.83 db.r6i.32xlarge=29.286 db.r6i.4xlarge=3.661 db.r6i.8xlarge=7.322 db.r6i.large=0.458 db.r6i.xlarge=0.915 db.r7g.12xlarge=10.584 db.r7g.16xlarge=14.112 db.r7g.2xlarge=1.764 db.r7g.4xlarge=3.528 db.r7g.8xlarge=7.056 db.r7g.large=0.441 db.r7g.xlarge=0.882 db.t3.large=0.252 db.t3.medium=0.126 db.t4g.large=0.226 db.t4g.medium=0.113',
    },
  },
  'mx-central-1': {
    'Aurora MySQL': {
      standard:
        'db.r6g.12xlarge=6.552 db.r6g.16xlarge=8.736 db.r6g.2xlarge=1.092 db.r6g.4xlarge=2.184 db.r6g.8xlarge=4.368 db.r6g.large=0.273 db.r6g.xlarge=0.546 db.r6i.12xlarge=7.296 db.r6i.16xlarge=9.728 db.r6i.24xlarge=14.592 db.r6i.2xlarge=1.216 db.r6i.32xlarge=19.456 db.r6i.4xlarge=2.432 db.r6i.8xlarge=4.864 db.r6i.large=0.304 db.r6i.xlarge=0.608 db.r7g.12xlarge=6.96 db.r7g.16xlarge=9.28 db.r7g.2xlarge=1.16 db.r7g.4xlarge=2.32 db.r7g.8xlarge=4.64 db.r7g.large=0.29 db.r7g.xlarge=0.58 db.t3.large=0.172 db.t3.medium=0.086 db.t3.small=0.043 db.t4g.large=0.153 db.t4g.medium=0.076',
      ioOptimized:
        'db.r6g.12xlarge=8.52 db.r6g.16xlarge=11.36 db.r6g.2xlarge=1.42 db.r6g.4xlarge=2.84 db.r6g.8xlarge=5.68 db.r6g.large=0.355 db.r6g.xlarge=0.71 db.r6i.12xlarge=9.48 db.r6i.16xlarge=12.64 db.r6i.24xlarge=18.96 db.r6i.2xlarge=1.58 db.r6i.32xlarge=25.28 db.r6i.4xlarge=3.16 db.r6i.8xlarge=6.32 db.r6i.large=0.395 db.r6i.xlarge=0.79 db.r7g.12xlarge=9.048 db.r7g.16xlarge=12.064 db.r7g.2xlarge=1.508 db.r7g.4xlarge=3.016 db.r7g.8xlarge=6.032 db.r7g.large=0.377 db.r7g.xlarge=0.754 db.t3.large=0.224 db.t3.medium=0.112 db.t3.small=0.056 db.t4g.large=0.199 db.t4g.medium=0.1',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r6g.12xlarge=6.552 db.r6g.16xlarge=8.736 db.r6g.2xlarge=1.092 db.r6g.4xlarge=2.184 db.r6g.8xlarge=4.368 db.r6g.large=0.273 db.r6g.xlarge=0.546 db.r6gd.12xlarge=7.86 db.r6gd.16xlarge=10.48 db.r6gd.2xlarge=1.31 db.r6gd.4xlarge=2.62 db.r6gd.8xlarge=5.24 db.r6gd.xlarge=0.655 db.r6i.12xlarge=7.296 db.r6i.16xlarge=9.728 db.r6i.24xlarge=14.592 db.r6i.2xlarge=1.216 db.r6i.32xlarge=19.456 db.r6i.4xlarge=2.432 db.r6i.8xlarge=4.864 db.r6i.large=0.304 db.r6i.xlarge=0.608 db.r6id.24xlarge=17.539 db.r6id.32xlarge=23.385 db.r7g.12xlarge=6.96 db.r7g.16xlarge=9.28 db.r7g.2xlarge=1.16 db.r7g.4xlarge=2.32 db.r7g.8xlarge=4.64 db.r7g.large=0.29 db.r7g.xlarge=0.58 db.t3.large=0.172 db.t3.medium=0.086 db.t4g.large=0.153 db.t4g.medium=0.076',
      ioOptimized:
        'db.r6g.12xlarge=8.52 db.r6g.16xlarge=11.36 db.r6g.2xlarge=1.42 db.r6g.4xlarge=2.84 db.r6g.8xlarge=5.68 db.r6g.large=0.355 db.r6g.xlarge=0.71 db.r6gd.12xlarge=10.224 db.r6gd.16xlarge=13.632 db.r6gd.2xlarge=1.704 db.r6gd.4xlarge=3.408 db.r6gd.8xlarge=6.816 db.r6gd.xlarge=0.852 db.r6i.12xlarge=9.48 db.r6i.16xlarge=12.64 db.r6i.24xlarge=18.96 db.r6i.2xlarge=1.58 db.r6i.32xlarge=25.28 db.r6i.4xlarge=3.16 db.r6i.8xlarge=6.32 db.r6i.large=0.395 db.r6i.xlarge=0.79 db.r6id.24xlarge=22.801 db.r6id.32xlarge=30.401 db.r7g.12xlarge=9.048 db.r7g.16xlarge=12.064 db.r7g.2xlarge=1.508 db.r7g.4xlarge=3.016 db.r7g.8xlarge=6.032 db.r7g.large=0.377 db.r7g.xlarge=0.754 db.t3.large=0.224 db.t3.medium=0.112 db.t4g.large=0.199 db.t4g.medium=0.1',
    },
  },
  'sa-east-1': {
    'Aurora MySQL': {
      standard:
        'db.r4.16xlarge=19.2 db.r4.2xlarge=2.4 db.r4.4xlarge=4.8 db.r4.8xlarge=9.6 db.r4.large=0.6 db.r4.xlarge=1.2 db.r5.12xlarge=14.4 db.r5.16xlarge=19.2 db.r5.24xlarge=28.8 db.r5.2xlarge=2.4 db.r5.4xlarge=4.8 db.r5.8xlarge=9.6 db.r5.large=0.6 db.r5.xlarge=1.2 db.r6g.12xlarge=12.893 db.r6g.16xlarge=17.19 db.r6g.2xlarge=2.149 db.r6g.4xlarge=4.298 db.r6g.8xlarge=8.595 db.r6g.large=0.537 db.r6g.xlarge=1.074 db.r6i.12xlarge=14.4 db.r6i.16xlarge=19.2 db.r6i.24xlarge=28.8 db.r6i.2xlarge=2.4 db.r6i.32xlarge=38.4 db.r6i.4xlarge=4.8 db.r6i.8xlarge=9.6 db.r6i.large=0.6 db.r6i.xlarge=1.2 db.r7g.12xlarge=13.7 db.r7g.16xlarge=18.267 db.r7g.2xlarge=2.283 db.r7g.4xlarge=4.567 db.r7g.8xlarge=9.133 db.r7g.large=0.571 db.r7g.xlarge=1.142 db.t2.medium=0.168 db.t2.small=0.084 db.t3.large=0.336 db.t3.medium=0.168 db.t3.small=0.084 db.t4g.large=0.306 db.t4g.medium=0.153',
      ioOptimized:
        'db.r5.12xlarge=18.72 db.r5.16xlarge=24.96 db.r5.24xlarge=37.44 db.r5.2xlarge=3.12 db.r5.4xlarge=6.24 db.r5.8xlarge=12.48 db.r5.large=0.78 db.r5.xlarge=1.56 db.r6g.12xlarge=16.761 db.r6g.16xlarge=22.347 db.r6g.2xlarge=2.794 db.r6g.4xlarge=5.587 db.r6g.8xlarge=11.174 db.r6g.large=0.698 db.r6g.xlarge=1.396 db.r6i.12xlarge=18.72 db.r6i.16xlarge=24.96 db.r6i.24xlarge=37.44 db.r6i.2xlarge=3.12 db.r6i.32xlarge=49.92 db.r6i.4xlarge=6.24 db.r6i.8xlarge=12.48 db.r6i.large=0.78 db.r6i.xlarge=1.56 db.r7g.12xlarge=17.81 db.r7g.16xlarge=23.747 db.r7g.2xlarge=2.968 db.r7g.4xlarge=5.937 db.r7g.8xlarge=11.873 db.r7g.large=0.742 db.r7g.xlarge=1.485 db.t3.large=0.437 db.t3.medium=0.218 db.t3.small=0.109 db.t4g.large=0.398 db.t4g.medium=0.199',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=19.2 db.r4.2xlarge=2.4 db.r4.4xlarge=4.8 db.r4.8xlarge=9.6 db.r4.large=0.6 db.r4.xlarge=1.2 db.r5.12xlarge=14.4 db.r5.16xlarge=19.2 db.r5.24xlarge=28.8 db.r5.2xlarge=2.4 db.r5.4xlarge=4.8 db.r5.8xlarge=9.6 db.r5.large=0.6 db.r5.xlarge=1.2 db.r6g.12xlarge=12.893 db.r6g.16xlarge=17.19 db.r6g.2xlarge=2.149 db.r6g.4xlarge=4.298 db.r6g.8xlarge=8.595 db.r6g.large=0.537 db.r6g.xlarge=1.074 db.r6gd.12xlarge=15.466 db.r6gd.16xlarge=20.621 db.r6gd.2xlarge=2.578 db.r6gd.4xlarge=5.155 db.r6gd.8xlarge=10.31 db.r6gd.xlarge=1.289 db.r6i.12xlarge=14.4 db.r6i.16xlarge=19.2 db.r6i.24xlarge=28.8 db.r6i.2xlarge=2.4 db.r6i.32xlarge=38.4 db.r6i.4xlarge=4.8 db.r6i.8xlarge=9.6 db.r6i.large=0.6 db.r6i.xlarge=1.2 db.r7g.12xlarge=13.7 db.r7g.16xlarge=18.267 db.r7g.2xlarge=2.283 db.r7g.4xlarge=4.567 db.r7g.8xlarge=9.133 db.r7g.large=0.571 db.r7g.xlarge=1.142 db.t3.large=0.336 db.t3.medium=0.168 db.t4g.large=0.306 db.t4g.medium=0.153',
      ioOptimized:
        'db.r5.12xlarge=18.72 db.r5.16xlarge=24.96 db.r5.24xlarge=37.44 db.r5.2xlarge=3.12 db.r5.4xlarge=6.24 db.r5.8xlarge=12.48 db.r5.large=0.78 db.r5.xlarge=1.56 db.r6g.12xlarge=16.761 db.r6g.16xlarge=22.347 db.r6g.2xlarge=2.794 db.r6g.4xlarge=5.587 db.r6g.8xlarge=11.174 db.r6g.large=0.698 db.r6g.xlarge=1.396 db.r6gd.12xlarge=20.106 db.r6gd.16xlarge=26.807 db.r6gd.2xlarge=3.351 db.r6gd.4xlarge=6.702 db.r6gd.8xlarge=13.403 db.r6gd.xlarge=1.676 db.r6i.12xlarge=18.72 db.r6i.16xlarge=24.96 db.r6i.24xlarge=37.44 db.r6i.2xlarge=3.12 db.r6i.32xlarge=49.92 db.r6i.4xlarge=6.24 db.r6i.8xlarge=12.48 db.r6i.large=0.78 db.r6i.xlarge=1.56 db.r7g.12xlarge=17.81 db.r7g.16xlarge=23.747 db.r7g.2xlarge=2.968 db.r7g.4xlarge=5.937 db.r7g.8xlarge=11.873 db.r7g.large=0.742 db.r7g.xlarge=1.485 db.t3.large=0.437 db.t3.medium=0.218 db.t4g.large=0.398 db.t4g.medium=0.199',
    },
  },
  'us-east-1': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.16 db.r3.4xlarge=2.32 db.r3.8xlarge=4.64 db.r3.large=0.29 db.r3.xlarge=0.58 db.r4.16xlarge=9.28 db.r4.2xlarge=1.16 db.r4.4xlarge=2.32 db.r4.8xlarge=4.64 db.r4.large=0.29 db.r4.xlarge=0.58 db.r5.12xlarge=6.96 db.r5.16xlarge=9.28 db.r5.24xlarge=13.92 db.r5.2xlarge=1.16 db.r5.4xlarge=2.32 db.r5.8xlarge=4.64 db.r5.large=0.29 db.r5.xlarge=0.58 db.r6g.12xlarge=6.229 db.r6g.16xlarge=8.306 db.r6g.2xlarge=1.038 db.r6g.4xlarge=2.076 db.r6g.8xlarge=4.153 db.r6g.large=0.26 db.r6g.xlarge=0.519 db.r6i.12xlarge=6.96 db.r6i.16xlarge=9.28 db.r6i.24xlarge=13.92 db.r6i.2xlarge=1.16 db.r6i.32xlarge=18.56 db.r6i.4xlarge=2.32 db.r6i.8xlarge=4.64 db.r6i.large=0.29 db.r6i.xlarge=0.58 db.r7g.12xlarge=6.633 db.r7g.16xlarge=8.844 db.r7g.2xlarge=1.106 db.r7g.4xlarge=2.211 db.r7g.8xlarge=4.422 db.r7g.large=0.276 db.r7g.xlarge=0.553 db.t2.medium=0.082 db.t2.small=0.041 db.t3.large=0.164 db.t3.medium=0.082 db.t3.small=0.041 db.t4g.large=0.146 db.t4g.medium=0.073 db.x2g.12xlarge=9.048 db.x2g.16xlarge=12.064 db.x2g.2xlarge=1.508 db.x2g.4xlarge=3.016 db.x2g.8xlarge=6.032 db.x2g.large=0.377 db.x2g.xlarge=0.754',
      ioOptimized:
        'db.r5.12xlarge=9.048 db.r5.16xlarge=12.064 db.r5.24xlarge=18.096 db.r5.2xlarge=1.508 db.r5.4xlarge=3.016 db.r5.8xlarge=6.032 db.r5.large=0.377 db.r5.xlarge=0.754 db.r6g.12xlarge=8.098 db.r6g.16xlarge=10.798 db.r6g.2xlarge=1.349 db.r6g.4xlarge=2.699 db.r6g.8xlarge=5.399 db.r6g.large=0.338 db.r6g.xlarge=0.675 db.r6i.12xlarge=9.048 db.r6i.16xlarge=12.064 db.r6i.24xlarge=18.096 db.r6i.2xlarge=1.508 db.r6i.32xlarge=24.128 db.r6i.4xlarge=3.016 db.r6i.8xlarge=6.032 db.r6i.large=0.377 db.r6i.xlarge=0.754 db.r7g.12xlarge=8.623 db.r7g.16xlarge=11.497 db.r7g.2xlarge=1.437 db.r7g.4xlarge=2.874 db.r7g.8xlarge=5.749 db.r7g.large=0.359 db.r7g.xlarge=0.719 db.t3.large=0.213 db.t3.medium=0.107 db.t3.small=0.053 db.t4g.large=0.19 db.t4g.medium=0.095 db.x2g.12xlarge=11.762 db.x2g.16xlarge=15.683 db.x2g.2xlarge=1.96 db.x2g.4xlarge=3.921 db.x2g.8xlarge=7.842 db.x2g.large=0.49 db.x2g.xlarge=0.98',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=9.28 db.r4.2xlarge=1.16 db.r4.4xlarge=2.32 db.r4.8xlarge=4.64 db.r4.large=0.29 db.r4.xlarge=0.58 db.r5.12xlarge=6.96 db.r5.16xlarge=9.28 db.r5.24xlarge=13.92 db.r5.2xlarge=1.16 db.r5.4xlarge=2.32 db.r5.8xlarge=4.64 db.r5.large=0.29 db.r5.xlarge=0.58 db.r6g.12xlarge=6.229 db.r6g.16xlarge=8.306 db.r6g.2xlarge=1.038 db.r6g.4xlarge=2.076 db.r6g.8xlarge=4.153 db.r6g.large=0.26 db.r6g.xlarge=0.519 db.r6gd.12xlarge=7.488 db.r6gd.16xlarge=9.984 db.r6gd.2xlarge=1.248 db.r6gd.4xlarge=2.496 db.r6gd.8xlarge=4.992 db.r6gd.xlarge=0.624 db.r6i.12xlarge=6.96 db.r6i.16xlarge=9.28 db.r6i.24xlarge=13.92 db.r6i.2xlarge=1.16 db.r6i.32xlarge=18.56 db.r6i.4xlarge=2.32 db.r6i.8xlarge=4.64 db.r6i.large=0.29 db.r6i.xlarge=0.58 db.r6id.24xlarge=16.704 db.r6id.32xlarge=22.272 db.r7g.12xlarge=6.633 db.r7g.16xlarge=8.844 db.r7g.2xlarge=1.106 db.r7g.4xlarge=2.211 db.r7g.8xlarge=4.422 db.r7g.large=0.276 db.r7g.xlarge=0.553 db.t3.large=0.164 db.t3.medium=0.082 db.t4g.large=0.146 db.t4g.medium=0.073 db.x2g.12xlarge=9.048 db.x2g.16xlarge=12.064 db.x2g.2xlarge=1.508 db.x2g.4xlarge=3.016 db.x2g.8xlarge=6.032 db.x2g.large=0.377 db.x2g.xlarge=0.754',
      ioOptimized:
        'db.r5.12xlarge=9.048 db.r5.16xlarge=12.064 db.r5.24xlarge=18.096 db.r5.2xlarge=1.508 db.r5.4xlarge=3.016 db.r5.8xlarge=6.032 db.r5.large=0.377 db.r5.xlarge=0.754 db.r6g.12xlarge=8.098 db.r6g.16xlarge=10.798 db.r6g.2xlarge=1.349 db.r6g.4xlarge=2.699 db.r6g.8xlarge=5.399 db.r6g.large=0.338 db.r6g.xlarge=0.675 db.r6gd.12xlarge=9.734 db.r6gd.16xlarge=12.979 db.r6gd.2xlarge=1.622 db.r6gd.4xlarge=3.245 db.r6gd.8xlarge=6.49 db.r6gd.xlarge=0.811 db.r6i.12xlarge=9.048 db.r6i.16xlarge=12.064 db.r6i.24xlarge=18.096 db.r6i.2xlarge=1.508 db.r6i.32xlarge=24.128 db.r6i.4xlarge=3.016 db.r6i.8xlarge=6.032 db.r6i.large=0.377 db.r6i.xlarge=0.754 db.r6id.24xlarge=21.715 db.r6id.32xlarge=28.954 db.r7g.12xlarge=8.623 db.r7g.16xlarge=11.497 db.r7g.2xlarge=1.437 db.r7g.4xlarge=2.874 db.r7g.8xlarge=5.749 db.r7g.large=0.359 db.r7g.xlarge=0.719 db.t3.large=0.213 db.t3.medium=0.107 db.t4g.large=0.19 db.t4g.medium=0.095 db.x2g.12xlarge=11.762 db.x2g.16xlarge=15.683 db.x2g.2xlarge=1.96 db.x2g.4xlarge=3.921 db.x2g.8xlarge=7.842 db.x2g.large=0.49 db.x2g.xlarge=0.98',
    },
  },
  'us-east-2': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.16 db.r3.4xlarge=2.32 db.r3.8xlarge=4.64 db.r3.large=0.29 db.r3.xlarge=0.58 db.r4.16xlarge=9.28 db.r4.2xlarge=1.16 db.r4.4xlarge=2.32 db.r4.8xlarge=4.64 db.r4.large=0.29 db.r4.xlarge=0.58 db.r5.12xlarge=6.96 db.r5.16xlarge=9.28 db.r5.24xlarge=13.92 db.r5.2xlarge=1.16 db.r5.4xlarge=2.32 db.r5.8xlarge=4.64 db.r5.large=0.29 db.r5.xlarge=0.58 db.r6g.12xlarge=6.229 db.r6g.16xlarge=8.306 db.r6g.2xlarge=1.038 db.r6g.4xlarge=2.076 db.r6g.8xlarge=4.153 db.r6g.large=0.26 db.r6g.xlarge=0.519 db.r6i.12xlarge=6.96 db.r6i.16xlarge=9.28 db.r6i.24xlarge=13.92 db.r6i.2xlarge=1.16 db.r6i.32xlarge=18.56 db.r6i.4xlarge=2.32 db.r6i.8xlarge=4.64 db.r6i.large=0.29 db.r6i.xlarge=0.58 db.r7g.12xlarge=6.633 db.r7g.16xlarge=8.844 db.r7g.2xlarge=1.106 db.r7g.4xlarge=2.211 db.r7g.8xlarge=4.422 db.r7g.large=0.276 db.r7g.xlarge=0.553 db.t2.medium=0.082 db.t2.small=0.041 db.t3.large=0.164 db.t3.medium=0.082 db.t3.small=0.041 db.t4g.large=0.146 db.t4g.medium=0.073 db.x2g.12xlarge=9.048 db.x2g.16xlarge=12.064 db.x2g.2xlarge=1.508 db.x2g.4xlarge=3.016 db.x2g.8xlarge=6.032 db.x2g.large=0.377 db.x2g.xlarge=0.754',
      ioOptimized:
        'db.r5.12xlarge=9.048 db.r5.16xlarge=12.064 db.r5.24xlarge=18.096 db.r5.2xlarge=1.508 db.r5.4xlarge=3.016 db.r5.8xlarge=6.032 db.r5.large=0.377 db.r5.xlarge=0.754 db.r6g.12xlarge=8.098 db.r6g.16xlarge=10.798 db.r6g.2xlarge=1.349 db.r6g.4xlarge=2.699 db.r6g.8xlarge=5.399 db.r6g.large=0.338 db.r6g.xlarge=0.675 db.r6i.12xlarge=9.048 db.r6i.16xlarge=12.064 db.r6i.24xlarge=18.096 db.r6i.2xlarge=1.508 db.r6i.32xlarge=24.128 db.r6i.4xlarge=3.016 db.r6i.8xlarge=6.032 db.r6i.large=0.377 db.r6i.xlarge=0.754 db.r7g.12xlarge=8.623 db.r7g.16xlarge=11.497 db.r7g.2xlarge=1.437 db.r7g.4xlarge=2.874 db.r7g.8xlarge=5.749 db.r7g.large=0.359 db.r7g.xlarge=0.719 db.t3.large=0.213 db.t3.medium=0.107 db.t3.small=0.053 db.t4g.large=0.19 db.t4g.medium=0.095 db.x2g.12xlarge=11.762 db.x2g.16xlarge=15.683 db.x2g.2xlarge=1.96 db.x2g.4xlarge=3.921 db.x2g.8xlarge=7.842 db.x2g.large=0.49 db.x2g.xlarge=0.98',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=9.28 db.r4.2xlarge=1.16 db.r4.4xlarge=2.32 db.r4.8xlarge=4.64 db.r4.large=0.29 db.r4.xlarge=0.58 db.r5.12xlarge=6.96 db.r5.16xlarge=9.28 db.r5.24xlarge=13.92 db.r5.2xlarge=1.16 db.r5.4xlarge=2.32 db.r5.8xlarge=4.64 db.r5.large=0.29 db.r5.xlarge=0.58 db.r6g.12xlarge=6.229 db.r6g.16xlarge=8.306 db.r6g.2xlarge=1.038 db.r6g.4xlarge=2.076 db.r6g.8xlarge=4.153 db.r6g.large=0.26 db.r6g.xlarge=0.519 db.r6gd.12xlarge=7.488 db.r6gd.16xlarge=9.984 db.r6gd.2xlarge=1.248 db.r6gd.4xlarge=2.496 db.r6gd.8xlarge=4.992 db.r6gd.xlarge=0.624 db.r6i.12xlarge=6.96 db.r6i.16xlarge=9.28 db.r6i.24xlarge=13.92 db.r6i.2xlarge=1.16 db.r6i.32xlarge=18.56 db.r6i.4xlarge=2.32 db.r6i.8xlarge=4.64 db.r6i.large=0.29 db.r6i.xlarge=0.58 db.r6id.24xlarge=16.704 db.r6id.32xlarge=22.272 db.r7g.12xlarge=6.633 db.r7g.16xlarge=8.844 db.r7g.2xlarge=1.106 db.r7g.4xlarge=2.211 db.r7g.8xlarge=4.422 db.r7g.large=0.276 db.r7g.xlarge=0.553 db.t3.large=0.164 db.t3.medium=0.082 db.t4g.large=0.146 db.t4g.medium=0.073 db.x2g.12xlarge=9.048 db.x2g.16xlarge=12.064 db.x2g.2xlarge=1.508 db.x2g.4xlarge=3.016 db.x2g.8xlarge=6.032 db.x2g.large=0.377 db.x2g.xlarge=0.754',
      ioOptimized:
        'db.r5.12xlarge=9.048 db.r5.16xlarge=12.064 db.r5.24xlarge=18.096 db.r5.2xlarge=1.508 db.r5.4xlarge=3.016 db.r5.8xlarge=6.032 db.r5.large=0.377 db.r5.xlarge=0.754 db.r6g.12xlarge=8.098 db.r6g.16xlarge=10.798 db.r6g.2xlarge=1.349 db.r6g.4xlarge=2.699 db.r6g.8xlarge=5.399 db.r6g.large=0.338 db.r6g.xlarge=0.675 db.r6gd.12xlarge=9.734 db.r6gd.16xlarge=12.979 db.r6gd.2xlarge=1.622 db.r6gd.4xlarge=3.245 db.r6gd.8xlarge=6.49 db.r6gd.xlarge=0.811 db.r6i.12xlarge=9.048 db.r6i.16xlarge=12.064 db.r6i.24xlarge=18.096 db.r6i.2xlarge=1.508 db.r6i.32xlarge=24.128 db.r6i.4xlarge=3.016 db.r6i.8xlarge=6.032 db.r6i.large=0.377 db.r6i.xlarge=0.754 db.r6id.24xlarge=21.715 db.r6id.32xlarge=28.954 db.r7g.12xlarge=8.623 db.r7g.16xlarge=11.497 db.r7g.2xlarge=1.437 db.r7g.4xlarge=2.874 db.r7g.8xlarge=5.749 db.r7g.large=0.359 db.r7g.xlarge=0.719 db.t3.large=0.213 db.t3.medium=0.107 db.t4g.large=0.19 db.t4g.medium=0.095 db.x2g.12xlarge=11.762 db.x2g.16xlarge=15.683 db.x2g.2xlarge=1.96 db.x2g.4xlarge=3.921 db.x2g.8xlarge=7.842 db.x2g.large=0.49 db.x2g.xlarge=0.98',
    },
  },
  'us-west-1': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.28 db.r3.4xlarge=2.56 db.r3.8xlarge=5.12 db.r3.large=0.32 db.r3.xlarge=0.64 db.r4.16xlarge=10.24 db.r4.2xlarge=1.28 db.r4.4xlarge=2.56 db.r4.8xlarge=5.12 db.r4.large=0.32 db.r4.xlarge=0.64 db.r5.12xlarge=7.68 db.r5.16xlarge=10.24 db.r5.24xlarge=15.36 db.r5.2xlarge=1.28 db.r5.4xlarge=2.56 db.r5.8xlarge=5.12 db.r5.large=0.32 db.r5.xlarge=0.64 db.r6g.12xlarge=6.874 db.r6g.16xlarge=9.165 db.r6g.2xlarge=1.146 db.r6g.4xlarge=2.291 db.r6g.8xlarge=4.582 db.r6g.large=0.286 db.r6g.xlarge=0.573 db.r6i.12xlarge=7.68 db.r6i.16xlarge=10.24 db.r6i.24xlarge=15.36 db.r6i.2xlarge=1.28 db.r6i.32xlarge=20.48 db.r6i.4xlarge=2.56 db.r6i.8xlarge=5.12 db.r6i.large=0.32 db.r6i.xlarge=0.64 db.r7g.12xlarge=7.296 db.r7g.16xlarge=9.729 db.r7g.2xlarge=1.216 db.r7g.4xlarge=2.432 db.r7g.8xlarge=4.864 db.r7g.large=0.304 db.r7g.xlarge=0.608 db.t2.medium=0.106 db.t2.small=0.053 db.t3.large=0.212 db.t3.medium=0.106 db.t3.small=0.053 db.t4g.large=0.19 db.t4g.medium=0.095',
      ioOptimized:
        'db.r5.12xlarge=9.984 db.r5.16xlarge=13.312 db.r5.24xlarge=19.968 db.r5.2xlarge=1.664 db.r5.4xlarge=3.328 db.r5.8xlarge=6.656 db.r5.large=0.416 db.r5.xlarge=0.832 db.r6g.12xlarge=8.936 db.r6g.16xlarge=11.915 db.r6g.2xlarge=1.49 db.r6g.4xlarge=2.978 db.r6g.8xlarge=5.957 db.r6g.large=0.372 db.r6g.xlarge=0.745 db.r6i.12xlarge=9.984 db.r6i.16xlarge=13.312 db.r6i.24xlarge=19.968 db.r6i.2xlarge=1.664 db.r6i.32xlarge=26.624 db.r6i.4xlarge=3.328 db.r6i.8xlarge=6.656 db.r6i.large=0.416 db.r6i.xlarge=0.832 db.r7g.12xlarge=9.485 db.r7g.16xlarge=12.648 db.r7g.2xlarge=1.581 db.r7g.4xlarge=3.162 db.r7g.8xlarge=6.323 db.r7g.large=0.395 db.r7g.xlarge=0.79 db.t3.large=0.276 db.t3.medium=0.138 db.t3.small=0.069 db.t4g.large=0.247 db.t4g.medium=0.124',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=10.24 db.r4.2xlarge=1.28 db.r4.4xlarge=2.56 db.r4.8xlarge=5.12 db.r4.large=0.32 db.r4.xlarge=0.64 db.r5.12xlarge=7.68 db.r5.16xlarge=10.24 db.r5.24xlarge=15.36 db.r5.2xlarge=1.28 db.r5.4xlarge=2.56 db.r5.8xlarge=5.12 db.r5.large=0.32 db.r5.xlarge=0.64 db.r6g.12xlarge=6.874 db.r6g.16xlarge=9.165 db.r6g.2xlarge=1.146 db.r6g.4xlarge=2.291 db.r6g.8xlarge=4.582 db.r6g.large=0.286 db.r6g.xlarge=0.573 db.r6gd.12xlarge=8.237 db.r6gd.16xlarge=10.982 db.r6gd.2xlarge=1.373 db.r6gd.4xlarge=2.746 db.r6gd.8xlarge=5.491 db.r6gd.xlarge=0.686 db.r6i.12xlarge=7.68 db.r6i.16xlarge=10.24 db.r6i.24xlarge=15.36 db.r6i.2xlarge=1.28 db.r6i.32xlarge=20.48 db.r6i.4xlarge=2.56 db.r6i.8xlarge=5.12 db.r6i.large=0.32 db.r6i.xlarge=0.64 db.r7g.12xlarge=7.296 db.r7g.16xlarge=9.729 db.r7g.2xlarge=1.216 db.r7g.4xlarge=2.432 db.r7g.8xlarge=4.864 db.r7g.large=0.304 db.r7g.xlarge=0.608 db.t3.large=0.212 db.t3.medium=0.106 db.t4g.large=0.19 db.t4g.medium=0.095',
      ioOptimized:
        'db.r5.12xlarge=9.984 db.r5.16xlarge=13.312 db.r5.24xlarge=19.968 db.r5.2xlarge=1.664 db.r5.4xlarge=3.328 db.r5.8xlarge=6.656 db.r5.large=0.416 db.r5.xlarge=0.832 db.r6g.12xlarge=8.936 db.r6g.16xlarge=11.915 db.r6g.2xlarge=1.49 db.r6g.4xlarge=2.978 db.r6g.8xlarge=5.957 db.r6g.large=0.372 db.r6g.xlarge=0.745 db.r6gd.12xlarge=10.708 db.r6gd.16xlarge=14.277 db.r6gd.2xlarge=1.785 db.r6gd.4xlarge=3.57 db.r6gd.8xlarge=7.138 db.r6gd.xlarge=0.892 db.r6i.12xlarge=9.984 db.r6i.16xlarge=13.312 db.r6i.24xlarge=19.968 db.r6i.2xlarge=1.664 db.r6i.32xlarge=26.624 db.r6i.4xlarge=3.328 db.r6i.8xlarge=6.656 db.r6i.large=0.416 db.r6i.xlarge=0.832 db.r7g.12xlarge=9.485 db.r7g.16xlarge=12.648 db.r7g.2xlarge=1.581 db.r7g.4xlarge=3.162 db.r7g.8xlarge=6.323 db.r7g.large=0.395 db.r7g.xlarge=0.79 db.t3.large=0.276 db.t3.medium=0.138 db.t4g.large=0.247 db.t4g.medium=0.124',
    },
  },
  'us-west-2': {
    'Aurora MySQL': {
      standard:
        'db.r3.2xlarge=1.16 db.r3.4xlarge=2.32 db.r3.8xlarge=4.64 db.r3.large=0.29 db.r3.xlarge=0.58 db.r4.16xlarge=9.28 db.r4.2xlarge=1.16 db.r4.4xlarge=2.32 db.r4.8xlarge=4.64 db.r4.large=0.29 db.r4.xlarge=0.58 db.r5.12xlarge=6.96 db.r5.16xlarge=9.28 db.r5.24xlarge=13.92 db.r5.2xlarge=1.16 db.r5.4xlarge=2.32 db.r5.8xlarge=4.64 db.r5.large=0.29 db.r5.xlarge=0.58 db.r6g.12xlarge=6.229 db.r6g.16xlarge=8.306 db.r6g.2xlarge=1.038 db.r6g.4xlarge=2.076 db.r6g.8xlarge=4.153 db.r6g.large=0.26 db.r6g.xlarge=0.519 db.r6i.12xlarge=6.96 db.r6i.16xlarge=9.28 db.r6i.24xlarge=13.92 db.r6i.2xlarge=1.16 db.r6i.32xlarge=18.56 db.r6i.4xlarge=2.32 db.r6i.8xlarge=4.64 db.r6i.large=0.29 db.r6i.xlarge=0.58 db.r7g.12xlarge=6.633 db.r7g.16xlarge=8.844 db.r7g.2xlarge=1.106 db.r7g.4xlarge=2.211 db.r7g.8xlarge=4.422 db.r7g.large=0.276 db.r7g.xlarge=0.553 db.t2.medium=0.082 db.t2.small=0.041 db.t3.large=0.164 db.t3.medium=0.082 db.t3.small=0.041 db.t4g.large=0.146 db.t4g.medium=0.073 db.x2g.12xlarge=9.048 db.x2g.16xlarge=12.064 db.x2g.2xlarge=1.508 db.x2g.4xlarge=3.016 db.x2g.8xlarge=6.032 db.x2g.large=0.377 db.x2g.xlarge=0.754',
      ioOptimized:
        'db.r5.12xlarge=9.048 db.r5.16xlarge=12.064 db.r5.24xlarge=18.096 db.r5.2xlarge=1.508 db.r5.4xlarge=3.016 db.r5.8xlarge=6.032 db.r5.large=0.377 db.r5.xlarge=0.754 db.r6g.12xlarge=8.098 db.r6g.16xlarge=10.798 db.r6g.2xlarge=1.349 db.r6g.4xlarge=2.699 db.r6g.8xlarge=5.399 db.r6g.large=0.338 db.r6g.xlarge=0.675 db.r6i.12xlarge=9.048 db.r6i.16xlarge=12.064 db.r6i.24xlarge=18.096 db.r6i.2xlarge=1.508 db.r6i.32xlarge=24.128 db.r6i.4xlarge=3.016 db.r6i.8xlarge=6.032 db.r6i.large=0.377 db.r6i.xlarge=0.754 db.r7g.12xlarge=8.623 db.r7g.16xlarge=11.497 db.r7g.2xlarge=1.437 db.r7g.4xlarge=2.874 db.r7g.8xlarge=5.749 db.r7g.large=0.359 db.r7g.xlarge=0.719 db.t3.large=0.213 db.t3.medium=0.107 db.t3.small=0.053 db.t4g.large=0.19 db.t4g.medium=0.095 db.x2g.12xlarge=11.762 db.x2g.16xlarge=15.683 db.x2g.2xlarge=1.96 db.x2g.4xlarge=3.921 db.x2g.8xlarge=7.842 db.x2g.large=0.49 db.x2g.xlarge=0.98',
    },
    'Aurora PostgreSQL': {
      standard:
        'db.r4.16xlarge=9.28 db.r4.2xlarge=1.16 db.r4.4xlarge=2.32 db.r4.8xlarge=4.64 db.r4.large=0.29 db.r4.xlarge=0.58 db.r5.12xlarge=6.96 db.r5.16xlarge=9.28 db.r5.24xlarge=13.92 db.r5.2xlarge=1.16 db.r5.4xlarge=2.32 db.r5.8xlarge=4.64 db.r5.large=0.29 db.r5.xlarge=0.58 db.r6g.12xlarge=6.229 db.r6g.16xlarge=8.306 db.r6g.2xlarge=1.038 db.r6g.4xlarge=2.076 db.r6g.8xlarge=4.153 db.r6g.large=0.26 db.r6g.xlarge=0.519 db.r6gd.12xlarge=7.488 db.r6gd.16xlarge=9.984 db.r6gd.2xlarge=1.248 db.r6gd.4xlarge=2.496 db.r6gd.8xlarge=4.992 db.r6gd.xlarge=0.624 db.r6i.12xlarge=6.96 db.r6i.16xlarge=9.28 db.r6i.24xlarge=13.92 db.r6i.2xlarge=1.16 db.r6i.32xlarge=18.56 db.r6i.4xlarge=2.32 db.r6i.8xlarge=4.64 db.r6i.large=0.29 db.r6i.xlarge=0.58 db.r6id.24xlarge=16.704 db.r6id.32xlarge=22.272 db.r7g.12xlarge=6.633 db.r7g.16xlarge=8.844 db.r7g.2xlarge=1.106 db.r7g.4xlarge=2.211 db.r7g.8xlarge=4.422 db.r7g.large=0.276 db.r7g.xlarge=0.553 db.t3.large=0.164 db.t3.medium=0.082 db.t4g.large=0.146 db.t4g.medium=0.073 db.x2g.12xlarge=9.048 db.x2g.16xlarge=12.064 db.x2g.2xlarge=1.508 db.x2g.4xlarge=3.016 db.x2g.8xlarge=6.032 db.x2g.large=0.377 db.x2g.xlarge=0.754',
      ioOptimized:
        'db.r5.12xlarge=9.048 db.r5.16xlarge=12.064 db.r5.24xlarge=18.096 db.r5.2xlarge=1.508 db.r5.4xlarge=3.016 db.r5.8xlarge=6.032 db.r5.large=0.377 db.r5.xlarge=0.754 db.r6g.12xlarge=8.098 db.r6g.16xlarge=10.798 db.r6g.2xlarge=1.349 db.r6g.4xlarge=2.699 db.r6g.8xlarge=5.399 db.r6g.large=0.338 db.r6g.xlarge=0.675 db.r6gd.12xlarge=9.734 db.r6gd.16xlarge=12.979 db.r6gd.2xlarge=1.622 db.r6gd.4xlarge=3.245 db.r6gd.8xlarge=6.49 db.r6gd.xlarge=0.811 db.r6i.12xlarge=9.048 db.r6i.16xlarge=12.064 db.r6i.24xlarge=18.096 db.r6i.2xlarge=1.508 db.r6i.32xlarge=24.128 db.r6i.4xlarge=3.016 db.r6i.8xlarge=6.032 db.r6i.large=0.377 db.r6i.xlarge=0.754 db.r6id.24xlarge=21.715 db.r6id.32xlarge=28.954 db.r7g.12xlarge=8.623 db.r7g.16xlarge=11.497 db.r7g.2xlarge=1.437 db.r7g.4xlarge=2.874 db.r7g.8xlarge=5.749 db.r7g.large=0.359 db.r7g.xlarge=0.719 db.t3.large=0.213 db.t3.medium=0.107 db.t4g.large=0.19 db.t4g.medium=0.095 db.x2g.12xlarge=11.762 db.x2g.16xlarge=15.683 db.x2g.2xlarge=1.96 db.x2g.4xlarge=3.921 db.x2g.8xlarge=7.842 db.x2g.large=0.49 db.x2g.xlarge=0.98',
    },
  },
};
