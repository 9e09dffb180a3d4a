// Checks a bank account before anything is sent, with a message per field in the operator's
// words. The rules are the shared ones (ABA checksum, BIC pattern, the 35-character address
// character set); the shared zod schema then runs as a backstop so the form can never accept
// what main would refuse.
import { NewFiatAccountInput, UpdateFiatAccountRequest } from '../../../shared/operation-inputs';
import {
  MAILING_ADDRESS_PATTERN,
  SWIFT_BIC_PATTERN,
  isValidAbaRoutingNumber,
} from '../../../shared/paxos/requests';
import { ibanBicMismatch, mismatchKey } from '../../../shared/bank-account-number';
import { isIsoCountry } from './countries';
import { fieldErrorsFromIssues, type FieldErrors } from '../errors/field-errors';
import { accountNumberProblem, bicProblem, cleanIdentifier } from './bank-identifiers';
import {
  addressKeys,
  paths,
  toCreateInput,
  toUpdateChanges,
  type AddressDraft,
  type BankAccountDraft,
  type RoutingDraft,
  type RoutingType,
} from './bank-account-draft';

const ADDRESS_MAX = 35;
const ALLOWED_CHARS = "letters A–Z, digits, spaces and / ? : ( ) . , & ' + -";

/** One address line: at most 35 characters from the allowed set. Empty is the caller's call. */
export function addressLineError(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (v.length > ADDRESS_MAX) return `At most ${ADDRESS_MAX} characters (this has ${v.length}).`;
  if (!MAILING_ADDRESS_PATTERN.test(v)) {
    const bad = [...new Set([...v].filter((c) => !MAILING_ADDRESS_PATTERN.test(c)))].join(' ');
    return `Not allowed: ${bad}. Use only ${ALLOWED_CHARS}.`;
  }
  return undefined;
}

export function routingNumberError(type: RoutingType, value: string): string | undefined {
  const v = value.trim();
  if (!v)
    return type === 'ABA' ? 'Enter the 9-digit ABA routing number.' : 'Enter the SWIFT/BIC code.';
  if (type === 'ABA') {
    if (!/^\d{9}$/.test(v)) return 'An ABA routing number is exactly 9 digits.';
    if (!isValidAbaRoutingNumber(v))
      return 'This is not a valid ABA routing number (the check digit does not match). Check for a typo.';
    return undefined;
  }
  return (
    bicProblem(v) ??
    (SWIFT_BIC_PATTERN.test(cleanIdentifier(v))
      ? undefined
      : 'A SWIFT/BIC code is 8 or 11 capital letters and digits, e.g. DEUTDEFF500.')
  );
}

export function accountNumberError(value: string): string | undefined {
  return accountNumberProblem(value);
}

/**
 * The account number typed twice must be the same number (spaces, dashes and case aside): a
 * slipped digit goes to Paxos otherwise, and a wire to it bounces or lands elsewhere. Pasting is
 * allowed in both fields (blocking paste fails people who use assistive tools, and a number
 * pasted from the bank's own document carries no typo); main reads the whole number back in its
 * confirmation before anything is sent.
 */
export function accountNumberRepeatError(draft: BankAccountDraft): string | undefined {
  const repeat = draft.accountNumberRepeat ?? '';
  if (!repeat.trim()) return 'Type the account number again, to check it.';
  if (cleanIdentifier(repeat) !== cleanIdentifier(draft.accountNumber))
    return 'The two account numbers differ: check both against the bank letter.';
  return undefined;
}

/** An IBAN and a BIC of different countries: sent only once the operator says they checked. */
export function countryMismatchError(draft: BankAccountDraft): string | undefined {
  const mismatch = ibanBicMismatch(draft.accountNumber, draft.routing.type, draft.routing.number);
  if (!mismatch || draft.countriesAcknowledged === mismatchKey(mismatch)) return undefined;
  // The notice above the box names both countries; the error says what to do.
  return 'Check both with the account owner, then tick the box.';
}

function required(errors: FieldErrors, path: string, value: string, message: string): void {
  if (!value.trim()) errors[path] = message;
}

