/**
 * The payload limits every API call lives within, shared by the backend, the local API adapter
 * (which enforces AWS's limits so a test fails here where AWS would) and the clients (which move
 * large parts to uploads and downloads instead of inlining them).
 *
 * AWS's figures (retrieved 2026-12-05): API Gateway REST APIs accept request payloads up to 10 MB
 * (docs.aws.amazon.com/apigateway/latest/developerguide/limits.html); a synchronous Lambda
 * invocation takes an event of at most 6,291,456 bytes and returns at most 6 MB — measured at
 * 6,291,556 bytes (zaccharles.medium.com "Deep Dive: Lambda's Request Payload Size Limit", 2022;
 * theburningmonk.com/2020/04/hit-the-6mb-lambda-payload-limit-heres-what-you-can-do/ quotes the
 * gateway's "limit 6291456 bytes").
 */
export const API_GATEWAY_MAX_REQUEST_BYTES = 10 * 1024 * 1024;
/** The whole proxy event (body, base64 included, plus headers and request context). */
export const LAMBDA_MAX_REQUEST_BYTES = 6_291_456;
/** The whole proxy result (`{statusCode, headers, body, isBase64Encoded}` as JSON). */
export const LAMBDA_MAX_RESPONSE_BYTES = 6_291_556;

/**
 * A JSON body or estimation part larger than this travels outside the API call: results are
 * stored and downloaded (gzip, straight from S3), requirements are uploaded and named by id. With
 * three parts inline at most, a save stays far below Lambda's 6 MB.
 */
export const INLINE_JSON_BYTES = 1024 * 1024;

/**
 * Requirement lines per estimate: far above real estates (10,000 VMs give about 20,000 lines:
 * an instance and a volume each) and bounded so one calculation fits a Lambda's memory and time.
 * Above it the API answers 413 naming the limit.
 */
export const MAX_REQUIREMENT_LINES = 100_000;
