import { DynamoS3CatalogStore } from '../../backend/adapters/aws/catalog-store';
import { awsClients } from '../../backend/adapters/aws-clients';
import { bucketName, loadConfig, tableName } from '../../backend/config/env';
import { catalogStoreContract } from '../contracts/catalog-store.contract';

catalogStoreContract('DynamoDB + S3 adapter on DynamoDB Local and s3rver', () => {
  const config = loadConfig();
  const { dynamo, s3 } = awsClients(config);
  return new DynamoS3CatalogStore(dynamo, s3, {
    table: tableName(config, 'pricing-data'),
    bucket: bucketName(config, 'templates'),
  });
});
