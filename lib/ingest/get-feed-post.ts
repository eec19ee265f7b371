import { AppError } from "../errors";
import type { FeedPost } from "./feed-post";
import { parsePostId } from "./post-id";
import { listFeedPosts } from "./list-feed-posts";

/** One post as the feed shows it (callers check read access). */
export async function getFeedPost(activationId: string, postId: string): Promise<FeedPost> {
  const id = parsePostId(postId);
  const [post] = await listFeedPosts(activationId, { before: id + 1n, after: id - 1n, limit: 1 });
  if (!post) throw new AppError("NOT_FOUND", "post_not_found");
  return post;
}
