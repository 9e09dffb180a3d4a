// Wire out USD: USD cash held in a profile wired to an approved bank account (a plain transfer,
// not an orchestration). Prepare (form) → read main's review → confirm (main's own dialog) →
// follow (progress, then the recent wires out). Form and step are drafts: leaving the screen or
// a locked app loses nothing. Offline, Confirm queues it ("queued, not sent"). Main checks and
// confirms from its own facts; nothing here is the guard.
import { useEffect } from 'react';
import { call } from '../../bridge/treasury';
import { CapabilityOffNotice } from '../../components/CapabilityOffNotice';
import { IntentRow } from '../../components/IntentRow';
import { OfflineNotice } from '../../components/OfflineNotice';
import { ReviewFlowSteps } from '../../components/review-flow/ReviewFlowSteps';
import { Section } from '../../components/Section';
import { useReviewFlow } from '../../hooks/useReviewFlow';
import { useAppStore } from '../../store/app-store';
import { useNavigation } from '../../store/navigation-store';
import { useOutbox, useProfiles } from '../../store/selectors';
import { WireOutForm } from './WireOutForm';
import { WireOutProgress } from './WireOutProgress';
import { WireOutReviewStep } from './WireOutReviewStep';
import {
  emptyWireOutDraft,
  emptyWireOutFlow,
  toWireOutRequest,
  validateWireOutDraft,
} from './wire-out-draft';

export function WireOutScreen() {
  const profiles = useProfiles();
  const capability = useAppStore((s) =>
    s.state?.credentials.capabilities?.find((c) => c.name === 'wireOut'),
  );
  const wiresOut = useOutbox().filter((i) => i.kind === 'create_fiat_withdrawal');
  const flow = useReviewFlow({
    name: 'wire-out',
    emptyFlow: emptyWireOutFlow,
    emptyDraft: emptyWireOutDraft,
    validate: validateWireOutDraft,
    toRequest: toWireOutRequest,
    review: (request) => call('reviewFiatWithdrawal', request),
    submit: (request) => call('submitFiatWithdrawal', request),
  });

  // Opened from a profile's USD balance (Overview): a new wire out from that profile, on the
  // form (a review not confirmed yet is only a reading; the typed form is kept).
  const focusId = useNavigation((s) => s.focusId);
  const clearFocus = useNavigation((s) => s.clearFocus);
  const { setFlow } = flow;
  const update = flow.form.update;
  useEffect(() => {
    if (!focusId) return;
    if (profiles.some((p) => p.id === focusId)) {
      setFlow(emptyWireOutFlow());
      update({ profileId: focusId });
    }
    clearFocus();
  }, [focusId, profiles, update, clearFocus, setFlow]);

  const shownAbove = flow.flow.step === 'progress' ? flow.flow.intent?.id : undefined;
  const recent = wiresOut.filter((i) => i.id !== shownAbove);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Wire out</h1>
      <OfflineNotice />
      {capability && !capability.on ? (
        <CapabilityOffNotice
          testId="wire-out-off"
          unavailable="Wiring out USD is unavailable with this API credential."
          reason={capability.reason ?? 'It needs the scope transfer:write_fiat_withdrawal.'}
        />
      ) : (
        <ReviewFlowSteps
          flow={flow}
          progress={(submitted, onNew) => <WireOutProgress submitted={submitted} onNew={onNew} />}
          review={(props) => <WireOutReviewStep {...props} />}
          form={(props) => <WireOutForm {...props} />}
        />
      )}
      {recent.length > 0 ? (
        <Section title="Wires out (last 24 hours and open)" testId="wires-out">
          <ul className="intent-list" aria-label="Wires out">
            {recent.map((intent) => (
              <IntentRow key={intent.id} intent={intent} />
            ))}
          </ul>
        </Section>
      ) : null}
    </section>
  );
}
