/**
 * A separate process that runs an activation's sources (as the server would),
 * so the crash test can SIGKILL it mid-ingest. Prints "stored <n>" now and then.
 */
import { startSourcesForActivation } from "../../../../lib/ingest/source-runner";
import { onPostsStored } from "../../../../lib/ingest/post-hooks";

let stored = 0;
onPostsStored(({ postIds }) => {
  stored += postIds.length;
  process.stdout.write(`stored ${stored}\n`);
});
const activationId = process.argv[2];
void startSourcesForActivation(activationId).then((count) => process.stdout.write(`started ${count}\n`));
setInterval(() => undefined, 1000);
