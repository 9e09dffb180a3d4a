// One folder per environment, so Demo, Sandbox and Production data can never mix: every store
// of an environment lives under <dataDir>/<environment>/ and is opened from that path only.
import { join } from 'node:path';
import { AppError } from '../../../shared/app-error';
import { EnvironmentKindSchema, type EnvironmentKind } from '../../../shared/environment';

export function environmentDir(dataDir: string, environment: EnvironmentKind): string {
  // Checked at run time too: the value ends up in a path, so it must be one of the three names.
  const parsed = EnvironmentKindSchema.safeParse(environment);
  if (!parsed.success) {
    throw new AppError('validation', 'Unknown environment.', { field: 'environment' });
  }
  return join(dataDir, parsed.data);
}
