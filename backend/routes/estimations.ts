import { json, noContent } from '../http/response';
import type { RouteTable } from '../http/router';
import { cloneEstimation } from '../use-cases/estimations/clone-estimation';
import { createEstimation } from '../use-cases/estimations/create-estimation';
import { deleteEstimation } from '../use-cases/estimations/delete-estimation';
import type { EstimationsDeps } from '../use-cases/estimations/deps';
import { getEstimation } from '../use-cases/estimations/get-estimation';
import { listEstimations } from '../use-cases/estimations/list-estimations';
import { updateEstimation } from '../use-cases/estimations/update-estimation';
import { auditContext, body, checkRequirements, query } from './request';
import {
  cloneEstimationSchema,
  createEstimationSchema,
  pageQuerySchema,
  updateEstimationSchema,
} from './schemas/estimation';

export function estimationsRoutes(
  routeDeps: Omit<EstimationsDeps, 'validateRequirements'>,
): RouteTable {
  const deps: EstimationsDeps = { ...routeDeps, validateRequirements: checkRequirements };
  return {
    'GET /estimations': async (req) => {
      const page = query(req, pageQuerySchema);
      return json(200, await listEstimations(deps, req.caller, page));
    },
    'POST /estimations': async (req) =>
      json(201, await createEstimation(deps, auditContext(req), body(req, createEstimationSchema))),
    'GET /estimations/{id}': async (req) =>
      json(200, await getEstimation(deps, req.caller, param(req.params, 'id'))),
    'PUT /estimations/{id}': async (req) =>
      json(
        200,
        await updateEstimation(
          deps,
          auditContext(req),
          param(req.params, 'id'),
          body(req, updateEstimationSchema),
        ),
      ),
    'DELETE /estimations/{id}': async (req) => {
      await deleteEstimation(deps, auditContext(req), param(req.params, 'id'));
      return noContent();
    },
    'POST /estimations/{id}/clone': async (req) =>
      json(
        201,
        await cloneEstimation(
          deps,
          auditContext(req),
          param(req.params, 'id'),
          body(req, cloneEstimationSchema),
        ),
      ),
  };
}

/** Path parameters are guaranteed by the route match; this keeps the type honest. */
export function param(params: Readonly<Record<string, string>>, name: string): string {
  const value = params[name];
  if (value === undefined)
    throw new Error(`Route parameter ${name} is missing; the route table and ROUTES disagree.`);
  return value;
}
