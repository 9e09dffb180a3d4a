// The instruction sheet an operator sends to their bank, as printed to PDF: the environment named
// at the top and bottom of every page (fixed elements repeat on each printed page), Paxos's bank
// details, the memo in large type, and what happens to a wire that quotes it and one that does
// not. Shown on screen as a preview; while main prints, a copy is the only thing on the page.
import { createPortal } from 'react-dom';
import type { WireInstructionsView } from '../../../../shared/money-in';
import { formatDateTime } from '../../format/time';

function SheetBody({ view, printed }: { view: WireInstructionsView; printed: boolean }) {
  const routingLabel = view.routingType === 'SWIFT' ? 'SWIFT / BIC' : 'ABA routing number';
  const environment = `Environment: ${view.environmentLabel}`;
  return (
    <>
      {printed ? (
        <>
          <p className="print-sheet__running print-sheet__running--top">{environment}</p>
          <p className="print-sheet__running print-sheet__running--bottom">
            {environment} · Treasury Desk · memo {view.memoId}
          </p>
        </>
      ) : (
        <p className="sheet__environment">{environment}</p>
      )}
      <h2 className="sheet__title">Wire instructions: fund {view.profileName} at Paxos</h2>
      <p>Please send a USD wire ({view.routingType === 'SWIFT' ? 'SWIFT' : 'Fedwire'}) to:</p>
      <table className="sheet__table">
        <tbody>
          <tr>
            <th scope="row">Beneficiary</th>
            <td>{view.beneficiaryName}</td>
          </tr>
          <tr>
            <th scope="row">Beneficiary address</th>
            <td>{view.beneficiaryAddress}</td>
          </tr>
          <tr>
            <th scope="row">Account number</th>
            <td>{view.accountNumber}</td>
          </tr>
          <tr>
            <th scope="row">{routingLabel}</th>
            <td>{view.routingNumber}</td>
          </tr>
          <tr>
            <th scope="row">Bank</th>
            <td>{view.bankName}</td>
          </tr>
          <tr>
            <th scope="row">Bank address</th>
            <td>{view.bankAddress}</td>
          </tr>
        </tbody>
      </table>
      <p className="sheet__memo-label">Memo / reference — quote exactly:</p>
      <p className="sheet__memo">{view.memoId}</p>
      <h3>What happens to the wire</h3>
      <ul>
        <li>
          A wire quoting the memo {view.memoId} is credited as USD to the profile “
          {view.profileName}” at Paxos, less any fee Paxos deducts from the amount received.
        </li>
        <li>
          A wire that does not quote it is delayed for manual matching, or returned to the sending
          bank.
        </li>
        <li>Wires move on Federal Reserve business days only (no weekends or Fed holidays).</li>
      </ul>
      <p className="sheet__small">
        Instructions {view.id}, read from Paxos {formatDateTime(view.fetchedAt)}. Environment:{' '}
        {view.environmentLabel}.
      </p>
    </>
  );
}

export function InstructionSheetPreview({ view }: { view: WireInstructionsView }) {
  return (
    <article className="sheet" aria-label="Instruction sheet preview" data-testid="sheet-preview">
      <SheetBody view={view} printed={false} />
    </article>
  );
}

/** Rendered only while main prints: the one element the print CSS leaves on the page. */
export function PrintedSheet({ view }: { view: WireInstructionsView }) {
  return createPortal(
    <article className="print-sheet" aria-hidden="true">
      <SheetBody view={view} printed />
    </article>,
    document.body,
  );
}
