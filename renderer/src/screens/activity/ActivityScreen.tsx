// Activity: every redemption, ad hoc or rule-triggered, filtered by main and paged into a
// full-width virtualized table; totals and a daily volume chart for the whole filtered set;
// the chosen row opens in an overlay drawer. Opening an item from a notification (navigation
// focusId) opens its detail directly.
import { useCallback, useMemo, useRef } from 'react';
import { AsOf } from '../../components/AsOf';
import { ErrorNotice } from '../../components/ErrorNotice';
import { OfflineNotice } from '../../components/OfflineNotice';
import { countText } from '../../format/count';
import { useActivitySummary } from '../../hooks/useActivitySummary';
import { useActivityWindow } from '../../hooks/useActivityWindow';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useDraft } from '../../store/draft-store';
import { useFocusedItem } from '../../hooks/useFocusedItem';
import { ActivityChartPanel } from './ActivityChartPanel';
import { ActivityDetail } from './ActivityDetail';
import { ActivityFilters } from './ActivityFilters';
import { ActivityList } from './ActivityList';
import { IncomingWiresSection } from './IncomingWiresSection';
import { ActivityTotals } from './ActivityTotals';
import {
  emptyActivityFilter,
  toActivityFilter,
  validateActivityFilter,
  type ActivityFilterDraft,
} from './activity-filter';
import { ExportCsvButton } from './ExportCsvButton';

/** How long the search waits after the last key before it asks main. */
export const SEARCH_DEBOUNCE_MS = 150;

export function ActivityScreen() {
  const [draft, setDraft, resetDraft] = useDraft<ActivityFilterDraft>(
    'activity.filter',
    emptyActivityFilter,
  );
  const [selectedId, setSelectedId] = useDraft<string | null>('activity.selected', () => null);
  // 150 ms: one query per pause in typing, not per key (typists press a key every ~100-200 ms),
  // and keystroke to list stays within 250 ms (issue 23: the handlers take ~80 ms at 100,000).
  const text = useDebouncedValue(draft.text, SEARCH_DEBOUNCE_MS);
  const errors = validateActivityFilter(draft);
  const valid = Object.keys(errors).length === 0;
  // While a date is invalid, the last valid filter stays applied (the list does not jump).
  const filterKey = valid ? JSON.stringify(toActivityFilter(draft, text)) : null;
  const lastValidKey = useRef('{}');
  if (filterKey) lastValidKey.current = filterKey;
  const appliedKey = filterKey ?? lastValidKey.current;
  const filter = useMemo(
    () => JSON.parse(appliedKey) as ReturnType<typeof toActivityFilter>,
    [appliedKey],
  );
  const { total, asOf, error, rowAt, ensureRange } = useActivityWindow(filter);
  const { summary, error: summaryError } = useActivitySummary(filter);
  const listRef = useRef<HTMLDivElement>(null);
  const listFocus = useCallback(
    () =>
      listRef.current?.querySelector<HTMLElement>('[data-testid="activity-row"] button') ??
      listRef.current,
    [],
  );

  useFocusedItem(setSelectedId);

  return (
    <section className="screen screen--wide activity-screen" aria-labelledby="screen-title">
      <header className="screen__header">
        <h1 id="screen-title">Activity</h1>
        <span data-testid="activity-count">
          {total === null ? 'Loading…' : countText(total, 'redemption', 'redemptions')}
        </span>
        <AsOf at={asOf} />
        <span className="section__spacer" />
        <ExportCsvButton filter={filter} />
      </header>
      <OfflineNotice />
      <ActivityFilters
        draft={draft}
        update={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        errors={errors}
        onClear={resetDraft}
      />
      {error ? <ErrorNotice error={error} /> : null}
      {summaryError ? <ErrorNotice error={summaryError} /> : null}
      <ActivityTotals summary={summary} />
      <ActivityChartPanel summary={summary} />
      <IncomingWiresSection />
      <div
        className="activity-table"
        ref={listRef}
        role="table"
        aria-label="Redemptions"
        aria-rowcount={(total ?? 0) + 1}
      >
        <div className="activity-header" role="row" aria-rowindex={1}>
          <span role="columnheader">Created</span>
          <span role="columnheader" className="num">
            Amount
          </span>
          <span role="columnheader" className="num">
            USD received
          </span>
          <span role="columnheader">Destination</span>
          <span role="columnheader">Profile</span>
          <span role="columnheader">Source</span>
          <span role="columnheader">Status</span>
        </div>
        {total === 0 ? (
          <div role="row" aria-rowindex={2}>
            <p role="cell" className="activity-table__empty muted" data-testid="activity-empty">
              No redemptions match these filters.
            </p>
          </div>
        ) : (
          <ActivityList
            count={total ?? 0}
            rowAt={rowAt}
            ensureRange={ensureRange}
            selectedId={selectedId}
            onOpen={setSelectedId}
            resetKey={appliedKey}
          />
        )}
      </div>
      {selectedId ? (
        <ActivityDetail
          id={selectedId}
          onClose={() => setSelectedId(null)}
          fallbackFocus={listFocus}
        />
      ) : null}
    </section>
  );
}
