import { render } from 'preact';
import '@/assets/theme/tokens.css';
import '@/assets/theme/ui.css';
import './style.css';
import { TokensApp } from '@/components/tokens/TokensApp';

// tokens.html#<Client ID>: which captured integration (not a secret; the rest is in storage.session).
render(<TokensApp clientId={decodeURIComponent(location.hash.slice(1))} />, document.getElementById('root')!);
