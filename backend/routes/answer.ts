import type { APIGatewayProxyResult } from 'aws-lambda';
import { CORS_HEADERS, json } from '../http/response';
import type { AnswerBody } from '../use-cases/shared/large-result';

/** 200 with a result's JSON text as it is (not parsed and serialised again), or its stored form. */
export function answer<S>(body: AnswerBody<S>): APIGatewayProxyResult {
  if ('inlineJson' in body)
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...CORS_HEADERS },
      body: body.inlineJson,
    };
  return json(200, body);
}
