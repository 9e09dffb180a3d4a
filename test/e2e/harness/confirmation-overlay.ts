// Main's confirmation, drawn by the harness. In the app it is a native dialog
// (main/electron/confirm-dialog.ts) that Chromium alone cannot show; here the harness draws the
// very request main made (message, facts, checkbox, confirm button) over the page, so a
// screenshot shows it and the test answers it by clicking, like the operator would. The page's
// own code never sees it: it is built by Playwright, outside the app's bundle (styles are set
// through the CSSOM, which the page's CSP allows).
import type { Page } from 'playwright-core';
import type {
  ConfirmationRequest,
  Confirmer,
  DialogAnswer,
} from '../../../main/confirm/confirmation';

export const OVERLAY_BINDING = '__treasuryHarnessAnswer';

export async function installConfirmationOverlay(
  page: Page,
  pending: Map<number, (answer: DialogAnswer) => void>,
): Promise<void> {
  await page.exposeBinding(OVERLAY_BINDING, (_source, id: number, answer: DialogAnswer) => {
    pending.get(id)?.(answer);
    pending.delete(id);
  });
}

export function overlayConfirmer(
  page: () => Page | undefined,
  pending: Map<number, (answer: DialogAnswer) => void>,
  requests: ConfirmationRequest[],
): Confirmer {
  let next = 0;
  return async (request) => {
    requests.push(request);
    const target = page();
    if (!target) return { confirmed: false, checked: false };
    const id = (next += 1);
    const answered = new Promise<DialogAnswer>((resolve) => pending.set(id, resolve));
    await target.evaluate(inPage(drawOverlay, { id, request, binding: OVERLAY_BINDING }));
    const answer = await answered;
    await target
      .evaluate(() => document.getElementById('harness-confirmation')?.remove())
      .catch(() => undefined);
    return answer;
  };
}

/**
 * The call `fn(arg)` as a script for page.evaluate, runnable whatever compiled this file. Under
 * tsx, esbuild (keepNames) wraps each named inner function in `__name(fn, "name")`, a helper
 * defined in the Node module, not in the page: passing `fn` itself then throws "__name is not
 * defined" in the browser. The script defines a do-nothing `__name` around the function's source.
 * `arg` crosses as JSON, as Playwright's own argument would.
 */
function inPage<A>(fn: (arg: A) => void, arg: A): string {
  return `((__name) => (${fn.toString()})(${JSON.stringify(arg)}))((f) => f)`;
}

/** Runs in the page: a modal styled like a native macOS/GNOME alert. */
function drawOverlay({
  id,
  request,
  binding,
}: {
  id: number;
  request: ConfirmationRequest;
  binding: string;
}): void {
  const el = (tag: string, style: Partial<CSSStyleDeclaration>, text?: string) => {
    const node = document.createElement(tag);
    Object.assign(node.style, style);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const answer = (confirmed: boolean, checked: boolean) =>
    (
      window as unknown as Record<
        string,
        (id: number, a: { confirmed: boolean; checked: boolean }) => void
      >
    )[binding]!(id, { confirmed, checked });
  const backdrop = el('div', {
    position: 'fixed',
    inset: '0',
    background: 'rgba(20,24,32,0.45)',
    display: 'grid',
    placeItems: 'center',
    zIndex: '99999',
  });
  backdrop.id = 'harness-confirmation';
  const box = el('div', {
    background: '#f6f6f6',
    color: '#1d1d1f',
    borderRadius: '12px',
    padding: '20px 22px',
    width: '440px',
    boxShadow: '0 18px 50px rgba(0,0,0,0.35)',
    font: '13px -apple-system, "Segoe UI", Cantarell, sans-serif',
  });
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-label', 'Treasury Desk confirmation');
  box.append(
    el(
      'div',
      { fontSize: '11px', color: '#6e6e73', marginBottom: '6px' },
      'Treasury Desk — asked by the app, not the page',
    ),
  );
  if (request.notice) {
    const notice = el(
      'div',
      { fontWeight: '700', color: '#a1260d', marginBottom: '10px' },
      request.notice,
    );
    notice.setAttribute('data-testid', 'confirmation-notice');
    box.append(notice);
  }
  box.append(
    el('div', { fontWeight: '700', fontSize: '15px', marginBottom: '10px' }, request.message),
  );
  const facts = el('div', { whiteSpace: 'pre-line', lineHeight: '1.55', marginBottom: '12px' });
  facts.textContent = request.facts.map(([label, value]) => `${label}: ${value}`).join('\n');
  box.append(facts);
  let checkbox: HTMLInputElement | undefined;
  if (request.checkboxLabel) {
    const label = el('label', {
      display: 'flex',
      gap: '8px',
      alignItems: 'center',
      marginBottom: '14px',
      fontWeight: '600',
    });
    checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    label.append(checkbox, document.createTextNode(request.checkboxLabel));
    box.append(label);
  }
  const buttons = el('div', { display: 'flex', justifyContent: 'flex-end', gap: '8px' });
  const button = (text: string, primary: boolean, onClick: () => void) => {
    const b = el(
      'button',
      {
        padding: '6px 14px',
        borderRadius: '6px',
        border: '1px solid #c7c7cc',
        cursor: 'pointer',
        background: primary ? '#0a66d8' : '#ffffff',
        color: primary ? '#ffffff' : '#1d1d1f',
        fontWeight: primary ? '600' : '400',
      },
      text,
    );
    b.addEventListener('click', onClick);
    return b;
  };
  buttons.append(
    button('Cancel', false, () => answer(false, checkbox?.checked ?? false)),
    button(request.confirmLabel, true, () => answer(true, checkbox?.checked ?? false)),
  );
  box.append(buttons);
  backdrop.append(box);
  document.body.append(backdrop);
}
