// Activity's incoming wires: every wire Paxos reported in the last 30 days (and any still
// PENDING), matched or not, with what was sent, the fee and what was received.
import { IncomingWireList } from '../../components/incoming/IncomingWireList';
import { Section } from '../../components/Section';
import { useIncomingWires } from '../../store/selectors';

export function IncomingWiresSection() {
  const incoming = useIncomingWires();
  if (incoming.wires.length === 0) return null;
  return (
    <div className="activity-incoming">
      <Section title="Incoming wires" asOf={incoming.asOf} testId="activity-incoming">
        <IncomingWireList wires={incoming.wires} label="Incoming wires in Activity" />
      </Section>
    </div>
  );
}
