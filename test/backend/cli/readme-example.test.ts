import { readFileSync } from 'node:fs';
import path from 'node:path';
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
