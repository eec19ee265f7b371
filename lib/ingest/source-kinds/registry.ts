import { AppError } from "../../errors";
import { blueskySourceKind } from "./bluesky";
import type { CreatableSourceKind } from "./creatable-kinds";
import { mastodonSourceKind } from "./mastodon";
import { replaySourceKind } from "./replay";
import { rssSourceKind } from "./rss";
import type { SourceKindSpec } from "./source-kind-spec";
import { webhookSourceKind } from "./webhook";
import { xSourceKind } from "./x";

const SPECS: Partial<Record<CreatableSourceKind, SourceKindSpec>> = {
  WEBHOOK: webhookSourceKind,
  REPLAY: replaySourceKind,
  RSS: rssSourceKind,
  MASTODON: mastodonSourceKind,
  BLUESKY: blueskySourceKind,
  X: xSourceKind,
};

/** The spec of a kind a coordinator can add; manual capture and file imports have none. */
export function findSourceKind(kind: string): SourceKindSpec | undefined {
  return SPECS[kind as CreatableSourceKind];
}

export function sourceKind(kind: string): SourceKindSpec {
  const spec = findSourceKind(kind);
  if (!spec) throw new AppError("INVALID_INPUT", "source_kind_unknown");
  return spec;
}
