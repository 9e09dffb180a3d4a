// Fund: money in. For a chosen profile, Paxos's wire instructions (made once at Paxos and
// reused; DEPRECATED ones never shown) in the ABA (Fedwire) or SWIFT variant, with the memo in
// large type; the instruction sheet to send to the bank (saved as a PDF of its print view); the
// wires the operator expects; the wires arriving; and in Sandbox and Demo a simulated wire.
import { useEffect, useState } from 'react';
import type { RoutingType, WireInstructionsView } from '../../../../shared/money-in';
import { call } from '../../bridge/treasury';
import { CapabilityOffNotice } from '../../components/CapabilityOffNotice';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IncomingWireList } from '../../components/incoming/IncomingWireList';
import { OfflineNotice } from '../../components/OfflineNotice';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useAppStore } from '../../store/app-store';
import { useDraft } from '../../store/draft-store';
import { useEnvironment, useIncomingWires, useProfiles } from '../../store/selectors';
import { ExpectedWires } from './ExpectedWires';
import { InstructionSheetPreview, PrintedSheet } from './InstructionSheet';
import { SimulateWireForm } from './SimulateWireForm';
import { WireInstructionsPanel } from './WireInstructionsPanel';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function FundScreen() {
  const profiles = useProfiles();
  const environment = useEnvironment();
  const incoming = useIncomingWires();
  const capability = useAppStore((s) =>
    s.state?.credentials.capabilities?.find((c) => c.name === 'receiveWires'),
  );
  const [choice, setChoice] = useDraft('fund.choice', () => ({
    profileId: profiles.length === 1 ? (profiles[0]?.id ?? '') : '',
    routingType: 'ABA' as RoutingType,
  }));
  const [view, setView] = useState<WireInstructionsView | null>(null);
  const [printing, setPrinting] = useState(false);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const load = useBridgeAction((profileId: string, routingType: RoutingType) =>
    call('getWireInstructions', { profileId, routingType }),
  );
  const save = useBridgeAction(() => call('saveWireInstructionsSheet', choice));
  const { profileId, routingType } = choice;
  const run = load.run;
  useEffect(() => {
    setView(null);
    setSavedTo(null);
    if (profileId) void run(profileId, routingType).then((v) => setView(v ?? null));
  }, [profileId, routingType, run]);

  const saveSheet = async () => {
    setSavedTo(null);
    setPrinting(true);
    document.body.classList.add('printing');
    try {
      await nextFrame();
      await nextFrame();
      const result = await save.run();
      if (result?.path) setSavedTo(result.path);
    } finally {
      document.body.classList.remove('printing');
      setPrinting(false);
    }
  };
  const simulated = environment !== 'production';
  return (
    <section className="screen screen--wide" aria-labelledby="screen-title">
      <header className="screen__header">
        <h1 id="screen-title">Fund</h1>
      </header>
      <OfflineNotice />
      {capability && !capability.on ? (
        <CapabilityOffNotice
          testId="receive-wires-off"
          unavailable="Wire instructions are unavailable with this API credential."
          reason={capability.reason ?? ''}
        />
      ) : null}
      <div className="form form--inline" role="group" aria-label="Which profile and wire">
        <SelectField
          path="profileId"
          label="Profile to fund"
          value={profileId}
          placeholder="Choose a profile"
          options={profiles.map((p) => ({ value: p.id, label: p.nickname }))}
          onChange={(id) => setChoice((c) => ({ ...c, profileId: id }))}
        />
        <div className="choice-row" role="radiogroup" aria-label="Wire type">
          {(['ABA', 'SWIFT'] as const).map((type) => (
            <label className="choice" key={type}>
              <input
                type="radio"
                name="routing-type"
                checked={routingType === type}
                onChange={() => setChoice((c) => ({ ...c, routingType: type }))}
              />
              {type === 'ABA' ? 'Domestic (Fedwire, ABA)' : 'International (SWIFT)'}
            </label>
          ))}
        </div>
      </div>
      {load.error ? <ErrorNotice error={load.error} /> : null}
      {load.pending ? <p className="muted">Asking Paxos for the wire instructions…</p> : null}
      {view ? (
        <>
          <Section title="Wire instructions" testId="fund-instructions">
            <WireInstructionsPanel view={view} />
          </Section>
          <Section
            title="Instruction sheet for your bank"
            testId="fund-sheet"
            actions={
              <button
                type="button"
                className="button--primary"
                disabled={save.pending}
                onClick={() => void saveSheet()}
              >
                Save as PDF
              </button>
            }
          >
            {savedTo ? (
              <p role="status" className="success-box" data-testid="sheet-saved">
                Saved the instruction sheet to {savedTo}
              </p>
            ) : null}
            {save.error ? <ErrorNotice error={save.error} /> : null}
            <InstructionSheetPreview view={view} />
            {printing ? <PrintedSheet view={view} /> : null}
          </Section>
          <Section title="Expected wires">
            <ExpectedWires profileId={profileId} routingType={routingType} />
          </Section>
          {simulated ? (
            <Section title="Try it: simulate an incoming wire">
              <SimulateWireForm profileId={profileId} routingType={routingType} />
            </Section>
          ) : null}
        </>
      ) : null}
      <Section title="Incoming wires" asOf={incoming.asOf} testId="fund-incoming">
        <IncomingWireList wires={incoming.wires} label="Incoming wires" />
      </Section>
    </section>
  );
}
