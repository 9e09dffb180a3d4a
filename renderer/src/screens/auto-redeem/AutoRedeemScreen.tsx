// Auto-redeem rules: list, the open rule's detail, requests on their way, and the new-rule form.
import { lazy, Suspense, useCallback } from 'react';
import type { IntentView } from '../../../../shared/views';
import { OfflineNotice } from '../../components/OfflineNotice';
import { ScreenRequests } from '../../components/ScreenRequests';
import { StatusBadge } from '../../components/StatusBadge';
import { Section } from '../../components/Section';
import { useFocusedItem } from '../../hooks/useFocusedItem';
import { useAppStore } from '../../store/app-store';
import { useDraft } from '../../store/draft-store';
import { useRules } from '../../store/selectors';
import { RuleDetail } from './RuleDetail';
import { RuleTable } from './RuleTable';

// The new-rule form and its review load when first opened, not with the first screen.
const CreateRuleForm = lazy(() =>
  import('./CreateRuleForm').then((m) => ({ default: m.CreateRuleForm })),
);
const ConvertHoldForm = lazy(() =>
  import('./ConvertHoldForm').then((m) => ({ default: m.ConvertHoldForm })),
);

const RULE_KINDS = ['create_rule', 'delete_rule'];

export function AutoRedeemScreen() {
  const rules = useRules();
  const asOf = useAppStore((s) => s.state?.rules.asOf ?? null);
  const [view, setView] = useDraft<{
    mode: 'list' | 'create' | 'create-hold';
    selectedId: string | null;
    receipt?: IntentView;
  }>('auto-redeem.view', () => ({
    mode: 'list',
    selectedId: null,
  }));
  const ids = rules.map((r) => r.id);

  useFocusedItem(useCallback((id: string) => setView({ mode: 'list', selectedId: id }), [setView]));

  const selected = rules.find((r) => r.id === view.selectedId);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen__header">
        <h1 id="screen-title">Auto-redeem</h1>
        <span className="section__spacer" />
        {view.mode === 'list' ? (
          <button
            type="button"
            className="button--primary"
            onClick={() => setView((v) => ({ ...v, mode: 'create' }))}
          >
            New rule
          </button>
        ) : null}
        {view.mode === 'list' ? (
          <button type="button" onClick={() => setView((v) => ({ ...v, mode: 'create-hold' }))}>
            New Convert &amp; Hold rule
          </button>
        ) : null}
      </header>
      <OfflineNotice />
      {view.mode === 'create-hold' ? (
        <Suspense fallback={<p className="muted">Loading the form…</p>}>
          <ConvertHoldForm
            onDone={(receipt) => setView({ mode: 'list', selectedId: null, receipt })}
            onCancel={() => setView((v) => ({ ...v, mode: 'list' }))}
          />
        </Suspense>
      ) : view.mode === 'create' ? (
        <Suspense fallback={<p className="muted">Loading the form…</p>}>
          <CreateRuleForm
            onDone={(receipt) => setView({ mode: 'list', selectedId: null, receipt })}
            onCancel={() => setView((v) => ({ ...v, mode: 'list' }))}
          />
        </Suspense>
      ) : (
        <>
          <ScreenRequests
            receipt={view.receipt}
            onDismiss={() => setView((v) => ({ ...v, receipt: undefined }))}
            kinds={RULE_KINDS}
            label="Rule requests"
            syncedIds={ids}
            itemStatus={(id) => {
              const rule = rules.find((r) => r.id === id);
              return rule ? <StatusBadge status={rule.status} kind="rule" /> : undefined;
            }}
          />
          <Section title="Rules" asOf={asOf} testId="rules">
            <RuleTable
              rules={rules}
              selectedId={view.selectedId}
              onSelect={(id) => setView({ mode: 'list', selectedId: id })}
            />
          </Section>
          {selected ? (
            <RuleDetail
              rule={selected}
              onClose={() => setView({ mode: 'list', selectedId: null })}
              onDeleted={(receipt) => setView({ mode: 'list', selectedId: null, receipt })}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
