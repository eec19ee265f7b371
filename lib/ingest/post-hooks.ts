/**
 * The seams where later stages plug into ingestion: listeners get the ids of
 * newly stored posts (enrichment: language, relevance, places…) and of posts
 * deleted at their source (publication: their reports leave the public map),
 * after the commit. Kept on globalThis like the other process-wide registries.
 * A listener failing must never lose or block ingestion: it is logged, and the next one runs.
 */
export type StoredPosts = { activationId: string; postIds: bigint[] };
export type DeletedPosts = { activationId: string; postIds: string[] };
type Listener<T> = (batch: T) => void | Promise<void>;

function channel<T>(key: string) {
  const holder = globalThis as unknown as Record<string, Set<Listener<T>> | undefined>;
  const listeners = () => (holder[key] ??= new Set());
  return {
    on(listener: Listener<T>): () => void {
      listeners().add(listener);
      return () => listeners().delete(listener);
    },
    has: () => listeners().size > 0,
    async notify(batch: T): Promise<void> {
      for (const listener of listeners()) {
        try {
          await listener(batch);
        } catch (error) {
          console.error(`${key} listener failed`, error);
        }
      }
    },
  };
}

const stored = channel<StoredPosts>("__vigiePostListeners");
const deleted = channel<DeletedPosts>("__vigieDeletedPostListeners");

export const onPostsStored = stored.on;
export const hasPostListeners = stored.has;
export const notifyPostsStored = stored.notify;
export const onPostsDeleted = deleted.on;
export const notifyPostsDeleted = deleted.notify;
