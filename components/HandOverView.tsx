import { type HandOver, handOverEnv, handOverJson, handOverText } from '@/core/oauth/hand-over';

interface Props {
  handOver: HandOver;
  /** Whose list it is: the preset's name, or null for "everything" (no preset says). */
  presetName: string | null;
  /** A bundle: the list holds each of its integrations' values. */
  bundle?: boolean;
  onCopy: (label: string, text: string) => void;
}

/** "Copy for the vendor": the list the preset declares, what is still missing, in three formats. */
export function HandOverView({ handOver, presetName, bundle = false, onCopy }: Props) {
  return (
    <section aria-labelledby="handover-title">
      <h2 id="handover-title">Copy for the vendor</h2>
      <p class="help">
        {presetName
          ? `What the preset “${presetName}” says the vendor needs${bundle ? ', from each of its integrations' : ''}:`
          : 'No preset says what the vendor needs; this is everything known:'}{' '}
        {handOver.fields.map((f) => f.label).join(', ') || 'nothing yet'}.
      </p>
      {handOver.missing.length > 0 && (
        <ul class="error" aria-label="Still missing">
          {handOver.missing.map((m) => (
            <li key={m.label}>
              {m.label} is missing: {m.how}.
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={handOver.fields.length === 0}
          onClick={() => onCopy('the vendor hand-over (text)', handOverText(handOver))}
        >
          Copy for the vendor
        </button>
        <button
          type="button"
          disabled={handOver.fields.length === 0}
          onClick={() => onCopy('the vendor hand-over (JSON)', handOverJson(handOver))}
        >
          Copy as JSON
        </button>
        <button
          type="button"
          disabled={handOver.fields.length === 0}
          onClick={() => onCopy('the vendor hand-over (.env)', handOverEnv(handOver))}
        >
          Copy as .env
        </button>
      </div>
    </section>
  );
}
