// Paxos's optional JWS request signing (paxos-api.md "Optional JWS request signing"): once
// Paxos Support turns it on for a credential, every authenticated request must carry a
// `Paxos-Signature` header "or it is rejected". The documents do not give that rejection's
// status or problem type, so it is recognised by what any such refusal must say: a 400, 401 or
// 403 whose problem type, title or detail names the signature. A credential without a signing
// key in this desk sends unsigned; one with a key signs every request (request-signing.ts), and
// a refusal then means Paxos did not accept the signature (key not registered, another key id).
// Either way the refusal is told in words, is never answered by a token refresh and a second
// attempt (that would resend the request blindly), and leaves the intent for the operator.
import { PaxosError, type RequestLabel } from './errors';

/** The parts of an RFC 7807 problem read here (problem.ts parses it). */
interface Problem {
  type?: string;
  title?: string;
  detail?: string;
}

const SIGNATURE = /paxos-signature|signature|\bjws\b/i;

export function isSignatureRefusal(status: number, problem: Problem): boolean {
  if (status !== 400 && status !== 401 && status !== 403) return false;
  return [problem.type, problem.title, problem.detail].some((t) => t && SIGNATURE.test(t));
}

export function signatureRequiredError(
  status: number,
  problem: Problem,
  label: RequestLabel,
  signed: boolean,
): PaxosError {
  return new PaxosError(
    'signature_required',
    signed
      ? "Paxos refused this request's signature. Nothing was sent again: check in the Paxos Dashboard that this credential's public key is registered under the key ID set in Settings → Request signing, then decide on the held request."
      : 'This credential requires signed requests, which this desk is not set up for. Nothing was sent again: add a signing key for this credential in Settings → Request signing (or ask Paxos Support to turn request signing off), then decide on the held request.',
    {
      method: label.method,
      path: label.path,
      signed,
      ...(problem.detail ? { detail: problem.detail } : {}),
    },
    { status, ...(problem.type ? { problemType: problem.type } : {}) },
  );
}
