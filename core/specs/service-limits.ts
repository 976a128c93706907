import type { DynamoDbItem } from '../requirements/requirement-items';

/**
 * The ranges AWS allows for the numbers of a service's configuration, shared by the spec
 * grammars (`=AWS.COST`), the template's sheet readers and the task pane's forms, so a value one
 * surface accepts the others accept too. Sources: Lambda memory and ephemeral storage
 * (docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html), Fargate task sizes and
 * ephemeral storage (docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html).
 */
export const SERVICE_LIMITS = {
  hoursPerMonth: { min: 0, max: 744 },
  lambdaMemoryMb: { min: 128, max: 10240 },
  lambdaEphemeralStorageMb: { min: 512, max: 10240 },
  fargateVcpu: { min: 0.25, max: 16 },
  fargateMemoryGb: { min: 0.5, max: 120 },
  fargateEphemeralStorageGb: { min: 20, max: 200 },
} as const;

/**
 * A DynamoDB table's throughput fields that its capacity mode does not bill (request units on a
 * provisioned table, capacity units on an on-demand one): the engine would ignore them, so every
 * surface refuses them instead. Returns the offending field and the sentence to show.
 */
export function dynamoDbModeMismatch(
  item: Pick<
    DynamoDbItem,
    | 'capacityMode'
    | 'readRequestUnitsMillions'
    | 'writeRequestUnitsMillions'
    | 'readCapacityUnits'
    | 'writeCapacityUnits'
  >,
): { readonly field: keyof DynamoDbItem; readonly message: string } | undefined {
  const onDemand = item.capacityMode === 'on-demand';
  const fields = onDemand
    ? (['readCapacityUnits', 'writeCapacityUnits'] as const)
    : (['readRequestUnitsMillions', 'writeRequestUnitsMillions'] as const);
  const field = fields.find((f) => item[f] !== undefined);
  if (!field) return undefined;
  return {
    field,
    message: onDemand
      ? 'capacity units (RCU/WCU) apply to provisioned tables; give read/write request units for on-demand, or set the capacity mode to provisioned'
      : 'request units apply to on-demand tables; give read/write capacity units (RCU/WCU) for provisioned, or set the capacity mode to on-demand',
  };
}
