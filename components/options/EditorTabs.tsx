import type { ComponentChildren } from 'preact';

type Tab = 'form' | 'json';
const TABS: [Tab, string][] = [
  ['form', 'Form'],
  ['json', 'Advanced (JSON)'],
];

/** Two tabs over one preset: the form and its JSON (arrow keys move between them, as ARIA tabs do). */
export function EditorTabs({
  tab,
  onTab,
  form,
  json,
}: {
  tab: Tab;
  onTab: (tab: Tab) => void;
  form: ComponentChildren;
  json: ComponentChildren;
}) {
  const move = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = tab === 'form' ? 'json' : 'form';
    onTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label="Edit the preset as" class="tabs" onKeyDown={move}>
        {TABS.map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`tab-${key}`}
            aria-selected={tab === key}
            aria-controls={`panel-${key}`}
            tabIndex={tab === key ? 0 : -1}
            onClick={() => onTab(key)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="panel-form" aria-labelledby="tab-form" hidden={tab !== 'form'}>
        {form}
      </div>
      <div role="tabpanel" id="panel-json" aria-labelledby="tab-json" hidden={tab !== 'json'}>
        {json}
      </div>
    </>
  );
}
