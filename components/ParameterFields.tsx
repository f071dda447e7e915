import type { Preset } from '@/core/presets/schema';
import { parameterValueProblem } from '@/core/presets/parameter-rules';

interface Props {
  preset: Preset;
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
  /** Only these parameters (default: all). */
  only?: readonly string[];
  idPrefix?: string;
}

/** One textbox per preset parameter, checked as the user types. */
export function ParameterFields({ preset, values, onChange, only, idPrefix = 'param' }: Props) {
  return (
    <>
      {preset.parameters
        .filter((param) => !only || only.includes(param.key))
        .map((param) => {
          const value = values[param.key] ?? '';
          const problem = value === '' ? null : parameterValueProblem(param, value.trim());
          const id = `${idPrefix}-${param.key}`;
          return (
            <div class="field" key={param.key}>
              <label for={id}>{param.label}</label>
              <input
                id={id}
                type={(param.kind === 'email' ? 'email' : param.kind === 'url' ? 'url' : 'text') as 'text'}
                placeholder={param.example}
                value={value}
                aria-invalid={problem ? 'true' : 'false'}
                aria-describedby={problem ? `${id}-error` : param.help ? `${id}-help` : undefined}
                onInput={(e) => onChange(param.key, (e.target as HTMLInputElement).value)}
              />
              {problem ? (
                <p class="error" id={`${id}-error`}>
                  {problem}
                </p>
              ) : param.help ? (
                <p class="help" id={`${id}-help`}>
                  {param.help}
                </p>
              ) : null}
            </div>
          );
        })}
    </>
  );
}
