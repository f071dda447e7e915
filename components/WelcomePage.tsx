import { FILL_COMMAND_KEY } from '@/core/shortcut/command';
import { openNewIntegration, openOptions } from './popup/browser-actions';
import { Icon } from './ui/icons';

/** After install: what the extension does, the three steps, where secrets go, and where to start. */
export function WelcomePage() {
  return (
    <main class="welcome">
      <header class="page-head">
        <Icon name="shield" />
        <h1>Welcome to Webex Integration Helper</h1>
      </header>
      <p class="lead">
        It creates the Webex integration your vendor’s guide asks for: it fills the developer portal’s form from the
        vendor’s preset, ticks exactly the scopes the guide lists, and hands the credentials to you, or to the vendor’s
        page, without them ever being written to disk.
      </p>
      <ol class="steps">
        <li>
          <h2>Fill</h2>
          <p>
            Open the portal’s <em>New Integration</em> page, click the extension’s icon, choose your vendor’s preset and{' '}
            <strong>Fill form</strong>. Every field and scope is checked on the page; anything that needs you is listed
            first.
          </p>
        </li>
        <li>
          <h2>Create and copy</h2>
          <p>
            Review the form and click <strong>Add Integration</strong> on the portal. The popup then shows the Client
            ID, the Client Secret (shown once by Webex), the Integration ID and the OAuth URL, each with a copy button.
          </p>
        </li>
        <li>
          <h2>Hand over</h2>
          <p>
            Open the vendor’s page: the popup fills the credentials into it, naming the site first, only where the
            preset allows; or get tokens in a tab, without Postman.
          </p>
        </li>
      </ol>
      <section class="card" aria-labelledby="secrets-title">
        <h2 id="secrets-title">Where your secrets go</h2>
        <ul>
          <li>Captured credentials and tokens are kept in the browser’s memory only, never on disk.</li>
          <li>They are forgotten when the browser closes, or sooner: after the time set in the settings.</li>
          <li>A copied secret is cleared from the clipboard after 30 seconds (if it is still there).</li>
          <li>They go only to Webex (for tokens) and to the vendor page you are shown by name before it is filled.</li>
        </ul>
      </section>
      <p class="help">
        Keyboard: <kbd>{FILL_COMMAND_KEY}</kbd> fills the open portal form with the last preset you used, with the
        values you typed for it last time.
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => openNewIntegration('developer.webex.com')}>
          <Icon name="external" />
          Open the New Integration page
        </button>
        <button type="button" onClick={openOptions}>
          <Icon name="gear" />
          Settings and presets
        </button>
      </div>
    </main>
  );
}
