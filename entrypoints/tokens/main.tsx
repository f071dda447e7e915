import { render } from 'preact';
import { TokensApp } from '@/components/TokensApp';

// tokens.html#<Client ID>: which captured integration (not a secret; the rest is in storage.session).
render(<TokensApp clientId={decodeURIComponent(location.hash.slice(1))} />, document.getElementById('root')!);
