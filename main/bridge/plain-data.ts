// Bridge inputs are JSON-shaped data. IPC's structured clone also carries Dates, Maps, Sets and
// typed arrays, which a zod object schema reads as an empty object (a Date "is" `{}`), and zod
// silently drops an own `__proto__` key from records instead of refusing it. Both are refused
// here, before any schema runs, together with absurd nesting or size.

/** Deeper than any contract input (a bank account is 6 levels) by a wide margin. */
const MAX_DEPTH = 32;
/** Objects, arrays and values in one input; the largest real input has a few dozen. */
const MAX_NODES = 10_000;

/** Why `input` is not plain data, in words for a validation message; undefined when it is. */
export function plainDataProblem(input: unknown): string | undefined {
  const stack: [unknown, number][] = [[input, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    nodes += 1;
    if (nodes > MAX_NODES) return 'is too large';
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return 'is nested too deeply';
    if (Array.isArray(value)) {
      if (value.length > MAX_NODES) return 'is too large';
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null)
      return 'contains something other than text, numbers, lists and fields';
    if (Object.hasOwn(value, '__proto__')) return 'contains a field named "__proto__"';
    for (const item of Object.values(value)) stack.push([item, depth + 1]);
  }
  return undefined;
}
