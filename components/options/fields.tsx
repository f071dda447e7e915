import { useState } from 'preact/hooks';
import { type FieldPath, pathText, problemsAt } from '@/core/presets/edit-form';
import type { Problem } from '@/core/presets/problems';
import { Icon } from '../ui/icons';

const fieldId = (path: FieldPath) => `f-${pathText(path).replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A labelled field with its live messages below it, tied to the control by aria-describedby. */
export function Field({
  path,
  label,
  help,
  problems,
  children,
}: {
  path: FieldPath;
  label: string;
  help?: string;
  problems: Problem[];
  children: (props: { id: string; 'aria-invalid': 'true' | 'false'; 'aria-describedby'?: string }) => preact.VNode;
}) {
  const id = fieldId(path);
  const mine = problemsAt(problems, path);
  const described = [help && `${id}-help`, mine.length > 0 && `${id}-problems`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({
        id,
        'aria-invalid': mine.length ? 'true' : 'false',
        ...(described && { 'aria-describedby': described }),
      })}
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {mine.length > 0 && (
        <p class="field-problem" id={`${id}-problems`}>
          <Icon name="alert" />{' '}
          {mine.map((p) => `${p.path === pathText(path) ? '' : `${p.path}: `}${p.message}`).join('; ')}
        </p>
      )}
    </div>
  );
}

/** A textarea for a list, one item per line; empty lines are kept while typing, dropped from the preset. */
export function LinesInput({
  value,
  onChange,
  ...rest
}: {
  value: string[];
  onChange: (lines: string[]) => void;
  id: string;
  rows: number;
}) {
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <textarea
      {...rest}
      class="code"
      spellcheck={false}
      value={typing ?? value.join('\n')}
      onInput={(e) => {
        const raw = (e.target as HTMLTextAreaElement).value;
        setTyping(raw);
        onChange(
          raw
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l !== ''),
        );
      }}
      onBlur={() => setTyping(null)}
    />
  );
}

/** Problems as a list, each with its path (the document itself when it is empty). */
export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ul class="problems">
      {problems.map((p) => (
        <li key={`${p.path}${p.message}`}>
          <code>{p.path || '(document)'}</code>: {p.message}
        </li>
      ))}
    </ul>
  );
}
