import { z } from "zod";
import { loadScenario, replayConnector } from "../connectors/replay";
import { flag, whole } from "./form-values";
import type { SourceKindSpec } from "./source-kind-spec";

/** A recorded scenario played at a chosen speed: demos and exercises. */
export const replaySourceKind: SourceKindSpec = {
  kind: "REPLAY",
  settings: z.object({
    scenario: z.string().regex(/^[a-z0-9-]+$/).default("crue-adour-landes"),
    speed: whole(1, 10_000, 60),
    loop: flag(true),
  }),
  connector: replayConnector,
  async test({ config }) {
    const events = loadScenario(String(config.scenario ?? "crue-adour-landes"));
    return { kind: "replay", events: events.length, posts: events.filter((e) => e.kind === "post").length };
  },
};
