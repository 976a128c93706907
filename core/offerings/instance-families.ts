/**
 * EC2 instance families that exist — explicit knowledge, not "whatever our catalog happens to
 * price": a type whose family is not here is reported at Validate as unknown (a typo such as
 * `m7q.large`), while a known type missing from the catalog is only "price not in catalog".
 *
 * Sources (read 2026-11-26): every family in the AWS Pricing API's EC2 instance types for
 * us-east-1 as generated into Karpenter's `zz_generated.pricing_aws.go` (2026-07-20, the table
 * behind core/catalog/data), plus families the EC2 instance types documentation lists that the
 * table lacks (https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-types.html: Mac,
 * HPC, Trainium2, DL2q, P5e and previous-generation cc2/cg1/hi1/hs1). When AWS launches a family,
 * add it here (DECISIONS.md, "Not offered vs not in catalog").
 */
export const EC2_INSTANCE_FAMILIES: ReadonlySet<string> = new Set(
  (
    'a1 c1 c3 c4 c5 c5a c5ad c5d c5n c6a c6g c6gd c6gn c6i c6id c6in c7a c7g c7gd c7gn c7i ' +
    'c7i-flex c8a c8g c8gb c8gd c8gn c8i c8i-flex c8ib c8id c8in c8ine c9g c9gd cc2 cg1 cr1 d2 d3 ' +
    'd3en dl1 dl2q f1 f2 g2 g3 g3s g4ad g4dn g5 g5g g6 g6e g6f g7 g7e gr6 gr6f h1 hi1 hpc6a ' +
    'hpc6id hpc7a hpc7g hs1 i2 i3 i3en i4g i4i i7i i7ie i8g i8ge im4gn inf1 inf2 is4gen m1 m2 m3 ' +
    'm4 m5 m5a m5ad m5d m5dn m5n m5zn m6a m6g m6gd m6i m6id m6idn m6in m7a m7g m7gd m7i m7i-flex ' +
    'm8a m8azn m8g m8gb m8gd m8gn m8i m8i-flex m8ib m8id m8idb m8idn m8in m8ine m9g m9gd mac1 ' +
    'mac2 mac2-m1ultra mac2-m2 mac2-m2pro p2 p3 p3dn p4d p4de p5 p5e p5en p6-b200 p6-b300 r3 r4 ' +
    'r5 r5a r5ad r5b r5d r5dn r5n r6a r6g r6gd r6i r6id r6idn r6in r7a r7g r7gd r7i r7iz r8a r8g ' +
    'r8gb r8gd r8gn r8i r8i-flex r8ib r8id r8idb r8idn r8in t1 t2 t3 t3a t4g trn1 trn1n trn2 ' +
    'u-12tb1 u-18tb1 u-24tb1 u-3tb1 u-6tb1 u-9tb1 u7i-12tb u7i-6tb u7i-8tb u7in-16tb u7in-24tb ' +
    'u7in-32tb vt1 x1 x1e x2gd x2idn x2iedn x2iezn x8g x8i z1d'
  ).split(' '),
);

/**
 * RDS and ElastiCache classes are `db.` / `cache.` + an EC2 family and size, plus these
 * database-only families (RDS: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Types.html).
 */
export const DATABASE_ONLY_FAMILIES: ReadonlySet<string> = new Set(['x2g']);

/**
 * Instance sizes: nano … xlarge, `<n>xlarge`, `metal` and `metal-<n>xl`. Anything else (`huge`,
 * `xxl`) is not an EC2 size at all.
 */
export const INSTANCE_SIZE = /^(nano|micro|small|medium|large|xlarge|\d+xlarge|metal(-\d+xl)?)$/;

/**
 * Graviton (arm64) families by AWS's naming: a `g` right after the generation (m7g, c6gn, t4g,
 * x2gd, im4gn, is4gen, hpc7g) and `a1` — the same rule as the catalog's architecture attribute.
 */
export function isGravitonFamily(family: string): boolean {
  return family === 'a1' || /^[a-z]+\d+g[a-z]*$/.test(family);
}
