// Main's confirmation of a money path's decision (a redemption, a rule, a bank account change),
// worded from the facts the path gives (main/desk/paths/*/…-confirmation-facts.ts): the path
// says what the decision is; this adds where (the environment, in a fact row and in the
// question) and, when the path asks for it, the box the operator must tick.
import type { EnvironmentKind } from '../../shared/environment';
import type { ConfirmationFacts, PathAction } from '../desk';
import { CHECKED_AMOUNT_AND_DESTINATION, type ConfirmationRequest } from './confirmation';
import { environmentFact, environmentShortNames } from './environment-names';

export interface Decision {
  request: ConfirmationRequest;
  /** The values the audit log keeps for this decision. */
  audit: Record<string, unknown>;
}

export function pathConfirmation(
  environment: EnvironmentKind,
  facts: ConfirmationFacts<PathAction>,
): Decision {
  return {
    request: {
      action: facts.action,
      environment,
      message: `${facts.question} in ${environmentShortNames[environment]}?`,
      facts: [environmentFact(environment), ...facts.rows],
      confirmLabel: facts.confirmLabel,
      ...(facts.mustTickChecked ? { checkboxLabel: CHECKED_AMOUNT_AND_DESTINATION } : {}),
    },
    audit: facts.audit,
  };
}
