// After a failed check, move focus to the first field marked invalid, so a keyboard user lands
// on the problem instead of hunting for it.
export function focusFirstError(form: HTMLFormElement | null): void {
  // Wait for React to render the error state before looking for it.
  window.setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}
