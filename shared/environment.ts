// The three places Treasury Desk can point at. Demo is the built-in simulator: no credentials,
// no real money. The banner colours in the renderer key off this value, so it is a closed set.
import { z } from 'zod';

export const environmentKinds = ['demo', 'sandbox', 'production'] as const;
export const EnvironmentKindSchema = z.enum(environmentKinds);
export type EnvironmentKind = z.infer<typeof EnvironmentKindSchema>;

export const environmentLabels: Record<EnvironmentKind, string> = {
  demo: 'Demo (built-in simulator, no real money)',
  sandbox: 'Paxos Sandbox (test money)',
  production: 'Paxos Production (real money)',
};
