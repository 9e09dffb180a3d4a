// A capability this API credential lacks (its scope was not granted): said once, where the
// screen's form would be, with main's reason, and that everything else still works.
export function CapabilityOffNotice({
  unavailable,
  reason,
  testId,
}: {
  /** What cannot be done, as a sentence ("Wiring out USD is unavailable with this API credential."). */
  unavailable: string;
  /** Main's reason, or the screen's own fallback. */
  reason: string;
  testId: string;
}) {
  return (
    <div className="warning-box" role="alert" data-testid={testId}>
      <p>
        {unavailable} {reason} Everything else works; Settings lists what each capability needs.
      </p>
    </div>
  );
}
