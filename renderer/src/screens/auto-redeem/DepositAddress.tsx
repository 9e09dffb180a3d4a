// Where to send funds for a rule: the address as text and as a QR code, its network, a copy
// button, and the warning that matters most: only this coin, only on this network.
import { lazy, Suspense } from 'react';
import { CopyButton } from '../../components/CopyButton';

// The QR code library loads with the first rule detail opened, not with the first screen.
const QRCodeSVG = lazy(() => import('qrcode.react').then((m) => ({ default: m.QRCodeSVG })));

export function DepositAddress({
  address,
  asset,
  network,
}: {
  address: string;
  asset: string;
  network: string;
}) {
  return (
    <div className="deposit-address" data-testid="deposit-address">
      <Suspense fallback={<span className="qr-placeholder" aria-hidden="true" />}>
        <QRCodeSVG
          value={address}
          size={148}
          marginSize={2}
          title={`Deposit address QR code (${asset} on ${network})`}
        />
      </Suspense>
      <div>
        <p className="muted">
          Deposit address · network <strong>{network}</strong>
        </p>
        <p>
          <code className="mono break" data-testid="deposit-address-text">
            {address}
          </code>{' '}
          <CopyButton text={address} what="deposit address" />
        </p>
        <p className="warning-box" role="note">
          Send only <strong>{asset}</strong> on <strong>{network}</strong> to this address. Another
          coin, or {asset} sent over another network, is not converted and may be lost.
        </p>
      </div>
    </div>
  );
}
