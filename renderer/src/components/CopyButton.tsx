// A small "Copy" button for ids and addresses, saying what it copied (and whether it worked).
import { useEffect, useState } from 'react';
import { copyText } from './copy-text';

export function CopyButton({ text, what }: { text: string; what: string }) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!result) return undefined;
    const timer = window.setTimeout(() => setResult(null), 2000);
    return () => window.clearTimeout(timer);
  }, [result]);
  return (
    <>
      <button
        type="button"
        className="button--small"
        aria-label={`Copy ${what}`}
        onClick={() => void copyText(text).then((ok) => setResult(ok ? 'copied' : 'failed'))}
      >
        Copy
      </button>
      <span className="copy-result" role="status">
        {result === 'copied'
          ? 'Copied'
          : result === 'failed'
            ? 'Copy failed — select the text instead'
            : ''}
      </span>
    </>
  );
}
