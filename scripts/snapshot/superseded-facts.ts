/**
 * The facts of the reference tables the catalog deliberately does not follow, each with both
 * values and why, so that the cross-check (test/core/catalog/snapshot-reference.test.ts) still
 * fails on any difference not listed here.
 *
 * The 2026-07-20 Karpenter table's `.metal` rows are Dedicated-tenancy prices (its generator asks
 * the Price List for bare-metal products with tenancy Dedicated: scripts/snapshot/ec2.ts,
 * isKarpenterDedicatedRow; DECISIONS 91). The catalog prices shared tenancy, so where AWS's
 * Dedicated price differs from the shared one the catalog keeps the shared price of the source
 * named: AWS's 2025-04-04 feed (official rateCode; the 2026-05 and 2026-09-24 copies agree), the
 * 2026-05 Price List copy (types newer than the feed; the 2026-09-24 copy, where it lists the type,
 * agrees) or the 2026-09-24 feed copy (the newest; nothing else prices the type shared).
 */
const FEED = 'AWS pricing-page feed 2025-04-04 (rateCode)';
const MAY26 = 'Price List copy 2026-05';
const SEP24 = 'AWS pricing-page feed copy 2026-09-24';

export interface SupersededFact {
  /** The reference file. */
  readonly file: string;
  /** The fact's label in the cross-check. */
  readonly label: string;
  /** The reference's value. */
  readonly reference: string;
  /** The catalog's price. */
  readonly catalog: string;
  /** The source of the catalog's price, and why the reference is not followed. */
  readonly why: string;
}

const KARPENTER_FILE = 'ec2-ondemand-linux-us-east-1-2026-07.json';
const DEDICATED = "Karpenter's .metal row is the Dedicated-tenancy price; shared tenancy from";

/** us-east-1 type, Karpenter's (Dedicated) price, the catalog's shared price, its source. */
const KARPENTER_METAL: readonly (readonly [string, string, string, string])[] = [
  ['c6g.metal', '2.3066', '2.176', FEED],
  ['c6gd.metal', '2.6051', '2.4576', FEED],
  ['c7i.metal-24xl', '4.7124', '4.284', FEED],
  ['c8a.metal-24xl', '5.69026', '5.17296', MAY26],
  ['c8g.metal-24xl', '4.21133', '3.82848', FEED],
  ['c8gb.metal-24xl', '6.02928', '5.688', MAY26],
  ['c8gd.metal-24xl', '5.17334', '4.70304', MAY26],
  ['c8gn.metal-24xl', '6.0293', '5.688', MAY26],
  ['c8i.metal-48xl', '9.89578', '8.99616', MAY26],
  ['c8ib.metal-48xl', '14.37005', '13.06368', MAY26],
  ['c8id.metal-48xl', '11.70893', '10.64448', MAY26],
  ['c8in.metal-48xl', '14.37005', '13.06368', MAY26],
  ['c9g.metal-48xl', '9.18086', '8.34624', SEP24],
  ['c9gd.metal-48xl', '11.27808', '10.2528', SEP24],
  ['i7i.metal-24xl', '9.6204', '9.0605', MAY26],
  ['i7i.metal-48xl', '19.2408', '18.121', MAY26],
  ['i7ie.metal-24xl', '13.2844', '12.4752', SEP24],
  ['i7ie.metal-48xl', '26.5687', '24.9504', SEP24],
  ['i8g.metal-24xl', '9.06048', '8.2368', FEED],
  ['i8g.metal-48xl', '18.12096', '16.4736', SEP24],
  ['i8ge.metal-24xl', '12.1313', '11.3904', MAY26],
  ['i8ge.metal-48xl', '24.2626', '22.7808', MAY26],
  ['m5zn.metal', '4.3605', '3.9641', FEED],
  ['m6g.metal', '2.6112', '2.464', FEED],
  ['m6gd.metal', '3.0664', '2.8928', FEED],
  ['m7i.metal-24xl', '5.32224', '4.8384', FEED],
  ['m8a.metal-24xl', '6.42682', '5.84256', MAY26],
  ['m8azn.metal-12xl', '5.45054', '4.95504', MAY26],
  ['m8azn.metal-24xl', '10.90109', '9.91008', MAY26],
  ['m8g.metal-24xl', '4.73933', '4.30848', FEED],
  ['m8gb.metal-24xl', '14.80608', '13.968', MAY26],
  ['m8gd.metal-24xl', '6.0889', '5.53536', MAY26],
  ['m8gn.metal-24xl', '7.403', '6.984', MAY26],
  ['m8ib.metal-48xl', '17.64365', '16.03968', SEP24],
  ['m8idb.metal-48xl', '20.16326', '18.33024', SEP24],
  ['m8idn.metal-48xl', '20.16326', '18.33024', SEP24],
  ['m8in.metal-48xl', '17.64365', '16.03968', SEP24],
  ['m9g.metal-48xl', '10.3319', '9.39264', SEP24],
  ['m9gd.metal-48xl', '13.27392', '12.0672', SEP24],
  ['r5b.metal', '7.8672', '7.152', FEED],
  ['r6g.metal', '3.4191', '3.2256', FEED],
  ['r6gd.metal', '3.9076', '3.6864', FEED],
  ['r7i.metal-24xl', '6.98544', '6.3504', FEED],
  ['r7iz.metal-16xl', '6.5472', '5.952', FEED],
  ['r7iz.metal-32xl', '13.0944', '11.904', FEED],
  ['r8a.metal-24xl', '8.43533', '7.66848', MAY26],
  ['r8g.metal-24xl', '6.2209', '5.65536', FEED],
  ['r8gb.metal-24xl', '18.53864', '17.48928', MAY26],
  ['r8gd.metal-24xl', '7.75949', '7.05408', MAY26],
  ['r8gn.metal-24xl', '9.2693', '8.7446', MAY26],
  ['r8i.metal-48xl', '14.66995', '13.33632', MAY26],
  ['r8ib.metal-48xl', '22.09152', '20.0832', SEP24],
  ['r8id.metal-48xl', '17.56339', '15.96672', MAY26],
  ['r8idb.metal-48xl', '24.76003', '22.50912', SEP24],
  ['r8idn.metal-48xl', '24.76003', '22.50912', SEP24],
  ['r8in.metal-48xl', '22.09152', '20.0832', SEP24],
  ['x2gd.metal', '5.8784', '5.344', FEED],
  ['x8g.metal-24xl', '10.31712', '9.3792', FEED],
  ['x8i.metal-48xl', '23.10845', '21.00768', MAY26],
];

export const SUPERSEDED_FACTS: readonly SupersededFact[] = KARPENTER_METAL.map(
  ([type, reference, catalog, source]) => ({
    file: KARPENTER_FILE,
    label: `us-east-1 ${type} Linux OD`,
    reference,
    catalog,
    why: `${DEDICATED} ${source}`,
  }),
);
