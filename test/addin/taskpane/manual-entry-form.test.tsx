import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { TemplateSheet } from '../../../core';
import { TEMPLATE_DATA_SHEETS } from '../../../core';
import type { ApiClient } from '../../../addin/api/api-client';
import { createAppStore } from '../../../addin/state/app-store';
import { ManualEntryForm } from '../../../addin/taskpane/components/manual-entry-form';
import type { AddLineOutcome } from '../../../addin/taskpane/components/manual-entry-form';
import { addTemplateLine } from '../../../addin/workflow/manual-entry';
import { MemoryWorkbook } from '../helpers/memory-workbook';

/** The form wired to the real Add line workflow over an in-memory workbook. */
function renderForm(workbook = new MemoryWorkbook([])) {
  const calls: [string, Readonly<Record<string, string>>][] = [];
  const onAdd = async (
    layout: TemplateSheet,
    entry: Readonly<Record<string, string>>,
  ): Promise<AddLineOutcome> => {
    calls.push([layout.name, entry]);
    const deps = { workbook, api: {} as ApiClient, store: createAppStore() };
    const result = await addTemplateLine(deps, layout, entry);
    return result.added
      ? { added: true, fieldErrors: {}, messages: [] }
      : { added: false, fieldErrors: result.fieldErrors, messages: result.otherMessages };
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <ManualEntryForm busy={false} onAdd={onAdd} />
    </FluentProvider>,
  );
  return { workbook, calls };
}

const service = () => screen.getByLabelText('Add a line for');
const choose = (name: string) => fireEvent.change(service(), { target: { value: name } });
const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const add = () =>
  act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add line' })));

describe('Add line form', () => {
  it('offers a form for every template sheet, with its columns, help and dropdown words', () => {
    renderForm();
    const options = within(service())
      .getAllByRole('option')
      .map((o) => o.getAttribute('value'));
    expect(options).toEqual(TEMPLATE_DATA_SHEETS.map((s) => s.name));
    expect(screen.getByRole('form', { name: 'Add a line to the Compute sheet' })).toBeVisible();
    choose('Lambda');
    expect(screen.getByRole('form', { name: 'Add a line to the Lambda sheet' })).toBeVisible();
    expect(screen.getByLabelText(/Requests \(per month\)/)).toBeRequired();
    expect(screen.getByText('128-10240.')).toBeVisible();
    const arch = screen.getByLabelText('Architecture');
    expect(
      within(arch)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['(blank)', 'x86_64', 'arm64']);
    choose('Fargate');
    expect(
      within(screen.getByLabelText('Operating system'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['(blank)', 'linux', 'windows']);
  });

  it('shows each of the reader’s messages at its field and writes nothing', async () => {
    const { workbook } = renderForm();
    choose('Lambda');
    type(/Requests \(per month\)/, '10m');
    type(/Duration \(ms\)/, '200');
    type(/Memory \(MB\)/, '64');
    await add();
    expect(screen.getByLabelText(/Memory \(MB\)/)).toHaveAccessibleDescription(
      expect.stringContaining(
        'memory must be a number of MB at least 128 and at most 10240, got 64',
      ),
    );
    expect(screen.getByLabelText(/Memory \(MB\)/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/Duration \(ms\)/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(workbook.blocks).toEqual([]);
  });

  it('appends a valid DynamoDB line to a new DynamoDB sheet and clears the form', async () => {
    const { workbook, calls } = renderForm();
    choose('DynamoDB');
    type('Description', 'Orders');
    fireEvent.change(screen.getByLabelText('Capacity mode'), { target: { value: 'on-demand' } });
    type(/Storage \(GB\)/, '50');
    type(/Read request units/, '100m');
    await add();
    expect(calls[0]![0]).toBe('DynamoDB');
    expect(workbook.replaced).toEqual(['DynamoDB', 'Lists']);
    expect(workbook.validations.map((v) => v.range)).toEqual(['C2:C2001', 'D2:D2001', 'K2:K2001']);
    expect(workbook.blocks[2]!.values[0]!.slice(0, 6)).toEqual([
      'Orders',
      null,
      'on-demand',
      null,
      50,
      '100m',
    ]);
    expect(screen.getByLabelText('Description')).toHaveValue('');
  });
});
