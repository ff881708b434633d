/**
 * The build's notion of "now" and of preview mode. BUILD_DATE pins the date so
 * two builds of one commit are identical and tests can fix "the current month".
 */
export interface BuildClock {
  now: Date;
  preview: boolean;
}

export function buildClock(env: Record<string, string | undefined> = process.env): BuildClock {
  const pinned = env.BUILD_DATE;
  const now = pinned ? new Date(pinned) : new Date();
  if (Number.isNaN(now.getTime()))
    throw new Error(`BUILD_DATE='${pinned}' is not a date (use 2025-03-15 or an ISO date-time)`);
  return { now, preview: env.BRUSANO_PREVIEW === '1' };
}
