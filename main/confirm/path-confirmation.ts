// Main's confirmation of a money path's decision (a redemption, a rule, a bank account change),
// worded from the facts the path gives (main/desk/paths/*/…-confirmation-facts.ts): the path
// says what the decision is; this adds where (the environment, in a fact row and in the
// question) and, when the path asks for it, the box the operator must tick. What the operator
// typed (the path's notes) is shown only through operator-text.ts, as theirs.
import type { EnvironmentKind } from '../../shared/environment';
import type { ConfirmationFacts, PathAction } from '../desk';
import { CHECKED_AMOUNT_AND_DESTINATION, type ConfirmationRequest } from './confirmation';
import { environmentFact, environmentShortNames } from './environment-names';
import { cleanText, operatorTextRow } from './operator-text';

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
      message: cleanText(`${facts.question} in ${environmentShortNames[environment]}?`),
      facts: [
        environmentFact(environment),
        ...facts.rows.map(([label, value]): [string, string] => [label, cleanText(value)]),
        ...(facts.notes ?? []).map(([what, text]) => operatorTextRow(what, text)),
      ],
      confirmLabel: cleanText(facts.confirmLabel),
      ...(facts.tickLabel
        ? { checkboxLabel: cleanText(facts.tickLabel) }
        : facts.mustTickChecked
          ? { checkboxLabel: CHECKED_AMOUNT_AND_DESTINATION }
          : {}),
    },
    audit: facts.audit,
  };
}
