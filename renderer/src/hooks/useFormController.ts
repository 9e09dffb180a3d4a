// The one controller behind every form (redeem, bank account add/edit, auto-redeem rule,
// preferences, credentials): what was typed lives in the draft store (so it survives errors,
// locks and screen changes); a failed check moves focus to the first field in error; a field's
// error — the client's or main's — clears as soon as that field changes; and an error banner
// from main goes away once the operator edits the form, so an old "Only … is available" never
// sits next to a newer, different problem.
// No form library: the values must live in the draft store, and the bundle budget is tight;
// this is the logic the forms shared, in one place.
import { useCallback, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { BridgeCallError } from '../bridge/treasury';
import { fieldId } from '../components/Field';
import { focusFirstError } from '../components/focus-first-error';
import { fieldErrorsOf, type FieldErrors } from '../errors/field-errors';
import { useDraft } from '../store/draft-store';

interface FormControllerOptions<D> {
  draftKey: string;
  initial: () => D;
  /** Client-side checks; an empty object means "send it". */
  validate: (draft: D) => FieldErrors;
  /** The bridge call's last error (its field errors are placed next to the fields). */
  serverError?: BridgeCallError | null;
  /** Main's paths → the form's paths (e.g. drop an input wrapper such as "changes."). */
  mapServerErrors?: (errors: FieldErrors) => FieldErrors;
}

export function useFormController<D extends object>({
  draftKey,
  initial,
  validate,
  serverError = null,
  mapServerErrors,
}: FormControllerOptions<D>) {
  const [draft, setDraft, resetDraft] = useDraft<D>(draftKey, initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  // Field paths edited since main's last error, and whether anything was: their errors are stale.
  const [edited, setEdited] = useState<{
    error: BridgeCallError | null;
    paths: Set<string>;
    any: boolean;
  }>({ error: null, paths: new Set(), any: false });
  const formRef = useRef<HTMLFormElement>(null);

  const current =
    edited.error === serverError
      ? edited
      : { error: serverError, paths: new Set<string>(), any: false };
  const fromServer = serverError
    ? (mapServerErrors ?? ((e: FieldErrors) => e))(fieldErrorsOf(serverError))
    : {};
  const serverFieldErrors = Object.fromEntries(
    Object.entries(fromServer).filter(([path]) => !current.paths.has(path)),
  );
  const errors: FieldErrors = { ...serverFieldErrors, ...clientErrors };

  const clearFieldErrors = useCallback(
    (paths: string[]) => {
      if (paths.length === 0) return;
      setClientErrors((e) =>
        Object.fromEntries(Object.entries(e).filter(([k]) => !paths.includes(k))),
      );
      setEdited((prev) => {
        const base =
          prev.error === serverError
            ? prev
            : { error: serverError, paths: new Set<string>(), any: false };
        return { error: serverError, paths: new Set([...base.paths, ...paths]), any: true };
      });
    },
    [serverError],
  );

  /** Merges a patch into the draft; errors of the patched top-level keys clear. */
  const update = useCallback(
    (patch: Partial<D>) => {
      setDraft((d) => ({ ...d, ...patch }));
      clearFieldErrors(Object.keys(patch));
    },
    [setDraft, clearFieldErrors],
  );

  /** On the <form>: a change in any control clears the error shown for that control (nested paths too). */
  const onFieldChange = (event: ChangeEvent<HTMLFormElement>) => {
    const id = (event.target as Element | null)?.id;
    if (!id) return;
    clearFieldErrors(
      [...Object.keys(fromServer), ...Object.keys(clientErrors)].filter(
        (path) => fieldId(path) === id,
      ),
    );
  };

  /** Validates, focuses the first error, otherwise runs `send`; a failed send focuses main's first field error. */
  const handleSubmit = (send: (draft: D) => Promise<unknown>) => async (event?: FormEvent) => {
    event?.preventDefault();
    const problems = validate(draft);
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return focusFirstError(formRef.current);
    const result = await send(draft);
    if (result === undefined) focusFirstError(formRef.current);
  };

  return {
    draft,
    update,
    reset: () => {
      resetDraft();
      setClientErrors({});
    },
    errors,
    errorCount: Object.keys(errors).length,
    /** main's error, until the operator edits the form after it. */
    bannerError: current.any ? null : serverError,
    formProps: { ref: formRef, onChange: onFieldChange, noValidate: true },
    handleSubmit,
  };
}
