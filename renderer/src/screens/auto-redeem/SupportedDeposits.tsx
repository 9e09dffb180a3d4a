// Which coins a crypto Convert & Hold rule can take, on which networks: the operator's list of
// what may be sent at all (USDG is issued on fewer chains than the others). Shown on the new-rule
// form and on a rule's deposit sheet, where the rule's own coin and network are marked: one rule
// takes one coin on one network, and anything else sent to its address is not converted.
import { RULE_NETWORKS_BY_ASSET, STABLECOINS } from '../../../../shared/assets';
import { networkLabel } from '../../format/labels';

export function SupportedDeposits({ asset, network }: { asset?: string; network?: string }) {
  return (
    <table className="table table--compact" data-testid="supported-deposits">
      <caption>
        Coins and networks Convert &amp; Hold can take
        {asset && network
          ? ` (this rule: ${asset} on ${networkLabel(network).text} only)`
          : ' (one coin on one network per rule)'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Coin</th>
          <th scope="col">Networks</th>
        </tr>
      </thead>
      <tbody>
        {STABLECOINS.map((coin) => (
          <tr key={coin} aria-current={coin === asset ? 'true' : undefined}>
            <th scope="row">{coin}</th>
            <td>
              {RULE_NETWORKS_BY_ASSET[coin].map((n, i) => (
                <span key={n}>
                  {i > 0 ? ', ' : ''}
                  {coin === asset && n === network?.toUpperCase() ? (
                    <strong>{networkLabel(n).text} (this rule)</strong>
                  ) : (
                    networkLabel(n).text
                  )}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
