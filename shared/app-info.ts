import { z } from 'zod';
import { EnvironmentKindSchema } from './environment';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  environment: EnvironmentKindSchema,
  environmentLabel: z.string(),
  platform: z.string(),
  /** Versions of the runtime, for support tickets. Absent where not running in Electron. */
  electronVersion: z.string().optional(),
  chromeVersion: z.string().optional(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;
