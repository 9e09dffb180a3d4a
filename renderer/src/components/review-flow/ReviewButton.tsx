// A flow form's one button: it asks main for a review (nothing is sent), and says so while it waits.
export function ReviewButton({ pending }: { pending: boolean }) {
  return (
    <div className="form__actions">
      <button type="submit" className="button--primary" disabled={pending}>
        {pending ? 'Checking…' : 'Review'}
      </button>
    </div>
  );
}
