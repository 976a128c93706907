import type { APIGatewayProxyResult } from 'aws-lambda';
import { CORS_HEADERS } from '../http/response';
import type { RouteTable } from '../http/router';
import { compareCosts } from '../use-cases/calculations/compare';
import type { CalculationsDeps } from '../use-cases/calculations/cost';
import { calculateCost } from '../use-cases/calculations/cost';
import { pricingData } from '../use-cases/calculations/pricing-data';
import { repriceSaved } from '../use-cases/calculations/reprice';
import { answer } from './answer';
import { body, checkRequirements, query } from './request';
import {
  compareSchema,
  costSchema,
  pricingDataQuerySchema,
  repriceSchema,
} from './schemas/calculations';

/** Seed §2.2: a 5-minute cache for pricing data. */
const PRICING_CACHE = 'private, max-age=300';

export function calculationsRoutes(
  routeDeps: Omit<CalculationsDeps, 'validateRequirements'>,
): RouteTable {
  const deps: CalculationsDeps = { ...routeDeps, validateRequirements: checkRequirements };
  return {
    'POST /calculations/cost': async (req) =>
      answer(await calculateCost(deps, req.caller, body(req, costSchema))),
    'POST /calculations/compare': async (req) =>
      answer(await compareCosts(deps, req.caller, body(req, compareSchema))),
    'POST /calculations/reprice': async (req) =>
      answer(await repriceSaved(deps, req.caller, body(req, repriceSchema))),
    'GET /calculations/pricing-data': async (req) => {
      const { region, terms } = query(req, pricingDataQuerySchema);
      const data = await pricingData(deps, region, terms);
      const headers = { ETag: data.etag, 'Cache-Control': PRICING_CACHE };
      const ifNoneMatch =
        req.event.headers?.['If-None-Match'] ?? req.event.headers?.['if-none-match'];
      if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === data.etag))
        return notModified(headers);
      return {
        statusCode: 200,
        headers: { 'Content-Type': 'application/json; charset=utf-8', ...CORS_HEADERS, ...headers },
        body: data.body,
      };
    },
  };
}

function notModified(headers: Record<string, string>): APIGatewayProxyResult {
  return { statusCode: 304, headers: { ...CORS_HEADERS, ...headers }, body: '' };
}
