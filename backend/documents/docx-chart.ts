import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ChartBar } from './proposal-comparison';
import { CONTENT_WIDTH_DXA } from './docx-table';

/**
 * Scenario bar chart for Word without an image: a borderless table, one row per scenario, whose
 * middle cell holds a nested one-cell table shaded in the brand colour and as wide as the bar.
 * A PNG would need a canvas in Lambda; this stays vector, editable and prints sharp.
 */
const LABEL = Math.round(CONTENT_WIDTH_DXA * 0.25);
const AREA = Math.round(CONTENT_WIDTH_DXA * 0.55);
const VALUE = CONTENT_WIDTH_DXA - LABEL - AREA;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

function text(value: string, right = false): Paragraph {
  return new Paragraph({
    alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text: value, size: 18 })],
  });
}

function bar(widthDxa: number, fill: string): Table {
  return new Table({
    width: { size: widthDxa, type: WidthType.DXA },
    columnWidths: [widthDxa],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        height: { value: 260, rule: 'exact' },
        children: [
          new TableCell({
            width: { size: widthDxa, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, fill, color: 'auto' },
            children: [new Paragraph({ children: [] })],
          }),
        ],
      }),
    ],
  });
}

export function docxBarChart(
  bars: readonly ChartBar[],
  colours: { primary: string; accent: string },
): Table {
  return new Table({
    width: { size: CONTENT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: [LABEL, AREA, VALUE],
    borders: NO_BORDERS,
    rows: bars.map(
      (b) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: LABEL, type: WidthType.DXA },
              children: [text(b.label)],
            }),
            new TableCell({
              width: { size: AREA, type: WidthType.DXA },
              // Word requires a paragraph after a nested table in a cell.
              children: [
                bar(
                  Math.max(20, Math.round(b.ratio * (AREA - 200))),
                  b.recommended ? colours.accent : colours.primary,
                ),
                new Paragraph({ children: [] }),
              ],
            }),
            new TableCell({
              width: { size: VALUE, type: WidthType.DXA },
              children: [text(b.valueText, true)],
            }),
          ],
        }),
    ),
  });
}
