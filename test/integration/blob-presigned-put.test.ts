import { awsClients } from '../../backend/adapters/aws-clients';
import { S3BlobStore } from '../../backend/adapters/aws/s3-blob-store';
import { bucketName, loadConfig } from '../../backend/config/env';
import { presignedPutContract } from '../contracts/presigned-put.contract';

const config = loadConfig();

presignedPutContract('S3 adapter on s3rver', () => ({
  store: new S3BlobStore(awsClients(config).s3, (logical) => bucketName(config, logical)),
  send: async (signed, body, headers = signed.headers) =>
    (await fetch(signed.url, { method: 'PUT', headers, body: Buffer.from(body) })).status,
}));
