// "Redeem again" from Overview: opens Redeem on the form, filled with the failed redemption's
// profile, coin, amount and bank account (the memo left empty). Nothing is sent: the operator
// reviews it and main confirms it, as any new redemption; a failed redemption is never resent.
// The Redeem screen keeps its form and step as drafts ('redeem.form', 'redeem.flow'); this sets
// them as the form would, and starts the flow at the form.
import { useDraft } from '../store/draft-store';
import { useNavigation } from '../store/navigation-store';

export interface RedeemAgain {
  profileId: string;
  asset: string;
  amount: string;
  fiatAccountId: string;
}

export function useRedeemAgain(): (what: RedeemAgain) => void {
  const go = useNavigation((s) => s.go);
  const [, setForm] = useDraft<Record<string, unknown>>('redeem.form', () => ({}));
  const [, setFlow] = useDraft<Record<string, unknown>>('redeem.flow', () => ({ step: 'form' }));
  return (what) => {
    setForm((previous) => ({ ...previous, memo: '', ...what }));
    setFlow({ step: 'form' });
    go('redeem');
  };
}
