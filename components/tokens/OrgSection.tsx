import type { CaptureRecord } from '@/core/session/credentials-store';

/** Who signed in, and the organisation's ID in both forms the vendors ask for. */
export function OrgSection({
  org,
  onCopy,
}: {
  org: NonNullable<CaptureRecord['org']>;
  onCopy: (label: string, text: string) => void;
}) {
  return (
    <section aria-labelledby="org-title">
      <h2 id="org-title">Organization</h2>
      <p>Signed in as {org.displayName || '(no display name)'}.</p>
      {org.orgUuid && (
        <div class="cred">
          <span class="cred-label">Organization ID</span>
          <code class="cred-value">{org.orgUuid}</code>
          <button type="button" onClick={() => onCopy('Organization ID', org.orgUuid!)}>
            Copy Organization ID
          </button>
        </div>
      )}
      <div class="cred">
        <span class="cred-label">API form</span>
        <code class="cred-value">{org.orgId}</code>
        <button type="button" onClick={() => onCopy('Organization ID (API form)', org.orgId)}>
          Copy API form
        </button>
      </div>
    </section>
  );
}