function checkAddress(errors: FieldErrors, prefix: string, address: AddressDraft): void {
  for (const key of addressKeys) {
    const problem = addressLineError(address[key]);
    if (problem) errors[`${prefix}.${key}`] = problem;
  }
  if (!address.country.trim()) errors[`${prefix}.country`] = 'Choose the country.';
  else if (!isIsoCountry(address.country))
    errors[`${prefix}.country`] =
      `"${address.country.slice(0, 30)}" is not a country code: choose the country from the list.`;
}

function checkRouting(
  errors: FieldErrors,
  prefix: string,
  routing: RoutingDraft,
  editing: boolean,
): void {
  if (!editing) {
    const problem = routingNumberError(routing.type, routing.number);
    if (problem) errors[`${prefix}.routing_number`] = problem;
  }
  required(errors, `${prefix}.bank_name`, routing.bankName, 'Enter the bank’s name.');
  if (routing.bankName.trim().length > 100)
    errors[`${prefix}.bank_name`] = 'At most 100 characters.';
  checkAddress(errors, `${prefix}.bank_address`, routing.address);
}

const NAME_MAX = 200;

function checkName(errors: FieldErrors, path: string, value: string, missing: string): void {
  required(errors, path, value, missing);
  if (value.trim().length > NAME_MAX) errors[path] = `At most ${NAME_MAX} characters.`;
}

function checkOwner(errors: FieldErrors, draft: BankAccountDraft): void {
  if (draft.ownerKind === 'institution') {
    checkName(
      errors,
      paths.institutionName,
      draft.institutionName,
      'Enter the company or institution that owns the account.',
    );
  } else {
    checkName(errors, paths.firstName, draft.firstName, 'Enter the owner’s first name.');
    checkName(errors, paths.lastName, draft.lastName, 'Enter the owner’s last name.');
  }
}

function withBackstop(
  errors: FieldErrors,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldErrors {
  const schemaErrors = fieldErrorsFromIssues(issues);
  // Friendly messages first; anything only the schema noticed is still reported.
  return { ...schemaErrors, ...errors };
}

/** Every problem with a new account, keyed by request path. Empty means ready to send. */
export function validateNewBankAccount(draft: BankAccountDraft): FieldErrors {
  const errors: FieldErrors = {};
  checkOwner(errors, draft);
  const accountProblem = accountNumberError(draft.accountNumber);
  if (accountProblem) errors[paths.accountNumber] = accountProblem;
  else {
    const repeatProblem = accountNumberRepeatError(draft);
    if (repeatProblem) errors[paths.accountNumberRepeat] = repeatProblem;
  }
  const mismatch = countryMismatchError(draft);
  if (mismatch) errors[paths.countriesAcknowledged] = mismatch;
  checkAddress(errors, paths.ownerAddress, draft.ownerAddress);
  checkRouting(errors, paths.routing, draft.routing, false);
  if (draft.hasIntermediary) checkRouting(errors, paths.intermediary, draft.intermediary, false);
  if (draft.label.trim().length > 100) errors[paths.label] = 'At most 100 characters.';
  if (Object.keys(errors).length > 0) return errors;
  const parsed = NewFiatAccountInput.safeParse(toCreateInput(draft));
  return parsed.success ? {} : withBackstop(errors, parsed.error.issues);
}

/** Problems with the updatable fields of an existing account. Paths as in the update body. */
export function validateBankAccountChanges(draft: BankAccountDraft): FieldErrors {
  const errors: FieldErrors = {};
  checkOwner(errors, draft);
  checkAddress(errors, paths.ownerAddress, draft.ownerAddress);
  checkRouting(errors, paths.routing, draft.routing, true);
  if (draft.hasIntermediary) checkRouting(errors, paths.intermediary, draft.intermediary, true);
  if (Object.keys(errors).length > 0) return errors;
  const parsed = UpdateFiatAccountRequest.safeParse({
    id: 'check',
    changes: toUpdateChanges(draft),
  });
  if (parsed.success) return {};
  // Update issues are reported under "changes."; the form names fields without it.
  const issues = parsed.error.issues.map((i) => ({
    ...i,
    path: i.path[0] === 'changes' ? i.path.slice(1) : i.path,
  }));
  return withBackstop(errors, issues);
}
