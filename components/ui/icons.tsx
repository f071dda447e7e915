/**
 * Inline SVG icons, drawn here on a 16-unit grid with strokes in currentColor: no icon font,
 * nothing fetched. Each is decorative (aria-hidden); the button around it carries the name.
 */
const PATHS = {
  copy: 'M5.5 5.5V3.5a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M3.5 5.5h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-6a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1z',
  eye: 'M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8 12.1 12.5 8 12.5 1.5 8 1.5 8zM8 10a2 2 0 1 0 0-4 2 2 0 0 0 0 4z',
  eyeOff:
    'M2.5 2.5l11 11M6.6 4a6.8 6.8 0 0 1 1.4-.5c4.1 0 6.5 4.5 6.5 4.5a11 11 0 0 1-1.8 2.3M4.2 5.1A11 11 0 0 0 1.5 8S3.9 12.5 8 12.5a6 6 0 0 0 2.8-.7M6.6 6.6a2 2 0 0 0 2.8 2.8',
  check: 'M3 8.5l3.2 3L13 4.5',
  alert: 'M8 1.8l6.5 11.7H1.5L8 1.8zM8 6.2v3.3M8 11.6v.1',
  external: 'M9.5 2.5h4v4M13.5 2.5L7.5 8.5M11.5 9.5v3a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3',
  key: 'M10 9.5a3.5 3.5 0 1 0-3.3-2.4L1.5 12.3v2.2h2.2v-1.5h1.5v-1.5h1.5l1.3-1.3c.6.2 1.2.3 2 .3zM11 5.2v.1',
  search: 'M7 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zM10.6 10.6l3.9 3.9',
  download: 'M8 2v8.5M4.5 7L8 10.5 11.5 7M2.5 13.5h11',
  gear: 'M8 10.2a2.2 2.2 0 1 0 0-4.4 2.2 2.2 0 0 0 0 4.4zM8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4',
  shield: 'M8 1.5l5.5 2v4c0 3.4-2.3 5.9-5.5 7-3.2-1.1-5.5-3.6-5.5-7v-4L8 1.5z',
  plus: 'M8 3v10M3 8h10',
  trash: 'M2.5 4.5h11M6.5 4.5V3a.5.5 0 0 1 .5-.5h2a.5.5 0 0 1 .5.5v1.5M4 4.5l.7 9h6.6l.7-9',
  fill: 'M2.5 3.5h11M2.5 8h7M2.5 12.5h5M11 10.5l1.5 1.5 2.5-3',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      class="i"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}

/** A button showing only an icon: its accessible name is `label` (also its tooltip). */
export function IconButton({
  icon,
  label,
  pressed,
  disabled,
  onClick,
  describedBy,
}: {
  icon: IconName;
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  describedBy?: string;
}) {
  return (
    <button
      type="button"
      class="icon"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}
