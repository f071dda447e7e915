import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftModel } from '@/core/guide/draft-model';
import { extractFromGuide, type GuideResult, type GuideSource } from '@/core/guide/extract';
import { guideSizeProblem } from '@/core/guide/guide-text';
import { GUIDE_HASH, takeGuideInbox } from '@/core/guide/inbox';
import type { Preset } from '@/core/presets/schema';
import type { KnownScopes } from '@/core/presets/scope-rules';
import { GuideReview } from './GuideReview';

interface Props {
  known: KnownScopes;
  takenIds: ReadonlySet<string>;
  save: (preset: Record<string, unknown>) => Promise<{ ok: true; preset: Preset } | { ok: false; message: string }>;
}

const GUIDE_FILES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/**
 * "From a vendor guide": paste the guide's text or load its file (or arrive from the context
 * menu with a selection), read it, then review the draft. A text with no scope, or with no
 * integration to create, says so and opens no draft.
 */
export function GuideImport({ known, takenIds, save }: Props) {
  const [text, setText] = useState('');
  const [source, setSource] = useState<GuideSource>({});
  const [result, setResult] = useState<GuideResult | null>(null);
  const [notice, setNotice] = useState('');
  const [reads, setReads] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  const read = (guide: string, from: GuideSource) => {
    const r = extractFromGuide(guide, { known, source: from });
    setReads((n) => n + 1);
    if (r.outcome === 'draft') {
      setResult(r);
      setNotice('');
    } else {
      setResult(null);
      setNotice(r.message);
    }
  };

  // From the context menu: the selection waits in session storage, read once.
  useEffect(() => {
    if (location.hash !== GUIDE_HASH) return;
    heading.current?.scrollIntoView();
    heading.current?.focus();
    void takeGuideInbox(browser.storage.session).then((inbox) => {
      if (!inbox) return;
      const from = { ...(inbox.title && { title: inbox.title }), ...(inbox.url && { url: inbox.url }) };
      setSource(from);
      if (inbox.refused) {
        setNotice(inbox.refused);
        return;
      }
      setText(inbox.text);
      read(inbox.text, from);
    });
  }, []);

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    const refused = guideSizeProblem(file.size, file.name);
    if (refused) {
      setResult(null);
      setNotice(refused);
      return;
    }
    const content = await file.text();
    const from = { fileName: file.name };
    setText(content);
    setSource(from);
    read(content, from);
  };

  return (
    <section aria-labelledby="guide-title" id="from-guide" class="card">
      <h2 id="guide-title" ref={heading} tabIndex={-1}>
        From a vendor guide
      </h2>
      <p class="help">
        Paste the vendor’s setup guide, or load it as a .txt, .md or .html file: the scopes, redirect URIs and names it
        gives become a draft preset you review before saving. On any page, you can also select the guide’s text,
        right-click, and choose “Make a Webex preset from the selection”.
      </p>
      <label for="guide-file">Load a guide file</label>
      <input
        id="guide-file"
        type="file"
        accept={GUIDE_FILES}
        onChange={(e) => void loadFile((e.target as HTMLInputElement).files?.[0])}
      />
      <label for="guide-text">Or paste the guide’s text</label>
      <textarea
        id="guide-text"
        rows={8}
        spellcheck={false}
        value={text}
        onInput={(e) => {
          setText((e.target as HTMLTextAreaElement).value);
          setSource({});
        }}
      />
      <button type="button" disabled={text.trim() === ''} onClick={() => read(text, source)}>
        Read the guide
      </button>
      {notice && (
        <p class="error" role="alert">
          {notice}
        </p>
      )}
      {result?.model && (
        <GuideReview
          key={reads}
          result={result as GuideResult & { model: DraftModel }}
          known={known}
          takenIds={takenIds}
          save={save}
          onDiscard={() => setResult(null)}
        />
      )}
    </section>
  );
}
