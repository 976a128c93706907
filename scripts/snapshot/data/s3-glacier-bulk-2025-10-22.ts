/**
 * S3 Glacier Flexible Retrieval bulk restore requests (per request) from AWS's S3 pricing-page
 * feed (s3.json, published 2025-10-22) as committed unchanged to lamngockhuong/aws-price
 * `lib/data/pricing/s3.json` at 6e8bf8cec091840a2781d036646486419c057616 (FEEDS_2025.s3): row "Bulk
 * Glacier Restore Requests" with its rateCode (AWS publishes $0.00: bulk restores of Glacier
 * Flexible Retrieval have no request fee). Only the 32 commercial regions of core's vocabulary.
 * Generated once from that file; do not edit by hand.
 */
import type { FeedPrice } from '../feed-sources-2025';

export const GLACIER_BULK_RESTORE_REQUESTS_2025_10_22: Readonly<Record<string, FeedPrice>> = {
  'us-east-1': { price: '0.0000000000', rateCode: 'PGJ6CQV6AFUUNQTU.JRTCKXETXF.6YS6EN2CT7' },
  'us-east-2': { price: '0.0000000000', rateCode: 'E758PQAVVWSH2KBZ.JRTCKXETXF.6YS6EN2CT7' },
  'us-west-1': { price: '0.0000000000', rateCode: 'T6DYX35PT8G6KCRS.JRTCKXETXF.6YS6EN2CT7' },
  'us-west-2': { price: '0.0000000000', rateCode: 'TMYWNY4N8J7WHASK.JRTCKXETXF.6YS6EN2CT7' },
  'af-south-1': { price: '0.0000000000', rateCode: 'V3YWE28RNGZ8ENUG.JRTCKXETXF.6YS6EN2CT7' },
  'ap-east-1': { price: '0.0000000000', rateCode: 'XCNPWMVFD4PR7864.JRTCKXETXF.6YS6EN2CT7' },
  'ap-south-1': { price: '0.0000000000', rateCode: '58NWGKC6NSDFRAPN.JRTCKXETXF.6YS6EN2CT7' },
  'ap-south-2': { price: '0.0000000000', rateCode: '4BXQ8EJZDVHC47PP.JRTCKXETXF.6YS6EN2CT7' },
  'ap-southeast-1': { price: '0.0000000000', rateCode: 'WR25SPCTYP2Z7RZ8.JRTCKXETXF.6YS6EN2CT7' },
  'ap-southeast-2': { price: '0.0000000000', rateCode: 'V7EAE6HYNRXWG4ZH.JRTCKXETXF.6YS6EN2CT7' },
  'ap-southeast-3': { price: '0.0000000000', rateCode: 'P8W9MQZPXFAXBE9K.JRTCKXETXF.6YS6EN2CT7' },
  'ap-southeast-4': { price: '0.0000000000', rateCode: 'S38S9D5TJ3JKNNZ7.JRTCKXETXF.6YS6EN2CT7' },
  'ap-southeast-5': { price: '0.0000000000', rateCode: 'JXV5VFZP3J8ZWVZ9.JRTCKXETXF.6YS6EN2CT7' },
  'ap-southeast-7': { price: '0.0000000000', rateCode: '2E8STAAUWHG8E2ZE.JRTCKXETXF.6YS6EN2CT7' },
  'ap-northeast-1': { price: '0.0000000000', rateCode: 'V44QXKEHVKUUT4DJ.JRTCKXETXF.6YS6EN2CT7' },
  'ap-northeast-2': { price: '0.0000000000', rateCode: 'CATYQ3EBWVYEBRRW.JRTCKXETXF.6YS6EN2CT7' },
  'ap-northeast-3': { price: '0.0000000000', rateCode: 'DG5TQMVHUV5TX3D3.JRTCKXETXF.6YS6EN2CT7' },
  'ca-central-1': { price: '0.0000000000', rateCode: '7T5DTMYF4DCEPV49.JRTCKXETXF.6YS6EN2CT7' },
  'ca-west-1': { price: '0.0000000000', rateCode: 'ZJ98WE7VDG5NUBH3.JRTCKXETXF.6YS6EN2CT7' },
  'eu-central-1': { price: '0.0000000000', rateCode: 'SKE33TK9WY2SJ6V5.JRTCKXETXF.6YS6EN2CT7' },
  'eu-central-2': { price: '0.0000000000', rateCode: 'ZE85M4WWFF6V2QB5.JRTCKXETXF.6YS6EN2CT7' },
  'eu-west-1': { price: '0.0000000000', rateCode: '2ZXMRTPT4EHH6BAT.JRTCKXETXF.6YS6EN2CT7' },
  'eu-west-2': { price: '0.0000000000', rateCode: 'KF6P9DHJVYBPU5E2.JRTCKXETXF.6YS6EN2CT7' },
  'eu-west-3': { price: '0.0000000000', rateCode: 'WYX3RQSJKP32F7HG.JRTCKXETXF.6YS6EN2CT7' },
  'eu-south-1': { price: '0.0000000000', rateCode: 'TS9EXWQ6UVYA47FE.JRTCKXETXF.6YS6EN2CT7' },
  'eu-south-2': { price: '0.0000000000', rateCode: 'HQSQD5875B2F6K5G.JRTCKXETXF.6YS6EN2CT7' },
  'eu-north-1': { price: '0.0000000000', rateCode: '9B9WFWQRAE8RF6HK.JRTCKXETXF.6YS6EN2CT7' },
  'il-central-1': { price: '0.0000000000', rateCode: 'W4CCZF4DSMDFK546.JRTCKXETXF.6YS6EN2CT7' },
  'me-south-1': { price: '0.0000000000', rateCode: '2HQ8ZR739HND9UN9.JRTCKXETXF.6YS6EN2CT7' },
  'me-central-1': { price: '0.0000000000', rateCode: '5AXYUZGT5ASUY49W.JRTCKXETXF.6YS6EN2CT7' },
  'mx-central-1': { price: '0.0000000000', rateCode: '374X3MC84PTXR95B.JRTCKXETXF.6YS6EN2CT7' },
  'sa-east-1': { price: '0.0000000000', rateCode: 'C268B3SNC9S7QDFS.JRTCKXETXF.6YS6EN2CT7' },
};
