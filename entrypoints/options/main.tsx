import { render } from 'preact';
import '@/assets/theme/tokens.css';
import '@/assets/theme/ui.css';
import './style.css';
import { OptionsApp } from '@/components/options/OptionsApp';

render(<OptionsApp />, document.getElementById('root')!);
