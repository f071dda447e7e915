import { render } from 'preact';
import '@/assets/theme/tokens.css';
import '@/assets/theme/ui.css';
import './style.css';
import { PopupApp } from '@/components/popup/PopupApp';

render(<PopupApp />, document.getElementById('root')!);
