// Bank accounts: the list with Paxos statuses, requests on their way to Paxos, the detail of
// one account, and the add / edit forms. Which of these is open is a draft, so coming back to
// the screen (or unlocking the app) returns to the same place with the same typing.
import { lazy, Suspense, useCallback } from 'react';
import type { IntentView } from '../../../../shared/views';
import { OfflineNotice } from '../../components/OfflineNotice';
import { ScreenRequests } from '../../components/ScreenRequests';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/StatusBadge';
import { useFocusedItem } from '../../hooks/useFocusedItem';
import { useAppStore } from '../../store/app-store';
import { useDraft } from '../../store/draft-store';
import { useFiatAccounts } from '../../store/selectors';
import { BankAccountDetail } from './BankAccountDetail';
import { BankAccountTable } from './BankAccountTable';
import type { FiatAccountDetail } from './useFiatAccountDetail';

// The forms (with the ISO country list and the IBAN/BIC checks) load when first opened, not
// with the first screen.
const AddBankAccountForm = lazy(() =>
  import('./AddBankAccountForm').then((m) => ({ default: m.AddBankAccountForm })),
);
const EditBankAccountForm = lazy(() =>
  import('./EditBankAccountForm').then((m) => ({ default: m.EditBankAccountForm })),
);
const loadingForm = <p className="muted">Loading the form…</p>;

const FIAT_KINDS = ['create_fiat_account', 'update_fiat_account', 'delete_fiat_account'];

interface BankAccountsView {
  mode: 'list' | 'add' | 'edit';
  selectedId: string | null;
  editing?: FiatAccountDetail;
  /** The last request sent from this screen, shown until dismissed. */
  receipt?: IntentView;
}

export function BankAccountsScreen() {
  const accounts = useFiatAccounts();
  const asOf = useAppStore((s) => s.state?.fiatAccounts.asOf ?? null);
  const [view, setView] = useDraft<BankAccountsView>('bank-accounts.view', () => ({
    mode: 'list',
    selectedId: null,
  }));

  // Opened from a notification or the Overview: show that account.
  useFocusedItem(useCallback((id: string) => setView({ mode: 'list', selectedId: id }), [setView]));

  const selected = accounts.find((a) => a.id === view.selectedId);
  const toList = () => setView((v) => ({ ...v, mode: 'list', editing: undefined }));
  const sent = (receipt: IntentView) =>
    setView((v) => ({ ...v, mode: 'list', editing: undefined, receipt }));
  const ids = accounts.map((a) => a.id);

  if (view.mode === 'add') {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <h1 id="screen-title">Bank accounts</h1>
        <OfflineNotice />
        <Suspense fallback={loadingForm}>
          <AddBankAccountForm onDone={sent} onCancel={toList} />
        </Suspense>
      </section>
    );
  }
  if (view.mode === 'edit' && view.editing && selected) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <h1 id="screen-title">Bank accounts</h1>
        <OfflineNotice />
        <Suspense fallback={loadingForm}>
          <EditBankAccountForm
            account={selected}
            details={view.editing.details}
            onDone={sent}
            onCancel={toList}
          />
        </Suspense>
      </section>
    );
  }
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen__header">
        <h1 id="screen-title">Bank accounts</h1>
        <span className="section__spacer" />
        <button
          type="button"
          className="button--primary"
          onClick={() => setView((v) => ({ ...v, mode: 'add' }))}
        >
          Add bank account
        </button>
      </header>
      <OfflineNotice />
      <ScreenRequests
        receipt={view.receipt}
        onDismiss={() => setView((v) => ({ ...v, receipt: undefined }))}
        kinds={FIAT_KINDS}
        label="Bank account requests"
        syncedIds={ids}
        itemStatus={(id) => {
          const account = accounts.find((a) => a.id === id);
          return account ? <StatusBadge status={account.status} kind="bankAccount" /> : undefined;
        }}
      />
      <Section title="Registered accounts" asOf={asOf} testId="bank-accounts">
        <BankAccountTable
          accounts={accounts}
          selectedId={view.selectedId}
          onSelect={(id) => setView({ mode: 'list', selectedId: id })}
        />
      </Section>
      {selected ? (
        <BankAccountDetail
          account={selected}
          onEdit={(editing) => setView({ mode: 'edit', selectedId: selected.id, editing })}
          onDeleted={(receipt) => setView({ mode: 'list', selectedId: null, receipt })}
          onClose={() => setView({ mode: 'list', selectedId: null })}
        />
      ) : null}
    </section>
  );
}
