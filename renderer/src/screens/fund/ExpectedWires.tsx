// The wires the operator expects for the profile: amount, the day it should reach Paxos and a
// note, under the memo of the instructions shown. Each is matched to an arriving wire by memo,
// amount and day (within a week); a match is kept, an expected wire not yet matched can be
// removed. A wire that arrives without an expected one is listed as unmatched, never hidden.
import { useState, type FormEvent } from 'react';
import type { RoutingType } from '../../../../shared/money-in';
import { call } from '../../bridge/treasury';
import { AmountInput } from '../../components/AmountInput';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { Money } from '../../components/Money';
import { StatusBadge } from '../../components/StatusBadge';
import { fieldErrorsOf } from '../../errors/field-errors';
import { formatDay } from '../../format/time';
import { useBridgeAction } from '../../hooks/useBridgeAction';
import { useDraft } from '../../store/draft-store';
import { useIncomingWires } from '../../store/selectors';

interface Props {
  profileId: string;
  routingType: RoutingType;
}

export function ExpectedWires({ profileId, routingType }: Props) {
  const [draft, setDraft] = useDraft(`fund.expected.${profileId}`, () => ({
    amount: '',
    expectedOn: new Date().toISOString().slice(0, 10),
    note: '',
  }));
  const [noted, setNoted] = useState<string | null>(null);
  const note = useBridgeAction(() =>
    call('noteExpectedWire', { profileId, routingType, ...draft }),
  );
  const remove = useBridgeAction((id: string) => call('removeExpectedWire', { id }));
  const expected = useIncomingWires().expected.filter((e) => e.profileId === profileId);
  const errors = fieldErrorsOf(note.error);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNoted(null);
    if (await note.run()) {
      setNoted(draft.amount);
      setDraft((d) => ({ ...d, amount: '', note: '' }));
    }
  };
  return (
    <div data-testid="expected-wires">
      <form
        className="form form--inline"
        aria-label="Note an expected wire"
        onSubmit={(e) => void onSubmit(e)}
      >
        <AmountInput
          id="f-expected-amount"
          label="Amount expected (USD)"
          asset="USD"
          value={draft.amount}
          onChange={(amount) => setDraft((d) => ({ ...d, amount }))}
          error={errors.amount}
        />
        <TextField
          path="expectedOn"
          label="Expected at Paxos on (YYYY-MM-DD)"
          value={draft.expectedOn}
          onChange={(expectedOn) => setDraft((d) => ({ ...d, expectedOn }))}
          error={errors.expectedOn}
          maxLength={10}
        />
        <TextField
          path="note"
          label="Note"
          value={draft.note}
          onChange={(text) => setDraft((d) => ({ ...d, note: text }))}
          error={errors.note}
          optional
          maxLength={200}
        />
        <button type="submit" disabled={note.pending || !draft.amount}>
          Note expected wire
        </button>
      </form>
      {noted ? (
        <p role="status" className="muted">
          Noted: an incoming wire of {noted} USD quoting this memo will be matched to it.
        </p>
      ) : null}
      {note.error ? <ErrorNotice error={note.error} /> : null}
      {remove.error ? <ErrorNotice error={remove.error} /> : null}
      {expected.length === 0 ? (
        <p className="muted">No expected wires noted for this profile.</p>
      ) : (
        <ul className="plain-list" aria-label="Expected wires">
          {expected.map((e) => (
            <li
              key={e.id}
              className="row-line"
              data-testid="expected-wire"
              data-matched={e.matchedTransferId ? 'yes' : 'no'}
            >
              <Money value={e.amount} asset="USD" /> on {formatDay(e.expectedOn)}
              {e.note ? ` — ${e.note}` : ''} · memo <span className="mono">{e.memoId}</span> ·{' '}
              {e.matchedTransferId ? (
                <>
                  arrived <StatusBadge status={e.wireStatus ?? 'UNKNOWN'} kind="transfer" />
                </>
              ) : (
                <>
                  <span className="muted">not arrived yet</span>{' '}
                  <button
                    type="button"
                    className="button--small"
                    onClick={() => void remove.run(e.id)}
                  >
                    Remove
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
