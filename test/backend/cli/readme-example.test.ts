import { readFileSync } from 'node:fs';
import path from 'node:path';
import { envelopeSchema } from '../../../backend/cli/estimate';
import { requirementsSchema } from '../../../backend/routes/schemas/requirements';

/** The documented input must stay valid: the README's example is parsed by the same schema the CLI uses. */
describe('backend/cli/README.md', () => {
  const readme = readFileSync(path.resolve(__dirname, '../../../backend/cli/README.md'), 'utf8');
  const example = /```json\n(\{\n {2}"name": "Acme[\s\S]*?)\n```/.exec(readme)?.[1];

  it('has the requirements example', () => {
    expect(example).toBeDefined();
  });

  it('documents requirements the CLI accepts', () => {
    const result = requirementsSchema.safeParse(JSON.parse(example!));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

describe('backend/cli/README.md: the scenarios example', () => {
  const readme = readFileSync(path.resolve(__dirname, '../../../backend/cli/README.md'), 'utf8');
  const example = /```json\n(\{\n {2}"requirements"[\s\S]*?)\n```/.exec(readme)?.[1];

  it('is complete JSON (no elisions such as `[ … ]`)', () => {
    expect(example).toBeDefined();
    expect(() => JSON.parse(example!)).not.toThrow();
  });

  it('holds requirements and scenarios the CLI accepts', () => {
    const envelope = envelopeSchema.safeParse(JSON.parse(example!));
    expect(envelope.success ? [] : envelope.error.issues).toEqual([]);
    const r = requirementsSchema.safeParse(
      (JSON.parse(example!) as { requirements: unknown }).requirements,
    );
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });
});
