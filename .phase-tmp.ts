import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { decodePricingData } from './addin/catalog-cache/shard-decoder';
import { costRequest, ec2Request, ebsRequest, specRequest } from './addin/functions/cell-requests';
import { monthlyCost } from './core';
import type { CellRequest } from './addin/functions/function-args';
const R = 'ap-southeast-1';
const read = (n: string) => JSON.parse(readFileSync(`core/catalog/data/${n}.json`, 'utf8')).shards;
const catalog = decodePricingData(R, { catalogVersion: 'b', region: R, shards: [...read(R), ...read('global')] });
function req(i: number, run: number): CellRequest {
  const n = 1 + Math.floor(i / 11) + run * 1000;
  switch (i % 11) {
    case 0: return ec2Request({ instanceType: 'm7g.large', region: R, os: 'Linux', pricingModel: 'on-demand', hours: 730, quantity: n }, R);
    case 1: return ebsRequest({ volumeType: 'gp3', storageGb: n, region: R }, R);
    case 2: return costRequest('s3', `standard ${n}gb put=${n}k`, R, undefined, undefined, undefined, undefined, R);
    case 3: return specRequest('rds', `db.t3.small postgresql multi-az ${20 + n}gb gp2`, R, {}, R);
    case 4: return specRequest('lambda', `requests=${n * 1000} duration=120 memory=512 x86_64`, R, {}, R);
    case 5: return specRequest('fargate', `1vcpu 2gb x86_64`, R, { quantity: n }, R);
    case 6: return costRequest('nat-gateway', `${n}gb`, R, undefined, undefined, undefined, undefined, R);
    case 7: return costRequest('data-transfer', `internet=${n}gb`, R, undefined, undefined, undefined, undefined, R);
    case 8: return costRequest('public-ipv4', '', R, undefined, undefined, undefined, n, R);
    case 9: return costRequest('eks', 'standard', R, undefined, undefined, undefined, n, R);
    default: return costRequest('cloudwatch', `metrics=${n} alarms=${n}`, R, undefined, undefined, undefined, undefined, R);
  }
}
for (let run = 0; run < 8; run++) {
  let t = performance.now();
  const reqs = Array.from({ length: 10000 }, (_, i) => req(i, run));
  const a = performance.now() - t;
  t = performance.now();
  let ok = 0;
  for (const r of reqs) if (monthlyCost(catalog, r.item, { region: r.region }).status === 'priced') ok++;
  const b = performance.now() - t;
  console.log(`run ${run}: requests ${a.toFixed(0)} ms, monthlyCost ${b.toFixed(0)} ms, priced ${ok}`);
}
