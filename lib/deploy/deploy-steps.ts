/**
 * The deploy's steps in order (lib/cli/deploy.ts). `--pause-at <step>` holds the deploy
 * there, so a test can kill it at each one: `building` and `photos` with their command
 * running, the others just before they act.
 */
export const DEPLOY_STEPS = ["locked", "building", "photos", "assembling", "starting", "switching", "reloading", "draining"] as const;

/** One of {@link DEPLOY_STEPS}. */
export type DeployStep = (typeof DEPLOY_STEPS)[number];

/** The line the deploy prints when it holds at a step, for tests waiting to kill it there. */
export function pausedLine(step: DeployStep): string {
  return `[triển khai] tạm dừng ở bước ${step}`;
}
