/**
 * The seam where enrichment plugs in (language, relevance, categories, places…):
 * listeners get the ids of newly stored posts after their commit. Kept on
 * globalThis like the other process-wide registries.
 */
export type StoredPosts = { activationId: string; postIds: bigint[] };
type Listener = (batch: StoredPosts) => void | Promise<void>;

const holder = globalThis as unknown as { __vigiePostListeners?: Set<Listener> };

function listeners(): Set<Listener> {
  holder.__vigiePostListeners ??= new Set();
  return holder.__vigiePostListeners;
}

export function onPostsStored(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function hasPostListeners(): boolean {
  return listeners().size > 0;
}

export async function notifyPostsStored(batch: StoredPosts): Promise<void> {
  for (const listener of listeners()) {
    try {
      await listener(batch);
    } catch (error) {
      // Enrichment failing must never lose or block ingestion.
      console.error("post listener failed", error);
    }
  }
}
