// Wire out USD: USD cash held in a profile wired to an approved bank account (a plain transfer,
// not an orchestration). Prepare (form) → read main's review → confirm (main's own dialog) →
// follow (progress, then the recent wires out). Form and step are drafts: leaving the screen or
// a locked app loses nothing. Offline, Confirm queues it ("queued, not sent"). Main checks and
// confirms from its own facts; nothing here is the guard.
import { useEffect } from 'react';
import { call } from '../../bridge/treasury';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IntentRow } from '../../components/IntentRow';
import { OfflineNotice } from '../../components/OfflineNotice';
import { Section } from '../../components/Section';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useFormController } from '../../hooks/useFormController';
import { useAppStore } from '../../store/app-store';
import { useDraft } from '../../store/draft-store';
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
  type WireOutDraft,
  type WireOutRequest,
} from './wire-out-draft';

export function WireOutScreen() {
  const profiles = useProfiles();
  const onlyProfile = profiles.length === 1 ? profiles[0]?.id : undefined;
  const capability = useAppStore((s) =>
    s.state?.credentials.capabilities?.find((c) => c.name === 'wireOut'),
  );
  const wiresOut = useOutbox().filter((i) => i.kind === 'create_fiat_withdrawal');
  const [flow, setFlow, resetFlow] = useDraft('wire-out.flow', emptyWireOutFlow);
  const review = useBridgeAction((input: WireOutRequest) => call('reviewFiatWithdrawal', input));
  const submit = useBridgeAction((input: WireOutRequest) => call('submitFiatWithdrawal', input));
  const form = useFormController<WireOutDraft>({
    draftKey: 'wire-out.form',
    initial: () => emptyWireOutDraft(onlyProfile),
    validate: validateWireOutDraft,
    serverError: review.error,
  });

  // Opened from a profile's USD balance (Overview): a new wire out from that profile, on the
  // form (a review not confirmed yet is only a reading; the typed form is kept).
  const focusId = useNavigation((s) => s.focusId);
  const clearFocus = useNavigation((s) => s.clearFocus);
  const update = form.update;
  useEffect(() => {
    if (!focusId) return;
    if (profiles.some((p) => p.id === focusId)) {
      setFlow(emptyWireOutFlow());
      update({ profileId: focusId });
    }
    clearFocus();
  }, [focusId, profiles, update, clearFocus, setFlow]);

  const onReview = form.handleSubmit(async (draft) => {
    const request = toWireOutRequest(draft);
    const result = await review.run(request);
    if (result) setFlow({ step: 'review', review: result, reviewed: request });
    return result;
  });

  const onConfirm = async () => {
    if (!flow.reviewed || !flow.review) return;
    const intent = await submit.run(flow.reviewed);
    if (!intent) return;
    setFlow({ step: 'progress', intent });
    form.reset();
  };

  let body;
  if (capability && !capability.on) {
    body = (
      <div className="warning-box" role="alert" data-testid="wire-out-off">
        <p>
          Wiring out USD is unavailable with this API credential.{' '}
          {capability.reason ?? 'It needs the scope transfer:write_fiat_withdrawal.'} Everything
          else works; Settings lists what each capability needs.
        </p>
      </div>
    );
  } else if (flow.step === 'progress' && flow.intent) {
    body = <WireOutProgress submitted={flow.intent} onNew={resetFlow} />;
  } else if (flow.step === 'review' && flow.review) {
    body = (
      <WireOutReviewStep
        review={flow.review}
        onConfirm={() => void onConfirm()}
        onBack={() => {
          submit.clearError();
          setFlow(emptyWireOutFlow());
        }}
        pending={submit.pending}
        error={submit.error}
      />
    );
  } else {
    body = (
      <>
        {form.bannerError ? <ErrorNotice error={form.bannerError} /> : null}
        <WireOutForm
          draft={form.draft}
          update={form.update}
          errors={form.errors}
          formProps={form.formProps}
          onSubmit={(event) => void onReview(event)}
          pending={review.pending}
        />
      </>
    );
  }

  const shownAbove = flow.step === 'progress' ? flow.intent?.id : undefined;
  const recent = wiresOut.filter((i) => i.id !== shownAbove);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Wire out</h1>
      <OfflineNotice />
      {body}
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
