// A report table on paper: every row (no virtualisation, no controls), the header repeated on
// each page by the browser (thead), the total row last.
import { formatCell, type ReportSheet, visibleColumns } from '../report-sheets.ts';

export function PrintTable({ sheet }: { sheet: ReportSheet }) {
  const columns = visibleColumns(sheet);
  return (
    <table className="print-table">
      <caption>{sheet.title}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.id} scope="col" className={`kind-${c.kind}`}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sheet.rows.map((row, index) => (
          <tr key={String(row.key ?? index)}>
            {columns.map((c) =>
              c.id === sheet.labelColumn ? (
                <th key={c.id} scope="row" className={`kind-${c.kind}`}>
                  {formatCell(row[c.id] ?? null, c.kind)}
                </th>
              ) : (
                <td key={c.id} className={`kind-${c.kind}`}>
                  {formatCell(row[c.id] ?? null, c.kind)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {sheet.total && (
        <tfoot>
          <tr>
            {columns.map((c) =>
              c.id === sheet.labelColumn ? (
                <th key={c.id} scope="row">
                  {String(sheet.total?.[c.id] ?? '')}
                </th>
              ) : (
                <td key={c.id} className={`kind-${c.kind}`}>
                  {formatCell(sheet.total?.[c.id] ?? null, c.kind)}
                </td>
              ),
            )}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
