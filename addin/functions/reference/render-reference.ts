import { SERVICE_SPECS, SUPPORT_SPEC } from '../../../core';
import { exampleFormula, FUNCTION_REFERENCE } from './function-reference';

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function functionsSection(): string {
  return FUNCTION_REFERENCE.map(
    (f) => `<section id="${f.id.toLowerCase()}">
<h3>AWS.${f.id}</h3>
<p><code>${escape(f.syntax)}</code></p>
<p>${escape(f.summary)}</p>
<p>Example: <code>${escape(exampleFormula(f))}</code></p>
</section>`,
  ).join('\n');
}

function specRows(): string {
  const rows = [
    ...SERVICE_SPECS.map((s) => ({ service: s.service, grammar: s.grammar, example: s.example })),
    { service: 'support', grammar: SUPPORT_SPEC.grammar, example: SUPPORT_SPEC.example },
  ];
  return rows
    .map(
      (r) =>
        `<tr id="spec-${r.service}"><td><code>${r.service}</code></td><td><code>${escape(r.grammar)}</code></td>` +
        `<td><code>${escape(`=AWS.COST("${r.service}","${r.example}")`)}</code></td></tr>`,
    )
    .join('\n');
}

/**
 * The function reference page (functions.html), rendered when the add-in is built: static HTML
 * with no script, so it meets the pages' CSP and opens from Excel's formula help.
 */
export function renderFunctionReference(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<title>AWS Cost Estimator — worksheet functions</title>
<style>body{font-family:Segoe UI,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}code{background:#f3f3f3}td{vertical-align:top;padding:.2rem .5rem}</style>
</head>
<body>
<h1>Worksheet functions (AWS.*)</h1>
<p>Every function prices at list price from the region's cached AWS price catalog (sign in once in the task pane) and returns USD per month. Region defaults to the task pane's region. A price missing from the catalog shows <code>#N/A</code> with what is missing; a bad argument shows <code>#VALUE!</code> with what to write instead.</p>
<h2>Functions</h2>
${functionsSection()}
<h2 id="specs">Service specs for AWS.COST</h2>
<p>Words may come in any order; <code>[…]</code> is optional, <code>a|b</code> means one of. Counts take k, m or b (<code>10m</code> = 10,000,000); sizes take gb. The words are those the template sheets accept.</p>
<table>
<tr><th>service</th><th>spec</th><th>example</th></tr>
${specRows()}
</table>
</body>
</html>
`;
}
