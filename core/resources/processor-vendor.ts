export type ProcessorVendor = 'intel' | 'amd' | 'graviton';

/**
 * x86 families whose names carry no processor letter and whose processors AWS documents as Intel
 * Xeon (Amazon EC2 Instance Types guide, "Processor" of each family's specifications:
 * docs.aws.amazon.com/ec2/latest/instancetypes/gp.html, co.html, mo.html, so.html; read
 * 2026-12-06). Before AMD (2018, m5a) every EC2 family was Intel; the letterless families since are
 * Intel too. `u-…tb1` are the High Memory families.
 */
const LETTERLESS_INTEL = new Set([
  't2',
  't3',
  'm4',
  'm5',
  'm5d',
  'm5dn',
  'm5n',
  'm5zn',
  'c4',
  'c5',
  'c5d',
  'c5n',
  'r4',
  'r5',
  'r5b',
  'r5d',
  'r5dn',
  'r5n',
  'x1',
  'x1e',
  'z1d',
  'i3',
  'i3en',
  'd2',
  'd3',
  'd3en',
  'h1',
]);

/**
 * The processor vendor of an EC2 instance type: the Price List's `physicalProcessor` when the
 * catalog has it (our snapshot names it for Graviton types only), else AWS's naming convention
 * (docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html: the letter right after
 * the generation is the processor family — `a` AMD, `g` AWS Graviton, `i` Intel), else the
 * documented letterless Intel families. Undefined when none of these says (a sizing policy that
 * names a vendor leaves such a type out, and says how many it left out).
 */
export function processorVendorOf(
  instanceType: string,
  physicalProcessor?: string,
): ProcessorVendor | undefined {
  const stated = vendorOfProcessorText(physicalProcessor);
  if (stated) return stated;
  const family = (instanceType.split('.')[0] ?? '').replace(/-flex$/, '');
  if (family === 'a1') return 'graviton';
  if (/^u-\d+tb\d*$/.test(family)) return 'intel';
  const letter = /^[a-z]+\d+([a-z])/.exec(family)?.[1];
  if (letter === 'a') return 'amd';
  if (letter === 'g') return 'graviton';
  if (letter === 'i') return 'intel';
  return LETTERLESS_INTEL.has(family) ? 'intel' : undefined;
}

function vendorOfProcessorText(text: string | undefined): ProcessorVendor | undefined {
  if (!text) return undefined;
  if (/graviton/i.test(text)) return 'graviton';
  if (/\bintel\b/i.test(text)) return 'intel';
  if (/\bamd\b/i.test(text)) return 'amd';
  return undefined;
}
