// Freezes a plain JSON-like value and everything under it, so a value handed out from memory
// (an intent, a parsed cache row) can be shared without a defensive copy: a caller that tries
// to change it throws at once (modules are strict), instead of silently changing the store.
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
