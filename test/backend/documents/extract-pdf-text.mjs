// Prints {"pages": ["text of page 1", ...], "outline": ["bookmark", ...]} for the PDF given as argv[2]. Run as a child process
// because pdfjs-dist ships ESM only, which jest's CommonJS runtime cannot import.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 })
  .promise;
const pages = [];
for (let i = 1; i <= pdf.numPages; i++) {
  const page = await pdf.getPage(i);
  const content = await page.getTextContent();
  pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
}
const outline = ((await pdf.getOutline()) ?? []).map((item) => item.title);
process.stdout.write(JSON.stringify({ pages, outline }));
