/* global window, document, requestAnimationFrame, MutationObserver */
// In-page half of the renderer benchmark, injected as text (a function compiled by tsx may
// carry esbuild helpers the page does not have). Defines window.__bench:
//  - timers that stop when the change is on screen: the DOM condition holds (MutationObserver)
//    and a frame has been painted after it (requestAnimationFrame, then a task);
//  - the baseline: a plain, non-virtualized list of every row, fed with the rows main's
//    `queryActivity` returned, with the app's row markup and CSS classes, filtered on input.
(() => {
  const afterPaint = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  /** Resolves as soon as `test()` holds after a DOM change (checked on every mutation). */
  function until(test, timeoutMs = 180000) {
    return new Promise((resolve, reject) => {
      if (test()) return resolve();
      const started = performance.now();
      const done = (error) => {
        observer.disconnect();
        clearInterval(timer);
        if (error) reject(error);
        else resolve();
      };
      const observer = new MutationObserver(() => test() && done());
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      const timer = setInterval(() => {
        if (test()) done();
        else if (performance.now() - started > timeoutMs)
          done(new Error('timed out waiting for the page'));
      }, 200);
    });
  }

  const navButton = (name) =>
    [...document.querySelectorAll('nav[aria-label="Main"] button')].find(
      (b) => b.textContent.trim() === name,
    );
  const heading = () => document.querySelector('h1')?.textContent.trim();
  const firstRow = () => document.querySelector('[data-testid="activity-row"]');
  const countText = () =>
    document.querySelector('[data-testid="activity-count"]')?.textContent ?? '';

  async function go(name) {
    navButton(name).click();
    await until(() => heading() === name);
    await afterPaint();
  }

  /** Ours: click Activity, stop when its first rows are on screen. */
  async function activityFirstRender() {
    const start = performance.now();
    navButton('Activity').click();
    await until(() => firstRow() !== null);
    await afterPaint();
    return {
      ms: performance.now() - start,
      rowsInDom: document.querySelectorAll('[data-testid="activity-row"]').length,
    };
  }

  /** Armed before the keystroke: stops when the list shows the filtered rows. */
  let probe;
  function armFilterProbe(input) {
    const before = { id: firstRow()?.dataset.orchestrationId, count: countText() };
    let typedAt;
    const onInput = () => {
      typedAt = typedAt ?? { perf: performance.now(), date: Date.now() };
    };
    input.addEventListener('input', onInput, { capture: true });
    probe = (async () => {
      await until(
        () =>
          typedAt !== undefined &&
          countText() !== before.count &&
          firstRow() !== null &&
          firstRow().dataset.orchestrationId !== before.id,
      );
      await afterPaint();
      input.removeEventListener('input', onInput, { capture: true });
      return {
        ms: performance.now() - typedAt.perf,
        typedAt: typedAt.date,
        shownAt: Date.now(),
        count: countText(),
      };
    })();
  }
  /** Ours: the Activity screen's Search field (name "activity-text"). */
  function armOurFilter() {
    const input = document.querySelector(
      'form[aria-label="Activity filters"] input[name="activity-text"]',
    );
    input.focus();
    armFilterProbe(input);
  }
  const filterResult = () => probe;
  async function waitForCount(text) {
    await until(() => countText().startsWith(text) && firstRow() !== null);
    await afterPaint();
  }

  // ---- the baseline: a plain list of every row

  let rows = [];
  /** The rows main's queryActivity returned (bench/renderer-cost.ts writes them next to the
   *  page): one same-origin GET and JSON.parse, standing in for the IPC transfer. */
  async function loadRows(url) {
    const start = performance.now();
    rows = await (await fetch(url, { cache: 'no-store' })).json();
    return { ms: performance.now() - start, rows: rows.length };
  }

  const dateFormat = new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const tones = { COMPLETED: 'ok', PROCESSING: 'pending', FAILED: 'bad' };
  function amount(value, asset) {
    const [whole, fraction = ''] = value.split('.');
    const trimmed = fraction.replace(/0+$/, '').padEnd(2, '0');
    return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${trimmed} ${asset}`;
  }
  const span = (text, className) => {
    const s = document.createElement('span');
    if (className) s.className = className;
    s.textContent = text;
    return s;
  };
  /** The same markup and CSS classes as ActivityRow, built without React. */
  function rowElement(row) {
    const item = document.createElement('div');
    item.setAttribute('role', 'listitem');
    item.style.height = '36px';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'activity-row';
    button.dataset.testid = 'plain-row';
    button.dataset.orchestrationId = row.id;
    const when = dateFormat.format(new Date(row.createdAt));
    const money = amount(row.sourceAmount, row.sourceAsset);
    button.setAttribute(
      'aria-label',
      `${when}, ${money}, ${row.status}, to Operating account, ${row.ruleId ? 'Rule' : 'Ad hoc'}`,
    );
    const badge = span(row.status, `badge badge--${tones[row.status] ?? 'neutral'}`);
    const status = document.createElement('span');
    status.append(badge);
    button.append(
      span(when),
      span(money, 'num'),
      status,
      span('Operating account', 'ellipsis'),
      span(row.ruleId ? 'Rule' : 'Ad hoc', 'ellipsis activity-row__wide'),
      span(row.refId ?? row.id, 'ellipsis mono muted activity-row__wide'),
    );
    item.append(button);
    return item;
  }

  let plain;
  function mountPlain() {
    unmountPlain();
    plain = document.createElement('div');
    plain.style.cssText =
      'position:fixed;inset:60px 0 0 0;z-index:1000;background:#fff;padding:8px';
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Plain search');
    const list = document.createElement('div');
    list.className = 'activity-list';
    list.setAttribute('role', 'list');
    plain.append(input, list);
    document.body.append(plain);
    return { input, list };
  }
  function unmountPlain() {
    plain?.remove();
    plain = undefined;
  }
  function renderPlain(list, shown) {
    list.replaceChildren(...shown.map(rowElement));
  }

  /** Baseline first render of the rows already fetched: build every row, stop when painted.
   *  The list stays mounted for armPlainFilter. */
  async function plainRender() {
    const start = performance.now();
    const { list } = mountPlain();
    renderPlain(list, rows);
    await until(() => list.firstElementChild !== null);
    await afterPaint();
    return { ms: performance.now() - start, rowsInDom: list.childElementCount };
  }

  /** Baseline filter: the full list on screen (left by plainRender), then the next keystroke
   *  filters in the page. */
  async function armPlainFilter() {
    if (!plain) renderPlain(mountPlain().list, rows);
    const [input, list] = plain.children;
    await afterPaint();
    let result;
    input.addEventListener(
      'input',
      async () => {
        const start = performance.now();
        const text = input.value.trim().toLowerCase();
        // The fields main's Activity search matches (main/desk/activity/activity-filter.ts).
        const shown = rows.filter((r) =>
          [r.refId, r.memo, r.sourceAmount, r.sourceAsset, r.status, r.ruleId, r.id]
            .join(' ')
            .toLowerCase()
            .includes(text),
        );
        renderPlain(list, shown);
        await afterPaint();
        result = { ms: performance.now() - start, shown: shown.length };
      },
      { once: true },
    );
    input.focus();
    probe = until(() => result !== undefined).then(() => result);
  }

  window.__bench = {
    go,
    activityFirstRender,
    armOurFilter,
    filterResult,
    waitForCount,
    loadRows,
    plainRender,
    armPlainFilter,
    unmountPlain,
  };
})();
