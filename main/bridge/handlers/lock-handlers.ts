// Lock and unlock.
import type { HandlerContext } from './handler-context';

export function createLockHandlers(ctx: HandlerContext) {
  const done = { done: true as const };
  return {
    lock: () => {
      ctx.setLocked(true);
      return done;
    },
    unlock: async () => {
      ctx.setLocked(false);
      await ctx.desk().record({ action: 'app.unlock', outcome: 'info' });
      return done;
    },
  };
}
