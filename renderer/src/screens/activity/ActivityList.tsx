// The whole activity as one scrolling list, virtualized: only the rows on screen (plus a few)
// exist in the page, so 100,000 redemptions scroll as smoothly as ten. Rows not loaded yet show
// a placeholder while their page is fetched. Arrow keys move between rows. The rows are the
// body of the ARIA table ActivityScreen draws (aria-rowcount there, aria-rowindex here), so a
// screen reader knows row 5,002 of 100,001 without 100,000 rows in the page.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { OrchestrationView } from '../../../../shared/views';
import { useFiatAccounts, useProfiles, useRules } from '../../store/selectors';
import { rowWords } from './activity-row-words';
import { ActivityRow } from './ActivityRow';

const ROW_HEIGHT = 36;

interface ActivityListProps {
  count: number;
  rowAt: (index: number) => OrchestrationView | undefined;
  ensureRange: (first: number, last: number) => void;
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** Changes when the filter does: the list goes back to its first row. */
  resetKey: string;
}

export function ActivityList({
  count,
  rowAt,
  ensureRange,
  selectedId,
  onOpen,
  resetKey,
}: ActivityListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const accounts = useFiatAccounts();
  const rules = useRules();
  const profiles = useProfiles();
  const lookups = { accounts, rules, profiles };
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Before layout (and in tests) assume a typical viewport so the first rows render at once.
    initialRect: { width: 900, height: 480 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => ensureRange(first, last), [first, last, ensureRange]);
  // The browser answers with a scroll event, on which the virtualizer shows the first rows.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    event.preventDefault();
    const next = Number(current.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= count) return;
    virtualizer.scrollToIndex(next);
    // The row may only exist after the scroll has rendered it.
    window.requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] button`)?.focus(),
    );
  };

  return (
    <div
      className="activity-list"
      ref={scrollRef}
      onKeyDown={onKeyDown}
      data-testid="activity-scroll"
    >
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rowAt(item.index);
          return (
            <div
              key={item.key}
              data-index={item.index}
              className="activity-list__item"
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
            >
              {row ? (
                <ActivityRow
                  row={row}
                  words={rowWords(row, lookups)}
                  selected={row.id === selectedId}
                  onOpen={onOpen}
                  rowIndex={item.index + 2}
                />
              ) : (
                <div role="row" aria-rowindex={item.index + 2} className="activity-row--loading">
                  <span role="cell">Loading…</span>
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
