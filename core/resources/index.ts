/** @module core/resources — one priced resource per AWS service; each only describes its cost components. */
export * from './resource';
export * from './resource-input-error';
export * from './registry';
export * from './ec2-os';
export * from './ec2-sizing';
export * from './region-prefix';
export { ec2Instance } from './ec2-instance';
export { ebsVolume } from './ebs-volume';
export { s3Bucket } from './s3-bucket';
export { publicIpv4 } from './public-ipv4';
export { cloudWatch } from './cloudwatch';
