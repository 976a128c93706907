import { Button, Field, Input, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { TemplateColumn, TemplateSheet } from '../../../core';
import { DROPDOWN_VALUES } from '../../../core';
import { ENTRY_SHEETS, blankEntry } from './entry-sheets';

/** What the workbook said about a line: nothing when it was added. */
export interface AddLineOutcome {
  readonly added: boolean;
  /** Messages on the form field of their column. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** Messages that belong to no single field. */
  readonly messages: readonly string[];
}

export interface ManualEntryFormProps {
  readonly busy: boolean;
  readonly onAdd: (
    layout: TemplateSheet,
    entry: Readonly<Record<string, string>>,
  ) => Promise<AddLineOutcome>;
}

/**
 * Add line: pick a service, fill the fields of its template sheet's columns (the same labels,
 * dropdown words and help as the sheet), and the row is appended to that sheet after the same
 * validation Validate runs; each problem shows at its field.
 */
export function ManualEntryForm({ busy, onAdd }: ManualEntryFormProps) {
  const [sheetName, setSheetName] = useState(ENTRY_SHEETS[0]!.layout.name);
  const layout = ENTRY_SHEETS.find((s) => s.layout.name === sheetName)!.layout;
  const [entry, setEntry] = useState<Record<string, string>>(() => blankEntry(layout));
  const [outcome, setOutcome] = useState<AddLineOutcome | null>(null);
  const pick = (name: string) => {
    const next = ENTRY_SHEETS.find((s) => s.layout.name === name)!.layout;
    setSheetName(name);
    setEntry(blankEntry(next));
    setOutcome(null);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await onAdd(layout, entry);
    setOutcome(result);
    if (result.added) setEntry(blankEntry(layout));
  };
  return (
    <form
      aria-label={`Add a line to the ${layout.name} sheet`}
      onSubmit={(e) => void submit(e)}
      style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 4 }}
    >
      <Field label="Add a line for" hint={layout.purpose}>
        <Select value={sheetName} onChange={(_, d) => pick(d.value)}>
          {ENTRY_SHEETS.map((s) => (
            <option key={s.layout.name} value={s.layout.name}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      {layout.columns.map((column) => (
        <ColumnField
          key={`${layout.name}.${column.field}`}
          column={column}
          value={entry[column.field] ?? ''}
          error={outcome?.fieldErrors[column.field]}
          onChange={(value) => setEntry({ ...entry, [column.field]: value })}
        />
      ))}
      {outcome && outcome.messages.length > 0 && (
        <ul
          role="alert"
          style={{ color: tokens.colorPaletteRedForeground1, paddingLeft: 16, margin: 0 }}
        >
          {outcome.messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <Button type="submit" disabled={busy}>
        Add line
      </Button>
    </form>
  );
}

interface ColumnFieldProps {
  readonly column: TemplateColumn;
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
}

/** One template column as a form field: its dropdown's words, or free text. */
function ColumnField({ column, value, error, onChange }: ColumnFieldProps) {
  const label = column.aliases[0]!;
  return (
    <Field
      label={label}
      hint={column.help}
      required={column.required}
      validationState={error ? 'error' : 'none'}
      validationMessage={error}
    >
      {column.list ? (
        <Select value={value} onChange={(_, d) => onChange(d.value)}>
          {!column.required && <option value="">(blank)</option>}
          {DROPDOWN_VALUES[column.list].map((word) => (
            <option key={word}>{word}</option>
          ))}
        </Select>
      ) : (
        <Input value={value} onChange={(_, d) => onChange(d.value)} style={{ minWidth: 0 }} />
      )}
    </Field>
  );
}
