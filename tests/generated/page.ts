/** Browser entry of a generated page: renders the spec embedded in the page (see serve.ts). */
import { renderGeneratedPage } from './render';
import type { PageSpec } from './spec';

const spec = JSON.parse(document.getElementById('spec')!.textContent ?? '{}') as PageSpec;
renderGeneratedPage(document, spec, document.getElementById('app')!);
