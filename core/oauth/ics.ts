/**
 * "Add expiry reminders": an iCalendar file (RFC 5545) with one event a day before each token
 * expires. It names the integration and what to do; it never holds a token or a secret.
 */

const DAY = 86_400_000;

/** UTC date-time as iCalendar writes it: 20261207T093000Z. */
export function icsDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Text escaped for a property value: backslash, semicolon, comma, newline. */
export function icsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Content lines folded at 75 octets (a continuation line starts with a space). */
export function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = new TextEncoder().encode(char).length;
    if (size + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

export interface ReminderInput {
  integrationName: string;
  clientId: string;
  accessExpiresAt: number;
  refreshExpiresAt: number;
  now: number;
}

export function expiryReminders(r: ReminderInput): string {
  const event = (kind: 'access' | 'refresh', expiresAt: number) => {
    const what = kind === 'access' ? 'access token' : 'refresh token';
    const todo =
      kind === 'access'
        ? 'Refresh it (the extension’s Refresh button, or the vendor’s own refresh) before it expires.'
        : 'Authorize the integration again before the refresh token expires, or the vendor loses access.';
    return [
      'BEGIN:VEVENT',
      `UID:${kind}-${r.clientId.slice(0, 16)}-${expiresAt}@webex-integration-helper`,
      `DTSTAMP:${icsDate(r.now)}`,
      `DTSTART:${icsDate(expiresAt - DAY)}`,
      `DTEND:${icsDate(expiresAt - DAY + 30 * 60_000)}`,
      `SUMMARY:${icsText(`${r.integrationName}: Webex ${what} expires tomorrow`)}`,
      `DESCRIPTION:${icsText(`The ${what} of the Webex integration "${r.integrationName}" expires on ${new Date(expiresAt).toUTCString()}. ${todo}`)}`,
      'END:VEVENT',
    ];
  };
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Webex Integration Helper//Token expiry reminders//EN',
    'CALSCALE:GREGORIAN',
    ...event('access', r.accessExpiresAt),
    ...event('refresh', r.refreshExpiresAt),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
