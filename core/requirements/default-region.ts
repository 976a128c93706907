/**
 * The one default region: where requirements that name no region are priced, unless the caller
 * says otherwise (the CLI's `--region`, the admin's system setting for uploads to the API, the
 * add-in user's Settings region). The CLI, the API's factory settings and the add-in all start
 * from this value, so the same workbook is priced in the same region everywhere. us-east-1 is
 * the AWS Pricing Calculator's default.
 */
export const DEFAULT_REGION = 'us-east-1';
