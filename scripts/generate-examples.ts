/**
 * Generates examples/: one input per way in, for a new user to price with one command
 * (README "Quick start"). Deterministic (fixed document dates and zip timestamps).
 *
 *   npm run examples               # writes test-artifacts/examples/ and compares with examples/
 *   npm run examples -- --record   # writes examples/ (tracked)
 */
import { buildTemplateWorkbook } from '../backend/excel/build-template';
import { BULK_EC2_SHEETS, RVTOOLS_SHEETS } from './examples/inventory-examples';
import { REQUIREMENTS_EXAMPLE } from './examples/requirements-example';
import { TEMPLATE_ROWS, TEMPLATE_SETTINGS } from './examples/template-example';
import type { GeneratedTarget } from './generated-files';
import { runGenerator } from './generated-files';
import { simpleWorkbook } from './simple-workbook';

const TARGET: GeneratedTarget = {
  tracked: 'examples',
  scratch: 'test-artifacts/examples',
  keep: ['README.md'],
};

/** One-line JSON with a space after `:` and `,` and inside braces. */
function flatJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(flatJson).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${flatJson(v)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/** JSON for people: a value that fits in `width` characters stays on one line, others break. */
export function readableJson(value: unknown, indent = '', width = 100): string {
  const flat = flatJson(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= width)
    return flat;
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((v) => `${inner}${readableJson(v, inner, width)}`)
    : Object.entries(value).map(
        ([k, v]) => `${inner}${JSON.stringify(k)}: ${readableJson(v, inner, width - k.length - 4)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${entries.join(',\n')}\n${indent}${close}`;
}

/** Every example file by name. */
export async function generateExamples(): Promise<Record<string, Buffer>> {
  return {
    'requirements.json': Buffer.from(`${readableJson(REQUIREMENTS_EXAMPLE)}\n`, 'utf8'),
    'template-filled.xlsx': await buildTemplateWorkbook({
      rows: TEMPLATE_ROWS,
      settings: TEMPLATE_SETTINGS,
    }),
    'rvtools-export.xlsx': await simpleWorkbook(RVTOOLS_SHEETS),
    'calculator-bulk-ec2.xlsx': await simpleWorkbook(BULK_EC2_SHEETS),
  };
}

if (require.main === module) runGenerator(TARGET, generateExamples, process.argv.slice(2));
