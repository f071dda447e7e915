import { attentionItems, type FillReport } from '@/core/fill/report';
import { Icon } from './ui/icons';

/** The fill report, compact: what needs you first, then the totals, then what to do next. */
export function FillReportView({
  report,
  next = 'Review the page, then click “Add Integration” there. Reopen this popup to copy the credentials.',
}: {
  report: FillReport;
  /** What to do next, said where the report is shown. */
  next?: string;
}) {
  if (report.error) return <p class="callout error">{report.error}</p>;
  const s = report.totals.scopes;
  const problems = attentionItems(report);
  const totals = (
    <>
      Scopes: {s.ticked} ticked, {s.already} already, {s.unticked} unticked
      {s['not offered'] ? `, ${s['not offered']} not offered` : ''}
      {s['not found'] ? `, ${s['not found']} not found in the list as shown` : ''}
      {s.disabled ? `, ${s.disabled} disabled` : ''}
      {s.failed ? `, ${s.failed} failed` : ''}. {Math.round(report.elapsedMs)} ms.
    </>
  );
  return (
    <div class={`fill-report callout ${report.ok && problems.length === 0 ? 'success' : 'warning'}`}>
      {problems.length > 0 ? (
        <>
          <p>
            <Icon name="alert" /> <strong>{report.ok ? 'Filled.' : 'Filled, with problems.'}</strong> Needs you:
          </p>
          <ul class="problems attention">
            {problems.map((p) => (
              <li key={p.name}>
                <code>{p.name}</code>: {p.status}
                {p.detail ? ` (${p.detail})` : ''}
              </li>
            ))}
          </ul>
          <p class="help">{totals}</p>
        </>
      ) : (
        <p>
          <Icon name="check" /> <strong>{report.ok ? 'Filled.' : 'Filled, with problems.'}</strong> {totals}
        </p>
      )}
      <p class="help">{next}</p>
    </div>
  );
}
