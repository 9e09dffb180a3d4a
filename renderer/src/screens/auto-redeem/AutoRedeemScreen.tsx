// Auto-redeem rules: list, the open rule's detail, requests on their way, and the new-rule form.
import { lazy, Suspense, useEffect } from 'react';
import type { IntentView } from '../../../../shared/views';
import { IntentList } from '../../components/IntentList';
import { OfflineNotice } from '../../components/OfflineNotice';
import { RequestReceipt } from '../../components/RequestReceipt';
import { Section } from '../../components/Section';
import { useAppStore } from '../../store/app-store';
import { useDraft } from '../../store/draft-store';
import { useNavigation } from '../../store/navigation-store';
import { useRules } from '../../store/selectors';
import { RuleDetail } from './RuleDetail';
import { RuleTable } from './RuleTable';

// The new-rule form and its review load when first opened, not with the first screen.
const CreateRuleForm = lazy(() =>
  import('./CreateRuleForm').then((m) => ({ default: m.CreateRuleForm })),
);

const RULE_KINDS = ['create_rule', 'delete_rule'];

export function AutoRedeemScreen() {
  const rules = useRules();
  const asOf = useAppStore((s) => s.state?.rules.asOf ?? null);
  const focusId = useNavigation((s) => s.focusId);
  const clearFocus = useNavigation((s) => s.clearFocus);
  const [view, setView] = useDraft<{
    mode: 'list' | 'create';
    selectedId: string | null;
    receipt?: IntentView;
  }>('auto-redeem.view', () => ({
    mode: 'list',
    selectedId: null,
  }));
  const ids = rules.map((r) => r.id);

  useEffect(() => {
    if (!focusId) return;
    setView({ mode: 'list', selectedId: focusId });
    clearFocus();
  }, [focusId, setView, clearFocus]);

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
      </header>
      <OfflineNotice />
      {view.mode === 'create' ? (
        <Suspense fallback={<p className="muted">Loading the form…</p>}>
          <CreateRuleForm
            onDone={(receipt) => setView({ mode: 'list', selectedId: null, receipt })}
            onCancel={() => setView((v) => ({ ...v, mode: 'list' }))}
          />
        </Suspense>
      ) : (
        <>
          {view.receipt ? (
            <RequestReceipt
              intent={view.receipt}
              syncedIds={ids}
              onDismiss={() => setView((v) => ({ ...v, receipt: undefined }))}
            />
          ) : null}
          <IntentList
            kinds={RULE_KINDS}
            label="Rule requests"
            syncedIds={ids}
            exclude={view.receipt?.id}
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
