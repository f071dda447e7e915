import { attentionItems, type FillReport } from '@/core/fill/report';

/** The fill report: totals, then every field or scope that was not done, with what to do. */
export function FillReportView({
  report,
  next = 'Review the page, then click “Add Integration” there. Reopen this popup to copy the credentials.',
}: {
  report: FillReport;
  /** What to do next, said where the report is shown. */
  next?: string;
}) {
  if (report.error) return <p class="error">{report.error}</p>;
  const s = report.totals.scopes;
  const problems = attentionItems(report);
  return (
    <div>
      <p>
        <strong>{report.ok ? 'Filled.' : 'Filled, with problems.'}</strong> Scopes: {s.ticked} ticked, {s.already}{' '}
        already, {s.unticked} unticked
        {s['not offered'] ? `, ${s['not offered']} not offered` : ''}
        {s['not found'] ? `, ${s['not found']} not found in the list as shown` : ''}
        {s.disabled ? `, ${s.disabled} disabled` : ''}
        {s.failed ? `, ${s.failed} failed` : ''}. {Math.round(report.elapsedMs)} ms.
      </p>
      {problems.length > 0 && (
        <ul class="problems">
          {problems.map((p) => (
            <li key={p.name}>
              <code>{p.name}</code>: {p.status}
              {p.detail ? ` (${p.detail})` : ''}
            </li>
          ))}
        </ul>
      )}
      <p class="help">{next}</p>
    </div>
  );
}
