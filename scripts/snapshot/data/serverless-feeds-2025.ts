/**
 * Prices from AWS's Lambda, DynamoDB and CloudWatch pricing-page feeds
 * (b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/{lambda,dynamodb,cloudwatch}/…), as committed
 * unchanged to lamngockhuong/aws-price (see FEEDS_2025 in ../feed-sources-2025.ts for path, commit
 * and the feed's own publication date). Each price keeps the feed's row key and its AWS rateCode;
 * only the rows the engine asks for and the 32 commercial regions of core's vocabulary are kept
 * (a region the feed does not price a row in has no entry for it). Generated once from those
 * files; do not edit by hand.
 */
import type { FeedPrice } from '../feed-sources-2025';

/** region → feed row key → price. */
export type FeedTable = Readonly<Record<string, Readonly<Record<string, FeedPrice>>>>;

/** lambda.json: the rows the engine asks for, per region (key: the feed's row). */
export const LAMBDA_FEED: FeedTable = {
  'us-east-1': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'GU2ZS9HVP6QTQ7KE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'K7BX6567RJ67A2KE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'TG3M4CAGBA3NYQBH.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'TG3M4CAGBA3NYQBH.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'TG3M4CAGBA3NYQBH.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: '72SBSFWPMDTH8S3J.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: '72SBSFWPMDTH8S3J.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: '72SBSFWPMDTH8S3J.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000309',
      rateCode: 'CVY5JH8RFRXMP92N.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000309',
      rateCode: 'CH6HMM86MH4K8KCS.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-east-2': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'ZEA64MMVK5QRB5TC.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'DMJPKNDPVRPMG2E7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: '3BYZH4NKJN8TJUQ6.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: '3BYZH4NKJN8TJUQ6.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: '3BYZH4NKJN8TJUQ6.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'CHGDQQ3YSPF93CBA.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'CHGDQQ3YSPF93CBA.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'CHGDQQ3YSPF93CBA.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000309',
      rateCode: 'NTZU6AKMUBV2U895.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000309',
      rateCode: 'B3C4NH7C3BXVK5KQ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-1': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'YY4C5XTAZNQPB6J6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'EQE7YY7WBWZFB46G.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: '46GNEXAQAPS9YGE2.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: '46GNEXAQAPS9YGE2.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: '46GNEXAQAPS9YGE2.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'XVFAA23C65JJZNNW.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'XVFAA23C65JJZNNW.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'XVFAA23C65JJZNNW.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000370',
      rateCode: '59PHF9Z3ZAYD2XW9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000370',
      rateCode: 'TGG4EG7U2Y6WABH7.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-2': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'ZWHFK83WS2P4WZR6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: '6SKZPR8753NAAQ4W.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'XCU6U9G4FCKZQWG9.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'XCU6U9G4FCKZQWG9.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'XCU6U9G4FCKZQWG9.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'T3BEHFG5V4TZDT76.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'T3BEHFG5V4TZDT76.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'T3BEHFG5V4TZDT76.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000309',
      rateCode: 'HXET4S4G5F9Y7FP6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000309',
      rateCode: 'N9TMQ3FMNJR97GYZ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'af-south-1': {
    'Lambda Requests': {
      price: '0.0000002700',
      rateCode: 'BNQXHCKJQCQXPHE8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002700',
      rateCode: 'XPFR3MTP3RW5GRTN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000221000',
      rateCode: 'Z6UGBG979PFHQNPH.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000198900',
      rateCode: 'Z6UGBG979PFHQNPH.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000176800',
      rateCode: 'Z6UGBG979PFHQNPH.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000176800',
      rateCode: '2PW46FQRKMQMYQVF.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000159120',
      rateCode: '2PW46FQRKMQMYQVF.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000141440',
      rateCode: '2PW46FQRKMQMYQVF.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000404',
      rateCode: '4BP2EZTC4F4EHEEZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000404',
      rateCode: 'XGW8AHN7KTN5TCH5.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-east-1': {
    'Lambda Requests': {
      price: '0.0000002800',
      rateCode: '68H82NC62DFBNEVM.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002800',
      rateCode: '5JXCX35TH2MPMFMW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000229200',
      rateCode: 'Y3J9NSBFENB45VFD.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000206200',
      rateCode: 'Y3J9NSBFENB45VFD.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000183300',
      rateCode: 'Y3J9NSBFENB45VFD.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000183000',
      rateCode: '79GRE5UQB86PEDTE.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000165000',
      rateCode: '79GRE5UQB86PEDTE.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000147000',
      rateCode: '79GRE5UQB86PEDTE.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000407',
      rateCode: 'FAUSK48UZ8QQK3JS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000407',
      rateCode: 'G7RNUCJ8FY236XS9.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-south-1': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'VPGUBFQ4KNZKMKGJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'RYFSQRRXQ4R9CK7A.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'PHDF9YNAFR3HDSR8.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'PHDF9YNAFR3HDSR8.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'PHDF9YNAFR3HDSR8.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: '69Y7TUFYEF9HAV59.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: '69Y7TUFYEF9HAV59.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: '69Y7TUFYEF9HAV59.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000352',
      rateCode: 'QHWU5Q6JSUS532X2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000352',
      rateCode: '2K94HT2ACCBDSE8U.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-south-2': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'PV7EVKE5W5DV9HR7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: '574VQJ288VE2ZGMU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'NYVZUNE2ERJBX52D.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'NYVZUNE2ERJBX52D.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'NYVZUNE2ERJBX52D.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'WW6YFYVSDJAEJEZW.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'WW6YFYVSDJAEJEZW.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'WW6YFYVSDJAEJEZW.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000352',
      rateCode: 'DRYF94FXBSD44XMU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000352',
      rateCode: '539CQ6GQTREKCYEN.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-1': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: '36D3E7396ZKUSWWW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'V5T5H5YEU5SUN3C2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: '67ZV6RMYY72YSRDC.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: '67ZV6RMYY72YSRDC.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: '67ZV6RMYY72YSRDC.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'KSD76ZR243WEPWRS.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'KSD76ZR243WEPWRS.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'KSD76ZR243WEPWRS.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000370',
      rateCode: '8FAV96E74NWR9SG9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000370',
      rateCode: 'M49Z5B8UP2XTPTGN.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-2': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'ZW6UHD4Q6EPUCZWU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: '92KS5FMQEEJ39ACN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: '4NX7CSSF3DVPXWBT.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: '4NX7CSSF3DVPXWBT.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: '4NX7CSSF3DVPXWBT.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'KDEJ26SV7QK2N7DW.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'KDEJ26SV7QK2N7DW.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'KDEJ26SV7QK2N7DW.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000370',
      rateCode: 'D4HFHSGASZ38KWED.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000370',
      rateCode: 'ATH88NV3HBJ3ZTTG.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-3': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'GRP2QG4WUGQFGJ6T.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: '75D867BXR9WJ9F77.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'ACUC37K5K3N7C85Q.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'ACUC37K5K3N7C85Q.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'ACUC37K5K3N7C85Q.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'P44629QEZBV3SH4T.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'P44629QEZBV3SH4T.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'P44629QEZBV3SH4T.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000370',
      rateCode: '7Y7J8DGTFR8NN5YF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000370',
      rateCode: '2FNJFZW2THBJWD53.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-4': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'VXJTSR9CJSBFXG5K.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'UH8TQNRPPRZ9TJ4V.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'H6FQK2WA7RDQ5V8X.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'H6FQK2WA7RDQ5V8X.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'H6FQK2WA7RDQ5V8X.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'QVV5SPACJCKHAF8A.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'QVV5SPACJCKHAF8A.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'QVV5SPACJCKHAF8A.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000370',
      rateCode: 'VVJE4FEKRZE6DRJK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000370',
      rateCode: '29EUHTVHTD7D8THR.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-5': {
    'Lambda Requests': {
      price: '0.0000001800',
      rateCode: 'GVB4MJBFXA3BX4M6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000001800',
      rateCode: 'F9T53VWVKRT6G32X.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000150000',
      rateCode: 'D9T9NECWKTB5WH67.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000135000',
      rateCode: 'D9T9NECWKTB5WH67.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000120000',
      rateCode: 'D9T9NECWKTB5WH67.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000120000',
      rateCode: 'JZF5EBXY9YXH6KJZ.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000108000',
      rateCode: 'JZF5EBXY9YXH6KJZ.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000096000',
      rateCode: 'JZF5EBXY9YXH6KJZ.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000333',
      rateCode: 'Q54DCNPEP5HDZ72X.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000333',
      rateCode: '8QED2NBBAJ2SSK2Z.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-7': {
    'Lambda Requests': {
      price: '0.0000001800',
      rateCode: '4JWH9XJEQW57HPK7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000001800',
      rateCode: '3T9634R2MFT46X4K.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000150000',
      rateCode: 'U9BBUJHRSYYFC597.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000135000',
      rateCode: 'U9BBUJHRSYYFC597.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000120000',
      rateCode: 'U9BBUJHRSYYFC597.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000120000',
      rateCode: 'BF3RMJFYR9ZK3K9E.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000108000',
      rateCode: 'BF3RMJFYR9ZK3K9E.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000096000',
      rateCode: 'BF3RMJFYR9ZK3K9E.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000333',
      rateCode: '4Y7UUAD7V9U29VWC.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000333',
      rateCode: 'B2BVT873XZQ4952S.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-1': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: '3BE8DYKG4FYSZGDW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'AA4Q79463N2JQHZA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'FSYUV9NMNDEXRJ5H.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'FSYUV9NMNDEXRJ5H.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'FSYUV9NMNDEXRJ5H.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'ZSE7CMBEBTMPH8ET.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'ZSE7CMBEBTMPH8ET.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'ZSE7CMBEBTMPH8ET.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000370',
      rateCode: 'E7BUD4C7BEJ3ED26.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000370',
      rateCode: '8DSSBVMYVUE4A85P.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-2': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'NFXH9EUGP7BUPE4A.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: '4KD96CKPZF9FJUJ9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'AW8K7Q9ZMMBBP9W6.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'AW8K7Q9ZMMBBP9W6.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'AW8K7Q9ZMMBBP9W6.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'Y9MYZCDTMAKCDR6D.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'Y9MYZCDTMAKCDR6D.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'Y9MYZCDTMAKCDR6D.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000352',
      rateCode: 'QYHWMM7W2MAR34MK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000352',
      rateCode: '6XSCMH79E2EPRAA3.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-3': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: '89U8ZQR2ZV45HXWY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'FPS5FM45229RTFBT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'HQWXQQHHTTTVSUH2.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'HQWXQQHHTTTVSUH2.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'HQWXQQHHTTTVSUH2.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: '92C8Z466WVKPRP7S.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: '92C8Z466WVKPRP7S.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: '92C8Z466WVKPRP7S.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000370',
      rateCode: 'CU95TW3FKNQFD844.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000370',
      rateCode: 'XZJM3HMZSZCJ84TM.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ca-central-1': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'XM5KDGVKY9KYJWCG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'B22EKFMS5UB7E4DB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'KS26AK5FJMDYPXSF.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'KS26AK5FJMDYPXSF.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'KS26AK5FJMDYPXSF.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'WH7JAAY3UGC8KHEC.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'WH7JAAY3UGC8KHEC.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'WH7JAAY3UGC8KHEC.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000340',
      rateCode: 'WFVQTPK4SQ6UGEPT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000340',
      rateCode: 'Y9JGD8ASN2SPS7QA.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ca-west-1': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'G87G4VHC8MFGZYZU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'HPTUCREBP3C88BAZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'Q5FVKYAA7TVWEYJW.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'Q5FVKYAA7TVWEYJW.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'Q5FVKYAA7TVWEYJW.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'UBVQ8M4ZYG32RFDU.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'UBVQ8M4ZYG32RFDU.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'UBVQ8M4ZYG32RFDU.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000340',
      rateCode: 'DS3YK8URMM9US42E.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000340',
      rateCode: 'B6PSZZAMPVUJCCV8.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-central-1': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'CKZQ3D25MV9ET243.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'UVYYDZQ83GKQ2K6C.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'S4ZKFHQ6B28FBYVW.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'S4ZKFHQ6B28FBYVW.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'S4ZKFHQ6B28FBYVW.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: '6PPNGCBXY95TENXZ.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: '6PPNGCBXY95TENXZ.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: '6PPNGCBXY95TENXZ.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000367',
      rateCode: 'TSJKCMGTDRNVXPB4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000367',
      rateCode: 'WSN3KKEEPF26JZR5.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-central-2': {
    'Lambda Requests': {
      price: '0.0000002200',
      rateCode: '8FY96CH95ZA8NU5C.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002200',
      rateCode: 'VUQUVJRYRZKGXHKX.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000183334',
      rateCode: 'U6YRFNVKQZTX8VF2.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000165000',
      rateCode: 'U6YRFNVKQZTX8VF2.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000146667',
      rateCode: 'U6YRFNVKQZTX8VF2.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000146667',
      rateCode: 'EZZMW8SEEDT6E2G5.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000132001',
      rateCode: 'EZZMW8SEEDT6E2G5.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000117334',
      rateCode: 'EZZMW8SEEDT6E2G5.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000441',
      rateCode: '4JZ5N4HUYM6K333N.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000441',
      rateCode: 'TMSMVCZ6FWXCBNM5.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-1': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'B5V2RNHAWGVJBZD3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'DV2YFXRNHNJFTDP3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'SGGKTWDV7PGMPPSJ.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'SGGKTWDV7PGMPPSJ.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'SGGKTWDV7PGMPPSJ.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'KXNSA7NBRHBHXXPS.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'KXNSA7NBRHBHXXPS.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'KXNSA7NBRHBHXXPS.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000340',
      rateCode: '83UZGV2B4WAZRJSR.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000340',
      rateCode: 'N6RU8DUAHRJJA9F9.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-2': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'NDYBVXT3KB548Z2A.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'D4TPQYY66DKTZWX9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'RP9RSZYUC96SQ4G2.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'RP9RSZYUC96SQ4G2.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'RP9RSZYUC96SQ4G2.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'VGMFG9KJ58Z2FK83.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'VGMFG9KJ58Z2FK83.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'VGMFG9KJ58Z2FK83.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000358',
      rateCode: 'N5RQX23Q92PY74R5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000358',
      rateCode: '555FJ99JDKUE4USZ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-3': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: '6GFK8TZW8U8G9MUB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'BVPQ9WHBE3SM65K7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: '7V27U9PFRJGUDWJ8.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: '7V27U9PFRJGUDWJ8.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: '7V27U9PFRJGUDWJ8.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'RUA4GEMXYRH9896Q.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'RUA4GEMXYRH9896Q.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'RUA4GEMXYRH9896Q.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000358',
      rateCode: 'N7HW6RPFWJVEX3VW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000358',
      rateCode: 'ZWPEJYBW22R8KWS7.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-south-1': {
    'Lambda Requests': {
      price: '0.0000002300',
      rateCode: 'EE6A5VEB3PCF9VKU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002300',
      rateCode: 'K9DMCWXXQT7TQSWX.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000195172',
      rateCode: 'SWU8SVYB8U6S2RXR.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000175655',
      rateCode: 'SWU8SVYB8U6S2RXR.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000156138',
      rateCode: 'SWU8SVYB8U6S2RXR.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000156138',
      rateCode: 'SKKKJURRUZNWWKF9.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000140524',
      rateCode: 'SKKKJURRUZNWWKF9.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000124910',
      rateCode: 'SKKKJURRUZNWWKF9.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000357',
      rateCode: 'J6URR2UHKJHADCJR.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000357',
      rateCode: '95QW2EH2JTEV5PB8.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-south-2': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'NCR6U4F9R96E94YR.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: '476SBHCHQKEMB5CF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'JUEJEGS4CE8UUZEP.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'JUEJEGS4CE8UUZEP.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'JUEJEGS4CE8UUZEP.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'HBHNHZU5GAMUNNJH.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'HBHNHZU5GAMUNNJH.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'HBHNHZU5GAMUNNJH.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000340',
      rateCode: 'H5ZFGEP48M3MSNKP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000340',
      rateCode: '42DJKPK2ZZPDMD9E.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-north-1': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: 'KERWZD8CJ22SEZWT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'R3N9VPKCMSVAJDEH.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: '7N49FRQMXS49C2QS.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: '7N49FRQMXS49C2QS.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: '7N49FRQMXS49C2QS.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'VRFJ836X75T58FNT.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'VRFJ836X75T58FNT.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'VRFJ836X75T58FNT.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000323',
      rateCode: 'D5P7WQ6NGY6MNGPU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000323',
      rateCode: 'M5U4DY9KUQ5P8XRV.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'il-central-1': {
    'Lambda Requests': {
      price: '0.0000002100',
      rateCode: 'RKMA4PX3K8H4VAP4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002100',
      rateCode: 'YV5CBXWN5ARWJ7V9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000175000',
      rateCode: 'XX6J9KCM423YDBZM.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000157500',
      rateCode: 'XX6J9KCM423YDBZM.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000140001',
      rateCode: 'XX6J9KCM423YDBZM.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000140001',
      rateCode: 'X48KB4DPQX4RKSY4.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000126001',
      rateCode: 'X48KB4DPQX4RKSY4.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000112000',
      rateCode: 'X48KB4DPQX4RKSY4.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000408',
      rateCode: 'AYPS2FGV6E4X8J2R.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000408',
      rateCode: '3RJM6VR85PPX728R.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'me-south-1': {
    'Lambda Requests': {
      price: '0.0000002500',
      rateCode: 'EMZ8YZDPGWMDYZNK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002500',
      rateCode: 'KY96C7U4EB95UXGK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000206667',
      rateCode: 'N7S38YMSMVSPHNAH.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000185910',
      rateCode: 'N7S38YMSMVSPHNAH.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000165334',
      rateCode: 'N7S38YMSMVSPHNAH.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000165334',
      rateCode: 'R3C6YVZV7TF52KUE.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000148801',
      rateCode: 'R3C6YVZV7TF52KUE.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000132267',
      rateCode: 'R3C6YVZV7TF52KUE.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000374',
      rateCode: 'DBA83XQ3BXSW7T3A.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000374',
      rateCode: '9PH9MHPV4V4MQNRH.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'me-central-1': {
    'Lambda Requests': {
      price: '0.0000002500',
      rateCode: 'W5998MSDP4P5N43C.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002500',
      rateCode: 'FMKMXUNY35KEUAM3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000206667',
      rateCode: '9EQKNHGVQZ99FYAZ.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000185910',
      rateCode: '9EQKNHGVQZ99FYAZ.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000165334',
      rateCode: '9EQKNHGVQZ99FYAZ.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000165334',
      rateCode: '4KSP88F2GNAU7KED.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000148801',
      rateCode: '4KSP88F2GNAU7KED.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000132267',
      rateCode: '4KSP88F2GNAU7KED.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000374',
      rateCode: 'V2GKASTUA3468DP8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000374',
      rateCode: 'XC9R9DANCEYQGZ5G.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'mx-central-1': {
    'Lambda Requests': {
      price: '0.0000002100',
      rateCode: '2PJ77N2RZDFUWCYT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002100',
      rateCode: 'K4KA7GJPQTT3ZJ5A.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000175000',
      rateCode: 'TYPBRHCXJ9JT6HMW.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000157500',
      rateCode: 'TYPBRHCXJ9JT6HMW.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000140000',
      rateCode: 'TYPBRHCXJ9JT6HMW.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000140000',
      rateCode: 'DQSCCD3863BVQARD.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000126001',
      rateCode: 'DQSCCD3863BVQARD.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000112000',
      rateCode: 'DQSCCD3863BVQARD.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000324',
      rateCode: 'A6FY6588P6C8DJWD.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000324',
      rateCode: 'R5F6MCT4WRXWPB3X.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'sa-east-1': {
    'Lambda Requests': {
      price: '0.0000002000',
      rateCode: '7TZ969MZND3Z6HD7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Requests-ARM': {
      price: '0.0000002000',
      rateCode: 'D9Z54P78JUX2Y552.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Duration': {
      price: '0.0000166667',
      rateCode: 'JNXN2GCNDMDR7JAF.JRTCKXETXF.CUKFZ388N3',
    },
    'Lambda Duration Tier2': {
      price: '0.0000150000',
      rateCode: 'JNXN2GCNDMDR7JAF.JRTCKXETXF.QZE2SB4KVB',
    },
    'Lambda Duration Tier3': {
      price: '0.0000133334',
      rateCode: 'JNXN2GCNDMDR7JAF.JRTCKXETXF.V7R92EXG27',
    },
    'Lambda Duration-ARM': {
      price: '0.0000133334',
      rateCode: 'HTQZ78UWV8DFX49Y.JRTCKXETXF.6NBUNBXSC3',
    },
    'Lambda Duration-ARM Tier2': {
      price: '0.0000120001',
      rateCode: 'HTQZ78UWV8DFX49Y.JRTCKXETXF.6JGAYSJBNY',
    },
    'Lambda Duration-ARM Tier3': {
      price: '0.0000106667',
      rateCode: 'HTQZ78UWV8DFX49Y.JRTCKXETXF.AVR3V96UTF',
    },
    'Lambda Storage-Duration': {
      price: '0.0000000586',
      rateCode: '9FNFNSCFQFX6C5GU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Lambda Storage-Duration-ARM': {
      price: '0.0000000586',
      rateCode: 'A5QYMYNMDQHDWHTP.JRTCKXETXF.6YS6EN2CT7',
    },
  },
};

/** dynamodb.json: the rows the engine asks for, per region (key: the feed's row). */
export const DYNAMODB_FEED: FeedTable = {
  'us-east-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001250',
      rateCode: '4W4ZMC46EHE8XTTZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001550',
      rateCode: 'YR9NFVSXEN3QWYDU.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000006250',
      rateCode: 'FGXVD96DKJMUASY3.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000007800',
      rateCode: 'MJVXP493BSJ5SKSQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2500000000',
      rateCode: 'F3E2EDSYC6ZNW7XP.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1000000000',
      rateCode: 'DUA7FNC8NKEMZ7AA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001300000',
      rateCode: '4V475Q49DCKGXQZ2.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001600000',
      rateCode: 'P7CSCRKZN8P5MR8C.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0006500000',
      rateCode: 'R6PXMNYCEDGZ2EYN.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0008100000',
      rateCode: '4PEFGG9BW5Z8Z57U.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1000000000',
      rateCode: 'EDC5UVDZNFN2S777.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2000000000',
      rateCode: 'TFXQN9PEG62G7A67.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1500000000',
      rateCode: 'Z79SYD7KXFPZZ9SF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002000',
      rateCode: 'C7EPEWE3GFXXDMHR.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000006250',
      rateCode: '3XWM5KJM296GT93W.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000007800',
      rateCode: '6NJM3K66JDV3SGNV.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0006500000',
      rateCode: 'QM7WV2JADZJDV45W.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0008100000',
      rateCode: 'MNQBR5JKF47TW9TE.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-east-2': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001250',
      rateCode: 'SGMZJPDKSWXTY4VE.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001550',
      rateCode: 'B746H2FXEEPNMW9R.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000006250',
      rateCode: 'GGQSXTNTRBHRVS56.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000007800',
      rateCode: 'VC4PEF2YFBJXU89P.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2500000000',
      rateCode: 'GAHPNMT39TQ47AGG.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1000000000',
      rateCode: '2X8Q44CK6V5WGJU9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001300000',
      rateCode: '3BGBTGBMZMF7WJJP.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001600000',
      rateCode: 'QF9FHMHNW4ERH36T.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0006500000',
      rateCode: '3SSDRADNWP4RYFMG.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0008100000',
      rateCode: 'JJZ6QUXZVJ6N8XC8.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1000000000',
      rateCode: 'QENR6PH8T6ETTDHT.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2000000000',
      rateCode: 'SU36MES57K2M6EHQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1500000000',
      rateCode: 'UJGJNWRM8WZ4BH56.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002000',
      rateCode: 'K8K2WJTY5H427VNC.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000006250',
      rateCode: 'VJ86359NFUYV4P2J.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000007800',
      rateCode: 'E45U87C4YYPHKJMA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0006500000',
      rateCode: 'VRY3YPNFT7C8VX6T.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0008100000',
      rateCode: 'MXNFPAX85ZMCAA7V.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001395',
      rateCode: '2B5A2GVFNUDVUX8R.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001745',
      rateCode: 'WRA4Y9KGNW4ER2DQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000006950',
      rateCode: 'ZYXUKUJEQQX357EY.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008700',
      rateCode: 'K7KMNAZEJ6VENSYG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2800000000',
      rateCode: 'MQQYCYRA3HGBZJBA.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1120000000',
      rateCode: 'KWN8VMVXQFZXRHAT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001450000',
      rateCode: 'Q3XQ3MAJSCDU56K8.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001810000',
      rateCode: 'SZN9AKCQ9JUG4YQ5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007250000',
      rateCode: '3SA2U6N9TXNT4R2N.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009060000',
      rateCode: 'VF7EQVYTR8EQVTHX.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1120000000',
      rateCode: 'UVY696KZRAY4M54A.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2240000000',
      rateCode: 'DZKF38259JUU2BJ8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1680000000',
      rateCode: 'PWQGSSFEP79Y4MCA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002240',
      rateCode: 'CAKZFMNVSCUA3BBD.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000006950',
      rateCode: 'MW6DHEA5CEE9URP4.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008700',
      rateCode: '6KY9F3CRFD8VCJDS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007250000',
      rateCode: 'SKJWPG53YHBJMACE.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009060000',
      rateCode: 'YU2ZSV9428CJMS8G.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'us-west-2': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001250',
      rateCode: 'K6UMRY3TVDVCBP56.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001550',
      rateCode: '75AU3C9PDZSEBJ7B.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000006250',
      rateCode: '4G4G98VBTENWGY5R.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000007800',
      rateCode: 'XD2FN4QWFKZNBWCV.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2500000000',
      rateCode: 'UNCJFSHZ2ZQGDPJV.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1000000000',
      rateCode: 'TF2793YJYNZQTHQX.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001300000',
      rateCode: 'W7QHZRBMSZ94SXJ5.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001600000',
      rateCode: '3UPHCSRYPYQNZZFB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0006500000',
      rateCode: 'YSHGCBPMUVPMDF79.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0008100000',
      rateCode: 'AB8443CJPJ6K7CNA.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1000000000',
      rateCode: 'GTC4K5DV2VGGRJ8K.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2000000000',
      rateCode: 'UKQHCFER4QFSMKMD.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1500000000',
      rateCode: 'P93X3G5BVPQ4SDHE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002000',
      rateCode: 'YMQRM65S8TD2QXME.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000006250',
      rateCode: '3VHHM5XHVVVUCGAJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000007800',
      rateCode: '9VVQSPQ8YDGDZS9D.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0006500000',
      rateCode: 'AU9AE8JMKEYP6Q3W.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0008100000',
      rateCode: 'FKADSHRX49BYUMRC.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'af-south-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001680',
      rateCode: '9YX63WTGWSND4GJF.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000002105',
      rateCode: '6AMZTN4F2CXU9NAR.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000008400',
      rateCode: '45D27WKNRFEAGTMF.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000010500',
      rateCode: 'QH6X4GEV2QK8V2FQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.3367700000',
      rateCode: 'GAFXXX6W3J7GDAHB.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1347100000',
      rateCode: 'JPC8GBGV2SJ42USM.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001749300',
      rateCode: '8DESTQXZQ4YHNM3W.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0002187000',
      rateCode: 'N2JW6DJ93GMGZK3B.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0008746500',
      rateCode: 'T7DFJ32QNAQXCG62.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009647000',
      rateCode: '986D2WGUQX28VVPF.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1309000000',
      rateCode: '4TRPCYYJ27KGYQJE.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2618000000',
      rateCode: 'BYD6EES28AD4UC8X.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.2023000000',
      rateCode: 'WARP4MVC54CGJD5X.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002694',
      rateCode: '58NUEA6CTYUX9DZM.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000008400',
      rateCode: 'TWAMKWAZYMF8NJNB.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000010500',
      rateCode: 'NZJH4MZ94TTH9AGY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0008746500',
      rateCode: '9KTYCF3SDHJEP64M.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009647000',
      rateCode: 'QJJV8ZTJMEFSCTCN.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-east-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001550',
      rateCode: 'X2FXN3G2TX7QB2GN.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001950',
      rateCode: 'BMKY5GG4RFTSHJJD.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007850',
      rateCode: 'W2KCDRQRMXNRNHTR.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000009800',
      rateCode: '4P8J5XHR6JNJW6CP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.3135000000',
      rateCode: 'GC62YK3QSU9T4KP8.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1254000000',
      rateCode: 'YJMC9RJPPRU4U675.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001628000',
      rateCode: 'AZFSQ9924668VM9Y.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0002035000',
      rateCode: 'Y4QHA7RYPQDJ4S2F.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0008140000',
      rateCode: '55W2WTJCTWZXV42E.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0010180000',
      rateCode: 'ZD5GAZ9VNRDR7JDN.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1254000000',
      rateCode: 'Y8NX3A9P4KY95Y55.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2508000000',
      rateCode: 'XZ2W2Q4A8JVEXARU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1881000000',
      rateCode: 'YQFC8YNSX8MKDQ3U.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002500',
      rateCode: 'ZG4NWR8P7ACEBJWS.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007850',
      rateCode: '5B8MCWU2U9537TST.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000009800',
      rateCode: 'M5QHCCEKN2TGBQJ9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0008140000',
      rateCode: 'N7C2YR6888VW498E.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0010180000',
      rateCode: 'Z7M6G6PJFSRG78FH.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-south-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001425',
      rateCode: 'HQZY4ZFUTRDPV7ZE.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001780',
      rateCode: 'HWEZWZFNJST4WE4A.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007100',
      rateCode: 'A5DP2X4YSZ84WEJA.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008900',
      rateCode: '8V8GNJSB5W9FXEY3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2850000000',
      rateCode: '8Q6HK3ASV67MN388.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1140000000',
      rateCode: 'TVUP3J3JU42FFXR2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001480000',
      rateCode: 'AWKFFAT3BA3CZFU3.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001850000',
      rateCode: '7AFS5QRBMXJJVTBW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007400000',
      rateCode: '9CAND3JT2R9NWRZ5.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009300000',
      rateCode: 'P78W966CQC6VR7DD.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1140000000',
      rateCode: 'YNVGZG3NNGHKZAE3.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2280000000',
      rateCode: '4QP8CNC65HXP42PN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1710000000',
      rateCode: '9XH4NAHVDRYNPQ5Y.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002280',
      rateCode: 'C2GFQ7TYGJVM4SYJ.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007100',
      rateCode: 'XUZH55DS4SV7E8DW.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008900',
      rateCode: 'PAGTB5QJBHF46T39.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007400000',
      rateCode: 'YY77FT6E6V58ENYF.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009300000',
      rateCode: 'Z5VWDEZ7FKG5BWHK.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-south-2': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001425',
      rateCode: 'WD23Q9EHFU2DADW4.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001780',
      rateCode: '8VDNXJR8XKT8E8Q7.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007100',
      rateCode: '2MTFZQBFNY8X33AS.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008900',
      rateCode: 'F3Q3KRDHPTK95KDP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2850000000',
      rateCode: 'DJKSM635QTGNY7NA.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1140000000',
      rateCode: 'ENXB5QJ7FUAFBBYS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001480000',
      rateCode: 'JMQ42DGFSHP8E2KZ.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001850000',
      rateCode: 'AAUNXAWNRV53QMH7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007400000',
      rateCode: '854ENPK4YJS8ZHV9.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009300000',
      rateCode: 'S6VHXPYYQRUDJCZ9.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1140000000',
      rateCode: 'RNGDUGZAXQNQEQ9W.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2280000000',
      rateCode: 'SSCGTKT93HV4UV5U.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1710000000',
      rateCode: 'UJDSYP8XXUZ7X797.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002280',
      rateCode: 'D9EEZ5YMY7Q59CY8.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007100',
      rateCode: '5NBCMB8S64CAGKT3.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008900',
      rateCode: 'F4GRFJWW7KVW8J3G.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007400000',
      rateCode: 'F3UAEJAKGXEBB8QZ.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009300000',
      rateCode: 'P3KYCF2VMPRHBFRM.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001425',
      rateCode: 'XF4WN9CQUFPSY9SQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001780',
      rateCode: 'PFCX92ZEA4T293U3.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007100',
      rateCode: 'PZTVP859DVDCGT8X.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008900',
      rateCode: 'UGMC2XP7PZW3A88R.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2850000000',
      rateCode: 'YCMS8QPJ7DRVHAXD.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1140000000',
      rateCode: 'FVTYPQJ48D5HD595.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001480000',
      rateCode: '28F5UUC3ZUDFGPU8.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001855000',
      rateCode: 'UW59C4ZGW26D7F24.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007400000',
      rateCode: 'HKAXA28QKWPC5UR9.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009300000',
      rateCode: 'X5287MKANKTHAHKQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1140000000',
      rateCode: 'A4JVT7FRHPDGJJKZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2280000000',
      rateCode: 'GSSDTS2TPQ4RHW4R.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1710000000',
      rateCode: 'EGZ29Y92CQQP7NGF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002280',
      rateCode: '3PB8DE2X4E4VWVDX.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007100',
      rateCode: 'PB5RUHHH4NWP57QF.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008900',
      rateCode: 'YPBEDS7QQZW3Y5AM.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007400000',
      rateCode: 'ECPFUGTTSZNSBQ6M.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009300000',
      rateCode: 'PMRRXXTRZYH8ZU96.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-2': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001425',
      rateCode: 'BQCZ4TYN2JVHEH4Z.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001780',
      rateCode: 'S2A8R8SVMXVH3ANG.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007100',
      rateCode: 'X43FXEDHFRVHHYQR.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008900',
      rateCode: '7KMJ5NF63VBP5UAR.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2850000000',
      rateCode: 'NF4X2QKU7Y7QVY5C.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1140000000',
      rateCode: 'KUXZ35XZTKE66F5G.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001480000',
      rateCode: '7H4QZ7MBMBZ98V2G.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001855000',
      rateCode: 'YJK5VG8DYTNPBV9R.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007400000',
      rateCode: 'T6KJVJSJPZ5HDA38.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009300000',
      rateCode: 'WCC72VYUQDX8TDND.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1140000000',
      rateCode: 'PTQ2UAYPK5P5XNU4.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2280000000',
      rateCode: 'KHP6CW3RY2FP49W3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1710000000',
      rateCode: 'B6XJC38SQZFBNNGN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002280',
      rateCode: 'GFV7FF6TXUC68QE4.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007100',
      rateCode: 'DH967HHPW5DZ2HF3.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008900',
      rateCode: 'GJQBY462XPJ46ZQF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007400000',
      rateCode: 'AH6DWCQPAGHC9CJQ.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009300000',
      rateCode: 'E5D9VUS4U2QRY8BQ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-3': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001425',
      rateCode: 'PRBK95Q94GVJQFG7.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001780',
      rateCode: 'E5UKVPNZAGZ4BHMD.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007100',
      rateCode: 'VVMPERN6EF8ZC6XE.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008900',
      rateCode: 'SX2GDMMRJJSMGMCH.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2850000000',
      rateCode: 'KU4VC4HCHE4HWDPU.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1140000000',
      rateCode: '95PADFPG2ZCSHMCK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001480000',
      rateCode: 'MY75EBKEMRMCJHXA.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001855000',
      rateCode: 'VZ33TY43C5NTHGRS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007400000',
      rateCode: '2Q96P5F3GGKWF8VQ.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009300000',
      rateCode: 'CA3RRRXY5FRTJ5RF.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1140000000',
      rateCode: 'P5DSUWV6TMTFWPNC.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2280000000',
      rateCode: 'Z29QR5N2BHVCZ4C6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1710000000',
      rateCode: '5AU482V3JZKY2BG6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002280',
      rateCode: 'Y3BP54JWHSYJQKH8.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007100',
      rateCode: 'UWVFA8SAYXRU829B.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008900',
      rateCode: '8SCAJG5CG39TR6WQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007400000',
      rateCode: 'AXD7FDV8A4X8FGZY.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009300000',
      rateCode: '7F2ACAVCFM3XAAAF.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-4': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001425',
      rateCode: 'MSX7N4YY9PH9AR3P.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001780',
      rateCode: 'CU3XQDAVD9HZZT5D.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007100',
      rateCode: 'RDK38EMSRQRCHT32.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008900',
      rateCode: '3UJSCJQMBFWGT3SM.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2850000000',
      rateCode: '73S8APPH5WER2A55.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1140000000',
      rateCode: 'BSSNA3J8SSXP25SE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001480000',
      rateCode: 'FJJ6CM3FG948S3J7.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001855000',
      rateCode: 'PSJ9RF3V2NJ2FK9P.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007400000',
      rateCode: 'N4QUKFFX554BD8JK.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009300000',
      rateCode: 'BFZ5D3VGZZYSFQT6.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1140000000',
      rateCode: 'JAY6FZ3ANQ239FJP.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2280000000',
      rateCode: '62RBKZQ98HQNJURQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1710000000',
      rateCode: 'BTQZK7643UWH4ZR6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002280',
      rateCode: 'BVMXZMGMHTX2MKZR.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007100',
      rateCode: 'KURM98U3CCEGEXC6.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008900',
      rateCode: '8Q8AHTFYVSSGC2ZR.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007400000',
      rateCode: 'SYZHU8QBH7N6T3S6.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009300000',
      rateCode: '9PMXKYVT4SU2YGVT.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-5': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001285',
      rateCode: 'R4W5MZ2J2E9S4HFW.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001600',
      rateCode: '9NPFCHPAU9NBJGCS.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000006400',
      rateCode: 'DFT8P7MT3C5U4HR8.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008005',
      rateCode: 'TGGQPU7UXVH96X2C.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2565000000',
      rateCode: '57ZN2HS7Y2EEWTHE.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1026000000',
      rateCode: 'CPQGEKTD9868QH4B.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001332000',
      rateCode: 'Q87ZDHHJ39SD578X.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001669500',
      rateCode: 'GKTMGWG88V9XH69W.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0006660000',
      rateCode: 'KARRSUXPA35WY24R.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0008370000',
      rateCode: '9CRME6TQWDMQSRTM.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1026000000',
      rateCode: 'UNXYY9FH9J3WVT3H.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2052000000',
      rateCode: 'ZH7BR2ADZYK728QK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1539000000',
      rateCode: 'F4US74ZCGYBAY8RJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002050',
      rateCode: 'FM82HKDZDSFBWXSB.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000006400',
      rateCode: 'A9BQ6US5SQ9MXZQA.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008005',
      rateCode: 'DGF8F28DT88YEYE9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0006660000',
      rateCode: 'MGDMWZ6T49J54A5V.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0008370000',
      rateCode: 'Z65VCJ7XNXASPZWX.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-southeast-7': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001285',
      rateCode: '442PBAYR5KW364QM.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001600',
      rateCode: 'J6F4JRKYMFKWFVNE.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000006400',
      rateCode: 'RSG57TRR6X2VH5QR.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008005',
      rateCode: 'Q6STU92DVAX3JUFD.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2565000000',
      rateCode: '5C869KVZRUEUNJJP.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1026000000',
      rateCode: 'CF8XKWEBQVJUBJ7Z.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001332000',
      rateCode: '78Y6Q3YQ4Z87KEAD.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001669500',
      rateCode: 'JUWV8J84DFCG8B5W.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0006660000',
      rateCode: 'BE3FCZZJDHK4BRNB.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0008370000',
      rateCode: '64PEV6YHZ2V2BYXZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1026000000',
      rateCode: 'X5VWS3JTNSADZKBA.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2052000000',
      rateCode: 'SJM4TVFJJTBWP6J9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1539000000',
      rateCode: 'HYSQXY3WGCVG7FRK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002050',
      rateCode: 'T67AZMD6UNJ99V3A.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000006400',
      rateCode: 'EQ4S5XSW4XHYQHJW.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008005',
      rateCode: 'EQEWEYNYWWKPN5YU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0006660000',
      rateCode: 'BHW53MV4VPM9EYH8.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0008370000',
      rateCode: 'U5GTDEDXBZYX55BC.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001425',
      rateCode: 'TX6BW4TWG2FZQMPQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001780',
      rateCode: 'UFKMNCXGYJBW99VR.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007150',
      rateCode: 'HBK75W4NW4DYPFAC.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008900',
      rateCode: 'VVETX765RMB7JKJ8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2850000000',
      rateCode: '2HPSAWPXJ2JJJ6XY.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1140000000',
      rateCode: '29FW33RDW87MSHN6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001484000',
      rateCode: 'QS5WYUWZHW5DU5CA.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001855000',
      rateCode: 'NYJMEFF8F8AM3VS8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007420000',
      rateCode: 'GVBT7JN4X2B6STN4.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009275000',
      rateCode: 'PEXUTYX7K2G95MSD.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1140000000',
      rateCode: '696485FWV4GMJH4V.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2280000000',
      rateCode: 'ZZYBMDK8NF9E89RN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1710000000',
      rateCode: 'T6RK6THJVQUFJ4M5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002280',
      rateCode: '3AEMTFQBUFRVM2WF.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007150',
      rateCode: 'YHU2DWZ6TPZFUA4Y.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008900',
      rateCode: '7WN3C6GDJNPC3QNB.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007420000',
      rateCode: 'CT9T39Y6PD2UC2AZ.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009275000',
      rateCode: 'R5SRU4W6BNWAAYUD.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-2': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001355',
      rateCode: 'CA48KP239QD7QGET.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001695',
      rateCode: 'US3UFV48JHVWF89S.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000006800',
      rateCode: 'CRY85JPX766TWE8M.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008450',
      rateCode: 'CTV9VTV84VGD7X72.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2707500000',
      rateCode: 'ZM3FKKWKS69QR83G.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1083000000',
      rateCode: '9AQ3ZS6RTEZN8ZZS.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001409800',
      rateCode: '4ZW8YR24WG9CY52X.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001762000',
      rateCode: '8S6HRZSSTV4FR6PA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007049000',
      rateCode: 'T6NCDMUZG4J9YF4T.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0008811000',
      rateCode: 'FRYK448S4835UTT3.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1083000000',
      rateCode: 'UEHXPAVNPKGSF7JN.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2166000000',
      rateCode: 'FQAF3AP3N2CA7ER8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1624500000',
      rateCode: 'GWFBV4YH9S6FZBDK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002170',
      rateCode: 'MXM3XEG6ZSDN4W5D.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000006800',
      rateCode: 'WGTMEYSDVXV9WSPN.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008450',
      rateCode: '7HNFM9N2ATBE8ATT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007049000',
      rateCode: '8BBJK67JJ5HYGJNU.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0008811000',
      rateCode: 'CDFXTJ26FVEN452D.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ap-northeast-3': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001425',
      rateCode: 'P967BFDK38C949DQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001780',
      rateCode: 'RZH4BXYHUYFBCKUC.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007150',
      rateCode: 'TH2JBKANBR49ZHXH.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008900',
      rateCode: '4QUG6VHZ7CMTR4YH.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2850000000',
      rateCode: '5TUUYBYG8YVFAQY4.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1140000000',
      rateCode: 'AR8437QDSNP5V9K3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001484000',
      rateCode: '3TCNGMKPYCN6RSKN.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001855000',
      rateCode: 'GDUVV54A45JF9NHA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007420000',
      rateCode: 'ZX2UBHDKFGF756JN.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009280000',
      rateCode: 'Q86XNWA9JH6ZSBRZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1140000000',
      rateCode: 'AJYP6KQZFTAG3CAF.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2280000000',
      rateCode: '9KCJ3NHHD49P6CH9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1710000000',
      rateCode: 'QD62VUJNY4H7RYAG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002280',
      rateCode: '3YGHMWTXVNYSRE32.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007150',
      rateCode: 'WTQ27GUM5ZDY4KKH.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008900',
      rateCode: 'WFE88M28C5XYNJ9T.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007420000',
      rateCode: 'XNC5G2DFZ44S7DZB.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009280000',
      rateCode: '3YUK9HKX9X7PG9Y4.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ca-central-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001375',
      rateCode: 'PM9QE73AGC2H489Q.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001720',
      rateCode: '4YF2K2K9MPT84EDK.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000006875',
      rateCode: 'EQQDTPXM3BAM6K38.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008595',
      rateCode: 'C858FY285GSAYYPK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2750000000',
      rateCode: 'XMP22N56QV3R5RHW.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1100000000',
      rateCode: 'Z552B6YPXX45TRFY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001430000',
      rateCode: 'U5UMR6EQF83JHZ7Q.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001790000',
      rateCode: 'AERR5HJVRG54CNHD.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007150000',
      rateCode: 'MWP6UT6MWBJWHZX6.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0008940000',
      rateCode: '7NVCAPWWYK4MCTA8.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1100000000',
      rateCode: 'XMTUUGVYPCWT753N.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2200000000',
      rateCode: '9P8WV7J2R8NSAE9U.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1650000000',
      rateCode: 'X67M8ZVRHTND3WEF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002200',
      rateCode: '9XCJ5UY7PTTAPMFK.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000006875',
      rateCode: 'AP5N3FU9YVGM7229.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008595',
      rateCode: 'RHNPR86EM2JAN4T8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007150000',
      rateCode: 'RCJQC7FWWZF8QCV3.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0008940000',
      rateCode: '845SMYS22Q73KXZQ.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'ca-west-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001375',
      rateCode: 'QW7PFKU7MSB3XE8P.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001720',
      rateCode: 'Y9GWPC6GN454HBJ4.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000006875',
      rateCode: 'TNW9EDQH7TAJEY68.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008595',
      rateCode: 'TZFKM2XWWX7MJ8P5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2750000000',
      rateCode: 'T6KJTRAMACHZXVRW.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1100000000',
      rateCode: '3GWEJHAV3VGTBXN6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001430000',
      rateCode: 'GE2783GQCHUWTCU5.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001790000',
      rateCode: 'KHWH6UY4SXBJ3JXE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007150000',
      rateCode: 'KZBDC3Q94RCVZ38F.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0008940000',
      rateCode: '69BSU4W3G2YUJS99.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1100000000',
      rateCode: 'WTJSN68WNYDY9QZ6.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2200000000',
      rateCode: '8XK4KFKHCM6GMZJQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1650000000',
      rateCode: 'HRWXT8U6CSE6NT9X.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002200',
      rateCode: 'XU2CYFXTYR6D7D8V.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000006875',
      rateCode: '2WUQYHH6BWQFSUT5.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008595',
      rateCode: 'RBYWF9W6VV78QPK2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007150000',
      rateCode: 'GZQTDVP4C5TGX2KV.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0008940000',
      rateCode: 'PB96YQY5TNF9WD3H.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-central-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001525',
      rateCode: 'GA5XQXTMQJ8CBEU4.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001905',
      rateCode: 'D4EXBWCGADNSQYRE.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007625',
      rateCode: '9G7XEGBNEMAXT6EE.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000009550',
      rateCode: 'E6BWPE4RMAZHTC7Z.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.3060000000',
      rateCode: 'DC7NMEMXZPW6E4HE.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1224000000',
      rateCode: 'NK55AKMGKTK89SGA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001586000',
      rateCode: 'G2FC6NXKVCPW4SSW.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001983000',
      rateCode: '7RYP776BUATYEJWZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007930000',
      rateCode: 'N4S9SSK4DZCKR6BW.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009910000',
      rateCode: 'TQNHAP8DS5JCG4C9.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1224000000',
      rateCode: 'P3825UR44WMSHNMK.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2448000000',
      rateCode: 'PT5R87Y6K3WPNRYP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1836000000',
      rateCode: 'FH53F7F6YY4VDWCJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002450',
      rateCode: '2DSJ8N77MXAM22YF.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007625',
      rateCode: 'TUQPK74VVYHMJD6T.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000009550',
      rateCode: 'GCC4M9MXFJ7MCQM5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007930000',
      rateCode: '7Z4UGB8GCJSRNRVD.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009910000',
      rateCode: 'YBM88BXF3RQFW9HY.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-central-2': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001680',
      rateCode: '8883HXVTNA84YK78.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000002095',
      rateCode: 'QXMZUVDCVKE9T3YJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000008350',
      rateCode: 'TX93GZSU52J9KN2E.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000010505',
      rateCode: 'R4FKR866KT8S996V.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.3366000000',
      rateCode: 'P9C68H7XWB55WVNY.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1346400000',
      rateCode: 'EV8NKSMFKPD3GEUH.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001750000',
      rateCode: 'KSTFNTF65UJUDBAD.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0002180000',
      rateCode: 'ETMU7ATC7E8UAMAY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0008720000',
      rateCode: 'JZ6Q8EEZ87R3DS3A.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0010901000',
      rateCode: '5VYK9G6QSUE79YVY.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1346400000',
      rateCode: 'SWR23X7GBYH6ENZ8.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2692800000',
      rateCode: 'REX8FT9JCRCPCWQA.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.2019600000',
      rateCode: 'KFS766Z6WUPJJ8ES.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002700',
      rateCode: 'UBHH9EJP6ASXDWB7.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000008350',
      rateCode: 'DMV3H4WJ7Y7MYSH7.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000010505',
      rateCode: 'JN9NGWMHS4DXFX52.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0008720000',
      rateCode: 'FNHXN2EUQX6BTEBK.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0010901000',
      rateCode: 'HMSYNSZKWXEV5VR9.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001415',
      rateCode: '3ERQSZWPAMX2JWHN.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001770',
      rateCode: 'NZ66EMFUXA9Q8VMN.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007050',
      rateCode: 'F4EZE5SAMS3D49NJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008850',
      rateCode: 'ZHRGYS37PRKU6NZT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2830000000',
      rateCode: 'E6MS5SS3AMMHBJC6.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1132000000',
      rateCode: 'B2BBU98HJ8KQJDE2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001470000',
      rateCode: 'J7FH9ZNSN6J2RR9Q.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001840000',
      rateCode: '929YHNJB836DANWG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007350000',
      rateCode: '36CGV8QUHJZG65HD.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009190000',
      rateCode: '39X6PM3G4DJ9BBY5.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1100000000',
      rateCode: 'FCKG4HDBNTADKURG.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2200000000',
      rateCode: 'W73KZTNZ7UBXFD8S.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1700000000',
      rateCode: 'Q5UBG7UUKU2DGAJK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002260',
      rateCode: 'F9Z7FWVDM8TCTC76.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007050',
      rateCode: 'Y8RETJA3NHS97536.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008850',
      rateCode: '6JYFQM9NETS5W42R.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007350000',
      rateCode: 'KRCBWB5SWCK6EEE5.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009190000',
      rateCode: '6NPJE4VHYPZG657F.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-2': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001487',
      rateCode: 'C3KVQJC3P2UZ6DKW.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001856',
      rateCode: 'E5RMMTE68ERFSRUZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007423',
      rateCode: '6PCERDN3NMDKW474.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000009279',
      rateCode: 'W7AWMHG9972MU4V6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2971500000',
      rateCode: '8BMKSHZNW5CVQKKZ.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1188600000',
      rateCode: '28WXWMXGX6PHR8Y5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001544000',
      rateCode: 'VK9WXJVG792JCF2F.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001930000',
      rateCode: 'BCU77VNZYEE7Z4HM.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007720000',
      rateCode: 'DMNA43P5TCVJGDWW.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009650000',
      rateCode: '376N32VCEWYJQPDC.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1188600000',
      rateCode: 'GCKPJ7M6GGPE6RC9.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2377200000',
      rateCode: 'E2U4GFTM4Z6XCHQQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1782900000',
      rateCode: 'UNAJREARKQQVUQDC.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002370',
      rateCode: 'M32VYFTBFH2T4RGA.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007423',
      rateCode: 'P64XM9EPT2X4B8GC.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000009279',
      rateCode: '8V7J77326PM32323.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007720000',
      rateCode: 'N7HEJ89GP459M9M7.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009650000',
      rateCode: '4S2DHSNBXBD956XH.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-west-3': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001487',
      rateCode: '2R7JBDXAWRE8KE48.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001856',
      rateCode: '3UPCYT9CEE2MK2RZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007423',
      rateCode: '3Y2ETKRN4WVCGTWV.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000009279',
      rateCode: 'BDXBKDGR4A3RSRE5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2971500000',
      rateCode: 'K2JY5YHES47KB5FF.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1188600000',
      rateCode: 'BGZBHNF89R55BZW6.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001544000',
      rateCode: 'TTXHZ4S67W3DNP47.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001930000',
      rateCode: '4Q4AR78CXTETU7QJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007720000',
      rateCode: 'JN95VGR6BP86AXN8.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009650000',
      rateCode: 'BHK7VW3NEQD9ZVR7.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1188600000',
      rateCode: 'K73RH5KKJ48DURRU.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2377200000',
      rateCode: 'DD7J4A2CEWS7U7KX.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1782900000',
      rateCode: 'EF4RWK55AE2V23E5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002370',
      rateCode: 'V8JVJYK746HEDQAR.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007423',
      rateCode: '8SV8ZJPJ2GUHP73H.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000009279',
      rateCode: 'JDEX28YV2WHRV439.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007720000',
      rateCode: 'KQRK3QBBWKK4DJM9.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009650000',
      rateCode: '438PHQ9FA5BSPW3W.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-south-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001485',
      rateCode: '83FPV5JQ2NMUGYEA.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001855',
      rateCode: 'WJH7K2FU3ZH24EVD.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007400',
      rateCode: 'QV4QQSTKKG3MWUEY.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000009300',
      rateCode: 'RR5VP5VMZNW76QFK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2971500000',
      rateCode: '2SENWYSA83U7GSZX.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1188600000',
      rateCode: '5M5GVWK87JPWUC8Q.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001543500',
      rateCode: '6VKGX44TQJG7PUQF.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001930000',
      rateCode: '78UKP8NU6E3554UQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007717500',
      rateCode: 'JDMPTM4FDNFA54CT.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009647000',
      rateCode: '45BD6UNZUXU27YPS.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1155000000',
      rateCode: 'SD6XAGXNTNMK4TZB.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2310000000',
      rateCode: '2P7R84JCGQ8HYWDD.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1785000000',
      rateCode: 'YTTUJAVV9R226QVX.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002377',
      rateCode: 'VKWU4339X7WPBVJ7.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007400',
      rateCode: '2ZXTVK7UZQRH4YY5.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000009300',
      rateCode: 'VWFTNPCTRJGGGXNN.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007717500',
      rateCode: '8Q2264X7AT2QU2CQ.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009647000',
      rateCode: 'A3CXBQBRY9ZPQXXN.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-south-2': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001415',
      rateCode: 'MPYJV6E6FTBPD9J5.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001770',
      rateCode: 'AXUNCTBHVXSM29RY.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007050',
      rateCode: '7K5WUM95ESV9A6YE.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008850',
      rateCode: 'XHHECG77SNQNEM7J.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2830000000',
      rateCode: 'JEJN53QCSSSHT9FS.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1132000000',
      rateCode: '7RSCA8JMGWBZ92TD.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001470000',
      rateCode: '9Y52F3HMVBD585ND.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001840000',
      rateCode: 'G7EQJCN8F53ZGQQY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0007350000',
      rateCode: 'ASKSFMSHAA2ZHVMF.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0009190000',
      rateCode: 'NCV36YXGBWXDYTH9.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1100000000',
      rateCode: 'PFGTHAJHHDQGJ36H.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2200000000',
      rateCode: 'YK9FBUYZ7UF2SE85.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1700000000',
      rateCode: '7PJ8DVXGYPTSGH8C.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002260',
      rateCode: '3Q2UMW2UDGG2R7TB.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007050',
      rateCode: 'PYJXFZQE2CJG2K6R.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008850',
      rateCode: 'QNEYTXBZ5GM5WGYZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0007350000',
      rateCode: 'SAPQJ9Z3ZKC5V9ER.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0009190000',
      rateCode: 'MFVBNP8PMCZ6N3VH.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'eu-north-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001345',
      rateCode: 'U3XUEPVEBM989J89.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001680',
      rateCode: 'AA4PQ4YMVZ6DSGDS.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000006700',
      rateCode: '7VPREYYAVVNTF6HA.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008400',
      rateCode: 'RZPZYUCT6RYUNT6C.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2690000000',
      rateCode: '7CWH57BC2PWWUQUW.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1076000000',
      rateCode: 'RUC3BP56GZ73NNS5.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001400000',
      rateCode: '7WCP6CTZ5MJQK3U9.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001750000',
      rateCode: 'QY6QMEBEA8FTZE3J.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0006980000',
      rateCode: '8XWHVEF7W87SRCH8.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0008725000',
      rateCode: 'JR63G44246ZZZC3E.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1000000000',
      rateCode: '23V3QTMTUU9GTUT5.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2100000000',
      rateCode: 'QDK9KV8MHQ6GJP3P.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1620000000',
      rateCode: '9Z69T5DMP9AE3Q2X.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002150',
      rateCode: '2Z8X7YNUFXWKJUFY.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000006700',
      rateCode: 'MACZ8RKNUM65VQ5B.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008400',
      rateCode: 'WFEXVW93EKGX7JYJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0006980000',
      rateCode: 'JQRXTA69Y83FHMGR.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0008725000',
      rateCode: 'KNW5E3SQP865MGDD.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'il-central-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001700',
      rateCode: '744KC92YHNN43UDT.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001770',
      rateCode: '4CRJGFH8MTKRP3PG.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000008500',
      rateCode: 'M3VRNBCDHN9SMJY7.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000010600',
      rateCode: 'QPX7GZUVG4YSFVDF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.3396000000',
      rateCode: 'EYXBUG9M85SZH2VV.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1358400000',
      rateCode: '52GGV2PZK4CAKZ3P.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001764000',
      rateCode: 'NRWMQJGAQMWR998B.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0002208000',
      rateCode: 'FSTYBUV4DTF6XANW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0008820000',
      rateCode: 'BR7TGJJXTBTA6P73.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0011028000',
      rateCode: '9PBJ4EF7953C23XM.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1320000000',
      rateCode: 'Q3FU87A5H26W22YN.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2640000000',
      rateCode: '2H65P8TKB237EX5Z.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.2040000000',
      rateCode: 'A4GZ682NZQF22XZB.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000008500',
      rateCode: 'S36PFRZNRSM82YR2.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000010600',
      rateCode: '2MKBPX84HAJMCZGM.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0008820000',
      rateCode: 'BCE7M9TGS2UWZUKQ.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0011028000',
      rateCode: 'XEXHURC3HMU9YX7K.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'me-south-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001555',
      rateCode: 'WV4FDKKRTXEEK5J4.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001945',
      rateCode: '328XCUAUYG6FHQMV.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007750',
      rateCode: 'T3QSY4AEMQT6F66P.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000009700',
      rateCode: '754RG9HSCPJGS2HQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.3113000000',
      rateCode: 'F2Q35KMYQE7ZQGHM.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1245000000',
      rateCode: 'X8PP7UDYU6PJ49NP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001617000',
      rateCode: 'ZFXZEGHPSFS26MXD.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0002021000',
      rateCode: 'QRQ79HURDEX8HUZP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0008085000',
      rateCode: 'JRNZVYPECCDRRNS7.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0010106000',
      rateCode: 'FZJ3344RDFB498HP.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1210000000',
      rateCode: 'FTXYRGJWWS92FNRA.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2420000000',
      rateCode: 'HKJK4FPY45DF4FM9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1870000000',
      rateCode: '7RMXSRG38CCDZ8UU.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002490',
      rateCode: '5D2CRKJX94FYCVDP.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007750',
      rateCode: '8T7ASBFMBDSRGUQF.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000009700',
      rateCode: 'G7PQT3RTFGXPWCKZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0008085000',
      rateCode: 'UCEMXGYA9DT3T7H9.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0010106000',
      rateCode: 'YNXUQ735GE7249HC.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'me-central-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001555',
      rateCode: 'D7KPQDD6PJH4JRKM.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001945',
      rateCode: 'CNEZUECRZZYFQY9B.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000007755',
      rateCode: 'UU4US5AXXXJD8PH5.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000009735',
      rateCode: 'DRX78HGVWFJYDN2F.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.3113000000',
      rateCode: '9M3DWPP4WS5FJHHW.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1245200000',
      rateCode: '3S936XA5CYEWQHJ8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001617000',
      rateCode: '679UJF76UQP85KYS.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0002024000',
      rateCode: 'CP748A46VSFMEPZZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0008085000',
      rateCode: 'N8BPDYHCASY4ZSZ9.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0010109000',
      rateCode: '3REAZ6GRH8AHSG3P.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1210000000',
      rateCode: '2T6P7JMEYP3AJMVG.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2420000000',
      rateCode: 'SQBYDY2VH7K7Z3TT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1870000000',
      rateCode: 'Z5DH4WC6456W233N.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002486',
      rateCode: 'K3W5JJGPG7KNUHY9.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000007755',
      rateCode: 'MX584AZVVS6XX4Q6.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000009735',
      rateCode: 'FJAA93WJ2Q87J58B.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0008085000',
      rateCode: 'JRHA6P5VDGGH79BY.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0010109000',
      rateCode: 'BNZYMGX2RMCUM74J.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'mx-central-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001315',
      rateCode: 'YQ7MD859ATDCE9FK.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000001630',
      rateCode: 'K3P5UMD8DBSJ3JSG.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000006550',
      rateCode: 'BE4PX952XMNBS2H6.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000008190',
      rateCode: 'PAP6M9P6V26C3HVT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.2625000000',
      rateCode: '9F7T7RJ2NK3F5PKW.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1050000000',
      rateCode: 'B2VHVRFPBGECHGH3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001365000',
      rateCode: 'WRE2DUSY9CWVQDZN.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0001680000',
      rateCode: 'ST5YQH3CMNKHJSTY.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0006825000',
      rateCode: 'S5W7JNJH4WHNU9A3.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0008505000',
      rateCode: 'F8B64VTRGH2GMHAW.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1050000000',
      rateCode: 'TAMAQ5G76W4BR78M.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.2100000000',
      rateCode: '6QPWE2DR9JVCADDE.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.1575000000',
      rateCode: 'PQVM3BHHDB4JTP46.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000002100',
      rateCode: 'GUZX799RARNQ79CU.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000006550',
      rateCode: '48EREHW8FURVSNUZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000008190',
      rateCode: 'Y3H327X4GCUTC98A.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0006825000',
      rateCode: '9KB7PN7UJM4ENTYX.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0008505000',
      rateCode: 'PE2D3GDMNZ3428X7.JRTCKXETXF.6YS6EN2CT7',
    },
  },
  'sa-east-1': {
    'PayPerRequest Read Request Units': {
      price: '0.0000001875',
      rateCode: 'FP32PMXZGT2VFUMA.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Read Request Units IA': {
      price: '0.0000002345',
      rateCode: 'AMWJZ26HDA6RQ9PU.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units': {
      price: '0.0000009375',
      rateCode: 'GM69RJT49WH6GV53.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Write Request Units IA': {
      price: '0.0000011720',
      rateCode: '23YD79DRF2CMV2ME.JRTCKXETXF.6YS6EN2CT7',
    },
    'Data Storage Indexed GB-Mo': {
      price: '0.3750000000',
      rateCode: 'XFGEC4CX3KPPC6Z8.JRTCKXETXF.VYAP54KATQ',
    },
    'Data Storage Indexed - IA GB-Mo': {
      price: '0.1500000000',
      rateCode: 'WMZ5H5QJRWB4RWRM.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Read Units': {
      price: '0.0001950000',
      rateCode: '27PU8VNH2D3KDTZG.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Read Units IA': {
      price: '0.0002440000',
      rateCode: 'UJF9JVCDT5CC28NG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Write Units': {
      price: '0.0009750000',
      rateCode: '5N8GHNBUKQ3GTEUB.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Write Units IA': {
      price: '0.0012190000',
      rateCode: 'ZEYVX9RJQS8VBH8B.JRTCKXETXF.6YS6EN2CT7',
    },
    'On-Demand Backup Storage GB-Month': {
      price: '0.1500000000',
      rateCode: 'MNTY3QJH648FJ3RF.JRTCKXETXF.6YS6EN2CT7',
    },
    'PITR Backup Storage GB-Mo': {
      price: '0.3000000000',
      rateCode: 'TEJVZ9S6V2NZMM5D.JRTCKXETXF.6YS6EN2CT7',
    },
    'Restore Data Size': {
      price: '0.2250000000',
      rateCode: '4WEKS5HK87NBYW2G.JRTCKXETXF.6YS6EN2CT7',
    },
    'Streams Read Requests': {
      price: '0.0000003000',
      rateCode: 'RRVUWYNFST3EHR8J.JRTCKXETXF.AUKFMGQW43',
    },
    'PayPerRequest Replicated Write Request Units': {
      price: '0.0000009375',
      rateCode: '75DP8C6BS6R8TCXG.JRTCKXETXF.6YS6EN2CT7',
    },
    'PayPerRequest Replicated Write Request Units IA': {
      price: '0.0000011720',
      rateCode: '6A47ZD8AQ6U5ZC64.JRTCKXETXF.6YS6EN2CT7',
    },
    'Provisioned Replicated Write Units': {
      price: '0.0009750000',
      rateCode: 'Y5GPYX5P62JGDG4J.JRTCKXETXF.E63J5HTPNN',
    },
    'Provisioned Replicated Write Units IA': {
      price: '0.0012190000',
      rateCode: 'UDJEYNT3QF2VPEDH.JRTCKXETXF.6YS6EN2CT7',
    },
  },
};

/** cloudwatch.json: the rows the engine asks for, per region (key: the feed's row). */
export const CLOUDWATCH_FEED: FeedTable = {
  'us-east-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'KG586CTNGQ4VRZKZ.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'KG586CTNGQ4VRZKZ.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'KG586CTNGQ4VRZKZ.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'KG586CTNGQ4VRZKZ.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5000000000',
      rateCode: 'S8QGXX5R2BKKMDSJ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: '6K9ADYQAHV5KX9KZ.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'EVETVUGEN3MUTMXM.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-east-2': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'XK7C3D2X45XTHURD.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'XK7C3D2X45XTHURD.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'XK7C3D2X45XTHURD.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'XK7C3D2X45XTHURD.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5000000000',
      rateCode: '5T6Z6V26DSR7SZ49.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'X7X4WD4A95NDR9U5.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: '28VSMYRVQXUWCTMA.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-west-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'P8WWN4FPGA3H5CMY.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'P8WWN4FPGA3H5CMY.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'P8WWN4FPGA3H5CMY.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'P8WWN4FPGA3H5CMY.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.6700000000',
      rateCode: 'ZQZVEJJY7MRQHAQV.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0330000000', rateCode: '4VRR4NRNWJWSSBV8.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: '8JFRJZU4SGUUHYGZ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'us-west-2': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'CN6TP6ZEVS58RK7M.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'CN6TP6ZEVS58RK7M.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'CN6TP6ZEVS58RK7M.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'CN6TP6ZEVS58RK7M.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5000000000',
      rateCode: 'CWY7X4MZ4F3MP5SD.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'MN45SJANDTCPR9QA.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'SJTFAZNHSW2WVZB2.JRTCKXETXF.6YS6EN2CT7' },
  },
  'af-south-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'FCAUCKXNQCW596F7.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'FCAUCKXNQCW596F7.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'FCAUCKXNQCW596F7.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'FCAUCKXNQCW596F7.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.6780000000',
      rateCode: 'XXFMBWKU94MQA9AR.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0360000000', rateCode: '469924TPM97ZXHVM.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'RMVZFCS654FAQEU4.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-east-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '3BA3NXPZKGKAV6N5.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '3BA3NXPZKGKAV6N5.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '3BA3NXPZKGKAV6N5.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '3BA3NXPZKGKAV6N5.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.8000000000',
      rateCode: 'RWV3KK8NBRTCTMM7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'VDSHF2QYZZNWQXQK.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: '3MF6FXCJU86TGGBQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-south-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'WJAN9NR7AQ8KWB2U.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'WJAN9NR7AQ8KWB2U.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'WJAN9NR7AQ8KWB2U.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'WJAN9NR7AQ8KWB2U.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.6700000000',
      rateCode: 'JBQP6QEETS2BK5DQ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'M9PG5USRE2QBB6FU.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'MBFPHE42AKJWSCZH.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-south-2': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'HG8MEN8HX36WXZEB.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'HG8MEN8HX36WXZEB.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'HG8MEN8HX36WXZEB.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'HG8MEN8HX36WXZEB.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.6700000000',
      rateCode: 'DUJKANM8S68EB3QT.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'RWXUQY9X8YFV2UM3.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'A7TRWKDQUDZB33E6.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '2BF5WZ4QVWF9XRRT.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '2BF5WZ4QVWF9XRRT.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '2BF5WZ4QVWF9XRRT.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '2BF5WZ4QVWF9XRRT.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.7000000000',
      rateCode: 'ZEKCE7VGMSM5XZPW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'RKCBFFXUWXG8KUQY.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'ERS2PGV5BX4XH4WQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-2': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'F52S8X9YS2XFUA7F.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'F52S8X9YS2XFUA7F.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'F52S8X9YS2XFUA7F.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'F52S8X9YS2XFUA7F.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.6700000000',
      rateCode: 'VSJ57WXDQXM2VKQK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0330000000', rateCode: 'SXS5MH23MB3SHA9C.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: '9FZA8ZKS9CGQBUTK.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-3': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '25WHJB4GX3FRTNER.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '25WHJB4GX3FRTNER.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '25WHJB4GX3FRTNER.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '25WHJB4GX3FRTNER.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.7000000000',
      rateCode: '9S6BM6E4HCB59BFR.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'RAZY9E76R9JUCNQK.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'HNAU5YRN3PNFRYMT.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-4': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'WJ3EWCKXHHAM5583.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'WJ3EWCKXHHAM5583.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'WJ3EWCKXHHAM5583.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'WJ3EWCKXHHAM5583.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.6700000000',
      rateCode: 'CHAJACYVZXSFZFDH.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0330000000', rateCode: 'WNKZXJZJN9UQFFK8.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'C35BNHBF5J24QNGG.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-5': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'UGRFB4VC4JYPMT8N.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'UGRFB4VC4JYPMT8N.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'UGRFB4VC4JYPMT8N.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'UGRFB4VC4JYPMT8N.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5000000000',
      rateCode: 'JKW4EKWH654WGP55.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'TQE57M97TNHAHHPQ.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: '5BQR3BDGFPFQSNDF.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-southeast-7': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '9X3C8NV865ERU3CD.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '9X3C8NV865ERU3CD.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '9X3C8NV865ERU3CD.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '9X3C8NV865ERU3CD.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5000000000',
      rateCode: '82HEF545XWU5KFVP.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'Q62QABE8XVDSWYMG.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'KA492SRV4GHWCEFX.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'F96ZRPX8AM4T93NV.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'F96ZRPX8AM4T93NV.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'F96ZRPX8AM4T93NV.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'F96ZRPX8AM4T93NV.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.7600000000',
      rateCode: 'CWB2GTZJXNX3TA6H.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0330000000', rateCode: '42CVQU4BPES8AWHC.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'FBMB6TVC844YGZ3J.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-2': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '92QAN7T7PQUAG6NQ.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '92QAN7T7PQUAG6NQ.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '92QAN7T7PQUAG6NQ.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '92QAN7T7PQUAG6NQ.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.7600000000',
      rateCode: '5P9Q77R2ADUJCNJ2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0314000000', rateCode: 'E7V5NF3GN7MQKCB6.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'PRDBYUGVEHFG9C2J.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ap-northeast-3': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '334SFV86A6WNMFNJ.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '334SFV86A6WNMFNJ.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '334SFV86A6WNMFNJ.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '334SFV86A6WNMFNJ.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.7600000000',
      rateCode: 'SRRNBUPDXXSNA5D3.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0330000000', rateCode: 'X29B4N6M8XXU5FFH.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: '6635AWWTXTJVSCUQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ca-central-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '7P2NFGK75QN2W5S9.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '7P2NFGK75QN2W5S9.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '7P2NFGK75QN2W5S9.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '7P2NFGK75QN2W5S9.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5500000000',
      rateCode: 'TDKFZS2JHWZ5G8X2.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0330000000', rateCode: 'M8GRD2GQYW8PTTSF.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'XR2MH4YW2VKGCB7S.JRTCKXETXF.6YS6EN2CT7' },
  },
  'ca-west-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '39ZCDVRBDD64YRU5.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '39ZCDVRBDD64YRU5.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '39ZCDVRBDD64YRU5.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '39ZCDVRBDD64YRU5.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5500000000',
      rateCode: 'J363T28JMFCAX67H.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0330000000', rateCode: 'YT43EP9X6G2Y3FME.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'C4ZR2PYDTCXZP6AW.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-central-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '8CM49YJM6J2SHVD6.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '8CM49YJM6J2SHVD6.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '8CM49YJM6J2SHVD6.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '8CM49YJM6J2SHVD6.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.6300000000',
      rateCode: 'XAE7GPNAZR6AWCQK.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0324000000', rateCode: '4V9YKJHUP3C55Q2R.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'VJ934U28PCG8EKRA.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-central-2': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'XYVXGVVGJFDZSJPN.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'XYVXGVVGJFDZSJPN.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'XYVXGVVGJFDZSJPN.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'XYVXGVVGJFDZSJPN.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.6900000000',
      rateCode: 'HGVP7H52EUY69A69.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0356000000', rateCode: 'MX92A75BCRXDYUJ6.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'JG84GZN6AVPA7YPG.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '58YXNUN4MF8JD9ZA.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '58YXNUN4MF8JD9ZA.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '58YXNUN4MF8JD9ZA.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '58YXNUN4MF8JD9ZA.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5700000000',
      rateCode: 'KJBTQPDHW2H92B8Y.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'M93YPPU987S2T6U9.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'GDMKAEDCSYJAKBZQ.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-2': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'PN3YV46EU5ACM6BK.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'PN3YV46EU5ACM6BK.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'PN3YV46EU5ACM6BK.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'PN3YV46EU5ACM6BK.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5985000000',
      rateCode: 'S9T455EP2J2BR9R9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0315000000', rateCode: '7YQ22RBNQBPK86VK.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'VU6CBY3UVQ6KVEAN.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-west-3': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '9UKGFPRV59MVNQ9B.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '9UKGFPRV59MVNQ9B.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '9UKGFPRV59MVNQ9B.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '9UKGFPRV59MVNQ9B.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5985000000',
      rateCode: 'BN4XSGJA9MMZKCP7.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0315000000', rateCode: 'ZCM3MJRQPU2BK43T.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'UXRHCNMUCGV73M7Q.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-south-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '87QZ4R3ZZFSYDE9H.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '87QZ4R3ZZFSYDE9H.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '87QZ4R3ZZFSYDE9H.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '87QZ4R3ZZFSYDE9H.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.6000000000',
      rateCode: 'VG5TD6VDQHEK9RZF.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0320000000', rateCode: '5BNH7PS3QKAATSNN.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: '2BEDYVXZZ2HP3NDC.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-south-2': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '7EGPKS3JK9S6Q5CN.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '7EGPKS3JK9S6Q5CN.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '7EGPKS3JK9S6Q5CN.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '7EGPKS3JK9S6Q5CN.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5700000000',
      rateCode: 'RB6JKDQ5NE5HFZP4.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'HQTF3SN9EXAENXWB.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'Y6CMMZRHD9WZV9UY.JRTCKXETXF.6YS6EN2CT7' },
  },
  'eu-north-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'D8QWPGZQF8DEFNQD.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'D8QWPGZQF8DEFNQD.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'D8QWPGZQF8DEFNQD.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'D8QWPGZQF8DEFNQD.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5400000000',
      rateCode: '2WXCZPMH3FF7XAAZ.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0280000000', rateCode: 'FC3W9RUMP83VDX52.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'XWA5C8TQDRYG6RN7.JRTCKXETXF.6YS6EN2CT7' },
  },
  'il-central-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'JKURJ8SGYYTKEM35.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'JKURJ8SGYYTKEM35.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'JKURJ8SGYYTKEM35.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'JKURJ8SGYYTKEM35.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5000000000',
      rateCode: '3EGQC4SXGQRXZ5HW.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'P37N4G6MGPJBAZBQ.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'UAUWCAX3V7YSU8JB.JRTCKXETXF.6YS6EN2CT7' },
  },
  'me-south-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'DUQMFHT4YRFWADP8.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'DUQMFHT4YRFWADP8.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'DUQMFHT4YRFWADP8.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'DUQMFHT4YRFWADP8.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.6300000000',
      rateCode: 'MGH2C7Q6RBVDVDP9.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: 'ZYEXGHXNT2NRXUWY.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: 'KHXSGTZMMGBPGXCK.JRTCKXETXF.6YS6EN2CT7' },
  },
  'me-central-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'D2PNJKT8WN7K2RVT.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'D2PNJKT8WN7K2RVT.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'D2PNJKT8WN7K2RVT.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'D2PNJKT8WN7K2RVT.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.6300000000',
      rateCode: 'BE2YZJNECMM6RB8T.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0330000000', rateCode: 'V8UFUXAG7QAKP43D.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: '9C2QWAEUK46DHUMX.JRTCKXETXF.6YS6EN2CT7' },
  },
  'mx-central-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: 'FTCJZJXP4KVANG9Z.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: 'FTCJZJXP4KVANG9Z.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: 'FTCJZJXP4KVANG9Z.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: 'FTCJZJXP4KVANG9Z.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.5000000000',
      rateCode: 'ZQX4EQZDJ4P37NDG.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0300000000', rateCode: '3T6BNWZT673PJUXY.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1000000000', rateCode: '5N7VW7DQ2PTDRMTN.JRTCKXETXF.6YS6EN2CT7' },
  },
  'sa-east-1': {
    'Metric for the first 10000': {
      price: '0.3000000000',
      rateCode: '69U4T5WYC2VZMA9G.JRTCKXETXF.A6VD9GXV7W',
    },
    'Metric for the next 240000': {
      price: '0.1000000000',
      rateCode: '69U4T5WYC2VZMA9G.JRTCKXETXF.FG3KHZ79QN',
    },
    'Metric for the next 750000': {
      price: '0.0500000000',
      rateCode: '69U4T5WYC2VZMA9G.JRTCKXETXF.95SDKRWVHH',
    },
    'Metric for over 1000000': {
      price: '0.0200000000',
      rateCode: '69U4T5WYC2VZMA9G.JRTCKXETXF.VNJQCFJPS4',
    },
    'Logs Collected Data Ingestion': {
      price: '0.9000000000',
      rateCode: 'AW4EB5RGNN8S75Q8.JRTCKXETXF.6YS6EN2CT7',
    },
    'Stored Data': { price: '0.0408000000', rateCode: 'A2U5G2V8PAN8BBGE.JRTCKXETXF.6YS6EN2CT7' },
    'Alarm Standard': { price: '0.1350000000', rateCode: 'H7K9WCM7G7GJWU8G.JRTCKXETXF.6YS6EN2CT7' },
  },
};

/** cloudwatch.json, location "Any" (one price for every region): "Dashboard Basic Dashboard", per dashboard-month. */
export const CLOUDWATCH_ANY_DASHBOARD: FeedPrice = {
  price: '3.0000000000',
  rateCode: '5P8PBB6MXV325TDC.JRTCKXETXF.6YS6EN2CT7',
};
