// Every bridge call resolves to this envelope instead of rejecting: Electron flattens a
// rejected `invoke` into a generic Error and the typed `{ code, message, details }` would be lost.
import type { BridgeError } from './app-error';

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };
