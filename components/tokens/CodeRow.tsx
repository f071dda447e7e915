import { useState } from 'preact/hooks';

/** The code, masked until "Show", with its copy button. */
export function CodeRow({ value, onCopy }: { value: string; onCopy: (label: string, text: string) => void }) {
  const [shown, setShown] = useState(false);
  return (
    <div class="cred">
      <span class="cred-label">Code</span>
      <code class="cred-value">{shown ? value : '•'.repeat(16)}</code>
      <button
        type="button"
        aria-pressed={shown}
        aria-label={`${shown ? 'Hide' : 'Show'} the code`}
        onClick={() => setShown(!shown)}
      >
        {shown ? 'Hide' : 'Show'}
      </button>
      <button type="button" onClick={() => onCopy('the authorization code', value)}>
        Copy the code only
      </button>
    </div>
  );
}
