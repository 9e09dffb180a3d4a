// What the operator has typed into a form, kept outside the form component: leaving a screen,
// the app locking itself or a failed call must never throw away a half-filled bank account or
// redemption. Drafts live in memory only (never on disk) and per environment, so a Demo draft
// cannot turn into a Production request. Secrets are never put here.
import { useCallback, useRef } from 'react';
import { create } from 'zustand';
import { useAppStore } from './app-store';

interface DraftStoreState {
  drafts: Record<string, unknown>;
  setDraft(key: string, value: unknown): void;
  clearDraft(key: string): void;
}

export const useDraftStore = create<DraftStoreState>((set) => ({
  drafts: {},
  setDraft: (key, value) => set((s) => ({ drafts: { ...s.drafts, [key]: value } })),
  clearDraft: (key) =>
    set((s) => {
      const { [key]: _removed, ...rest } = s.drafts;
      return { drafts: rest };
    }),
}));

export type DraftUpdate<T> = T | ((previous: T) => T);

/** Like useState, but the value survives unmounting. `reset` drops it (after a successful send). */
export function useDraft<T>(
  name: string,
  initial: () => T,
): [T, (update: DraftUpdate<T>) => void, () => void] {
  const environment = useAppStore((s) => s.state?.environment ?? 'none');
  const key = `${environment}:${name}`;
  const stored = useDraftStore((s) => s.drafts[key]) as T | undefined;
  const setDraft = useDraftStore((s) => s.setDraft);
  const clearDraft = useDraftStore((s) => s.clearDraft);
  const value = stored ?? initial();
  // `initial` is a factory for the empty draft; callers pass a new function each render.
  const initialRef = useRef(initial);
  initialRef.current = initial;

  const update = useCallback(
    (next: DraftUpdate<T>) => {
      const previous =
        (useDraftStore.getState().drafts[key] as T | undefined) ?? initialRef.current();
      setDraft(key, typeof next === 'function' ? (next as (p: T) => T)(previous) : next);
    },
    [key, setDraft, initialRef],
  );
  const reset = useCallback(() => clearDraft(key), [key, clearDraft]);
  return [value, update, reset];
}
