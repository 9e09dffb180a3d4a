// The confirmation port in tests: records every request main makes and answers it from a
// script, as the operator would press the native dialog (main applies the rule).
import type { ConfirmationRequest, Confirmer, DialogAnswer } from '../../main/confirm/confirmation';

export type Script =
  | 'accept'
  | 'decline'
  | 'accept-without-ticking'
  | ((request: ConfirmationRequest) => DialogAnswer | Promise<DialogAnswer>);

export interface ScriptedConfirmer {
  confirm: Confirmer;
  /** Every request main made, in order. */
  requests: ConfirmationRequest[];
  /** Change the answers from now on. */
  answerWith(script: Script): void;
}

const answers: Record<Exclude<Script, (r: ConfirmationRequest) => unknown>, DialogAnswer> = {
  accept: { confirmed: true, checked: true },
  decline: { confirmed: false, checked: false },
  'accept-without-ticking': { confirmed: true, checked: false },
};

export function scriptedConfirmer(initial: Script = 'accept'): ScriptedConfirmer {
  let script = initial;
  const requests: ConfirmationRequest[] = [];
  return {
    requests,
    answerWith: (next) => void (script = next),
    confirm: async (request) => {
      requests.push(request);
      return typeof script === 'function' ? await script(request) : answers[script];
    },
  };
}
