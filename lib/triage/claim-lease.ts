/**
 * How long a claim protects a post without a sign of life: the triage screen
 * renews it every minute while the post is open, so a volunteer who closes
 * the tab or goes idle frees it within a few minutes, never hours.
 */
export const CLAIM_LEASE_SECONDS = 180;
export const CLAIM_RENEW_SECONDS = 60;
