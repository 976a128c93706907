import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { SourceGroup } from '../../../core';

/** Where the catalog's prices come from: each group's files or pages, records and price dates. */
export function SourcesTable({ sources }: { sources: readonly SourceGroup[] }) {
  return (
    <Table aria-label="Price sources" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Source</TableHeaderCell>
          <TableHeaderCell>Files or pages</TableHeaderCell>
          <TableHeaderCell>Records</TableHeaderCell>
          <TableHeaderCell>Oldest price date</TableHeaderCell>
          <TableHeaderCell>Newest price date</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sources.map((s) => (
          <TableRow key={s.source}>
            <TableCell>{s.source}</TableCell>
            <TableCell>{s.references || '—'}</TableCell>
            <TableCell>{s.records.toLocaleString('en-US')}</TableCell>
            <TableCell>{s.oldest}</TableCell>
            <TableCell>{s.newest}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
