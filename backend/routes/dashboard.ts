import { json } from '../http/response';
import type { RouteTable } from '../http/router';
import type { DashboardDeps } from '../use-cases/dashboard/dashboard-metrics';
import { dashboardMetrics } from '../use-cases/dashboard/dashboard-metrics';
import { query } from './request';
import { noQuery } from './schemas/estimation';

export function dashboardRoutes(deps: DashboardDeps): RouteTable {
  return {
    'GET /dashboard/metrics': async (req) => {
      query(req, noQuery);
      return json(200, await dashboardMetrics(deps, req.caller));
    },
  };
}
