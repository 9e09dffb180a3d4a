// Short environment names for confirmation texts: "Redeem … in Demo?"
import { environmentLabels, type EnvironmentKind } from '../../shared/environment';

export const environmentShortNames: Record<EnvironmentKind, string> = {
  demo: 'Demo',
  sandbox: 'Sandbox',
  production: 'Production',
};

/** The fact line every confirmation carries: says "no real money" for Demo, "real money" for Production. */
export const environmentFact = (environment: EnvironmentKind): [string, string] => [
  'Environment',
  environmentLabels[environment],
];
