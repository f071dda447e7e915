import { render } from 'preact';
import '@/assets/theme/tokens.css';
import '@/assets/theme/ui.css';
import './style.css';
import { WelcomePage } from '@/components/WelcomePage';

render(<WelcomePage />, document.getElementById('root')!);
