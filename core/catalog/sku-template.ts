/**
 * A curated record's id names its instance type (`curated:AmazonEC2:us-east-1:m8g.large:RHEL:
 * Shared:OnDemand`), which its attributes already hold. The shard codec (format 3) stores such an
 * id once per shape as a template — `curated:AmazonEC2:us-east-1:{instanceType}:RHEL:Shared:
 * OnDemand` — and each record fills it from its own attributes, so a region of thousands of
 * curated EC2 prices carries a few dozen id strings instead of one per record.
 */

/** The attribute a template may name. */
const PLACEHOLDER = /\{(\w+)\}/g;

/** The template of `sku` over `attributes.instanceType`, or undefined when it would not round-trip. */
export function skuTemplate(
  sku: string,
  attributes: Readonly<Record<string, string>>,
): string | undefined {
  const instanceType = attributes.instanceType;
  if (!instanceType || sku.includes('{')) return undefined;
  const parts = sku.split(':');
  const at = parts.indexOf(instanceType);
  if (at < 0 || parts.indexOf(instanceType, at + 1) >= 0) return undefined;
  parts[at] = '{instanceType}';
  const template = parts.join(':');
  return fillSkuTemplate(template, attributes) === sku ? template : undefined;
}

/** The sku a template stands for, filled from the record's attributes; undefined names a missing one. */
export function fillSkuTemplate(
  template: string,
  attributes: Readonly<Record<string, string>>,
): string | { readonly missing: string } {
  let missing: string | undefined;
  const sku = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = attributes[name];
    if (value === undefined) missing ??= name;
    return value ?? '';
  });
  return missing === undefined ? sku : { missing };
}
