// Convert: one screen for every pair the account may use, from a profile and asset to a profile
// and asset — USD → a stablecoin (a mint), stablecoin → stablecoin, stablecoin → USD kept in a
// profile. The flow itself is shared with the Redeem screen's "keep as USD in a profile".
import { ConversionFlow } from '../../components/conversion/ConversionFlow';
import { OfflineNotice } from '../../components/OfflineNotice';

export function ConvertScreen() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Convert</h1>
      <OfflineNotice />
      <ConversionFlow
        draftKey="convert"
        label="Convert"
        pair={{ fromAsset: 'USD', toAsset: 'USDC' }}
      />
    </section>
  );
}
