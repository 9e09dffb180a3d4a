// Overview's two money actions, offered only where this environment can act: otherwise the
// reason in their place and the way to fix it (Settings), never a button that can only fail.
import { availability } from '../../model/money-actions';
import { useAppStore } from '../../store/app-store';
import { useDraft } from '../../store/draft-store';
import { useNavigation } from '../../store/navigation-store';

export function OverviewActions() {
  const state = useAppStore((s) => s.state);
  const go = useNavigation((s) => s.go);
  const redeem = availability(state, 'redeem');
  const accounts = availability(state, 'bankAccounts');
  // Bank accounts keeps its mode (list / add / edit) in this draft: Add opens it on the form.
  const [, setBankAccountsView] = useDraft<Record<string, unknown>>('bank-accounts.view', () => ({
    mode: 'list',
    selectedId: null,
  }));
  const addAccount = () => {
    setBankAccountsView((view) => ({ ...view, mode: 'add' }));
    go('bank-accounts');
  };
  const reasons = [...new Set([redeem, accounts].flatMap((a) => (a.ok ? [] : [a.why])))];
  return (
    <div className="overview-actions">
      {redeem.ok ? (
        <button type="button" className="button--primary" onClick={() => go('redeem')}>
          Redeem to USD
        </button>
      ) : null}
      {accounts.ok ? (
        <button type="button" onClick={addAccount}>
          Add bank account
        </button>
      ) : null}
      {reasons.length > 0 ? (
        <p className="muted overview-actions__why" data-testid="money-actions-unavailable">
          {redeem.ok ? 'Adding bank accounts' : 'Redeeming'} is not possible here:{' '}
          {reasons.join(' ')}{' '}
          <button type="button" className="button--link" onClick={() => go('settings')}>
            Open Settings
          </button>
        </p>
      ) : null}
    </div>
  );
}
