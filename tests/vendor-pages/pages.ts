/**
 * Vendor pages for the hand-off tests, built in markups unlike the portal replica's:
 * - SphereShield's Admin Portal "Webex App Configuration" page (`/account/webexauth`): a settings
 *   table whose row headers are the only labels (no `<label>`, no ARIA), the secret a password
 *   field, a search box and help text that mention "Client ID" as decoys;
 * - a generic credential form like n8n's: `<label for>`, plus fields that only look alike
 *   ("Client ID prefix", "Secret notes") and a contenteditable labelled like a credential.
 * Each page records what it received through input events (what a framework's state would
 * hold), so tests assert what the vendor's server would get, not just the DOM.
 */
const RECORDER = `
  const recorded = {};
  document.addEventListener('input', (e) => {
    const t = e.target;
    if (!(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement)) return;
    recorded[t.name] = t.value;
    sessionStorage.setItem('vendor:recorded', JSON.stringify(recorded));
  });
  document.querySelector('form').addEventListener('submit', (e) => {
    e.preventDefault();
    sessionStorage.setItem('vendor:saved', JSON.stringify(recorded));
  });`;

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:14px system-ui;margin:24px} table{border-collapse:collapse} th{text-align:left;padding:6px 12px 6px 0;font-weight:600} input{width:28em}</style>
</head><body>${body}<script>${RECORDER}</script></body></html>`;

export const SPHERESHIELD_ADMIN = page(
  'SphereShield Admin Portal',
  `<header><span>Admin Portal</span> <input type="search" name="q" aria-label="Search settings" placeholder="Search, e.g. Client ID"></header>
  <h1>Webex App Configuration</h1>
  <p>Enter the settings from the Webex App page: Client ID, Client Secret and Integration ID.</p>
  <form>
    <table class="settings"><tbody>
      <tr><th>Client ID</th><td><input type="text" name="clientId" autocomplete="off"></td></tr>
      <tr><th>Client Secret</th><td><input type="password" name="clientSecret" autocomplete="off"></td></tr>
      <tr><th>Integration ID</th><td><input type="text" name="integrationId"></td></tr>
      <tr><th>External Portal Web API URL</th><td><input type="url" name="externalPortalUrl"></td></tr>
    </tbody></table>
    <button type="submit">Save</button>
  </form>`,
);

export const GENERIC_CREDENTIALS = page(
  'Webex OAuth2 credential',
  `<h1>Webex OAuth2 API credential</h1>
  <form>
    <div class="row"><label for="cid">Client ID</label><input id="cid" name="clientId"></div>
    <div class="row"><label for="cidp">Client ID prefix</label><input id="cidp" name="clientIdPrefix"></div>
    <div class="row"><label for="cs">Client Secret</label><input id="cs" type="password" name="clientSecret"></div>
    <div class="row"><label for="notes">Secret notes</label><textarea id="notes" name="notes"></textarea></div>
    <div class="row"><span id="iid-label">Integration ID</span><div contenteditable="true" aria-labelledby="iid-label" id="iid"></div></div>
    <button type="submit">Save</button>
  </form>`,
);

/** What the routes serve: the Admin Portal page on any origin at `/account/webexauth`, the generic form elsewhere. */
export function vendorPageResponse(url: string): { status: number; contentType: string; body: string } {
  const { pathname } = new URL(url);
  const body = pathname === '/account/webexauth' ? SPHERESHIELD_ADMIN : GENERIC_CREDENTIALS;
  return { status: 200, contentType: 'text/html; charset=utf-8', body };
}

export const VENDOR_ORIGINS = [
  'https://ap.fiji.agat.world',
  'https://other.example.com',
  'https://n8n.example.com',
  'https://evil.example',
];
