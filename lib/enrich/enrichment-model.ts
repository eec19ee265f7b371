import fs from "node:fs";
import path from "node:path";
import { isHazard, type Hazard } from "@/lib/activation/hazards";
import { foldForMatching } from "./clean-text";
import { detectLanguage } from "./detect-language";
import { extractFeatures } from "./extract-features";
import { isInformationType, RELEVANT_TYPES, type InformationType } from "./information-types";
import { compileHead, CountTable, indexFeatures, type CompiledHead, type FeatureIndex } from "./naive-bayes";

/** A labelled post, from the seed corpus or a volunteer's correction. */
export type LabelledExample = {
  text: string;
  relevant: boolean;
  category?: InformationType;
  urgent?: boolean;
  lang?: string | null;
  hazard?: Hazard;
};

/** The three stacked-count classifiers of one layer (seed or an activation's corrections). */
export type EnrichmentModel = {
  relevance: CountTable; // 0 = not relevant, 1 = relevant
  type: CountTable; // index in RELEVANT_TYPES
  urgency: CountTable; // 0 = not urgent, 1 = urgent; relevant posts only (urgency means nothing off-topic)
  examples: number;
};

export function emptyModel(): EnrichmentModel {
  return { relevance: new CountTable(2), type: new CountTable(RELEVANT_TYPES.length), urgency: new CountTable(2), examples: 0 };
}

/** A model with its logarithms precomputed, for scoring many posts against it. */
export type CompiledModel = { index: FeatureIndex; relevance: CompiledHead; type: CompiledHead; urgency: CompiledHead };

const compiled = new WeakMap<EnrichmentModel, { version: number; model: CompiledModel }>();
const versionOf = (m: EnrichmentModel) => m.relevance.version + m.type.version + m.urgency.version;

/**
 * `base` alone, or with `overlay` stacked on top at `weight` (then over the overlay's features
 * only: the rest of the rows are the base's, unchanged by stacking).
 */
export function compileModel(base: EnrichmentModel, overlay?: { model: EnrichmentModel; weight: number }): CompiledModel {
  if (overlay) {
    const { model, weight } = overlay;
    const index = indexFeatures([model.relevance, model.type, model.urgency]);
    const head = (pick: (m: EnrichmentModel) => CountTable) => compileHead([{ table: pick(base), weight: 1 }, { table: pick(model), weight }], index);
    return { index, relevance: head((m) => m.relevance), type: head((m) => m.type), urgency: head((m) => m.urgency) };
  }
  const cached = compiled.get(base);
  if (cached && cached.version === versionOf(base)) return cached.model;
  const index = indexFeatures([base.relevance, base.type, base.urgency]);
  const result = { index, relevance: compileHead([{ table: base.relevance, weight: 1 }], index), type: compileHead([{ table: base.type, weight: 1 }], index), urgency: compileHead([{ table: base.urgency, weight: 1 }], index) };
  compiled.set(base, { version: versionOf(base), model: result });
  return result;
}

const TYPE_INDEX = new Map(RELEVANT_TYPES.map((t, i) => [t, i]));

/** Adds one labelled post to a model layer; `fallbackHazard` is used when the example has none. */
export function addExample(model: EnrichmentModel, example: LabelledExample, fallbackHazard: Hazard): void {
  const folded = foldForMatching(example.text);
  const lang = example.lang || detectLanguage(example.text);
  const { bag } = extractFeatures(folded, lang, example.hazard ?? fallbackHazard);
  model.relevance.add(bag, example.relevant ? 1 : 0);
  const typeIndex = example.category ? TYPE_INDEX.get(example.category) : undefined;
  if (example.relevant && typeIndex !== undefined) model.type.add(bag, typeIndex);
  if (example.urgent !== undefined && example.relevant) model.urgency.add(bag, example.urgent ? 1 : 0);
  model.examples++;
}

/** Trains a model layer from labelled posts (~600 posts in well under a second). */
export function trainEnrichmentModel(examples: readonly LabelledExample[], fallbackHazard: Hazard = "other"): EnrichmentModel {
  const model = emptyModel();
  for (const example of examples) addExample(model, example, fallbackHazard);
  return model;
}

/**
 * Parses labelled JSONL (`{"text","relevant","category"?,"urgent"?,"lang"?,"hazard"?}` per line).
 * Returns the examples and the 1-based numbers of the lines that could not be used.
 */
export function parseLabelledJsonl(content: string): { examples: LabelledExample[]; badLines: { line: number; reason: string }[] } {
  const examples: LabelledExample[] = [];
  const badLines: { line: number; reason: string }[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      badLines.push({ line: index + 1, reason: "not valid JSON" });
      return;
    }
    const row = value as Record<string, unknown>;
    if (!row || typeof row !== "object" || typeof row.text !== "string" || typeof row.relevant !== "boolean") {
      badLines.push({ line: index + 1, reason: 'needs "text" (string) and "relevant" (boolean)' });
      return;
    }
    if (row.category !== undefined && !isInformationType(row.category)) {
      badLines.push({ line: index + 1, reason: `unknown category ${JSON.stringify(row.category)}` });
      return;
    }
    examples.push({
      text: row.text,
      relevant: row.relevant,
      category: row.category as InformationType | undefined,
      urgent: typeof row.urgent === "boolean" ? row.urgent : undefined,
      lang: typeof row.lang === "string" ? row.lang : undefined,
      hazard: isHazard(row.hazard) ? row.hazard : undefined,
    });
  });
  return { examples, badLines };
}

/** Where the seed corpus lives; resolved from the working directory like the app's other data. */
export const SEED_CORPUS_PATH = path.join("data", "enrich", "seed-train.jsonl");

let seedModel: EnrichmentModel | undefined;

/** The model trained on the seed corpus, trained once per process on first use and shared. */
export function seedEnrichmentModel(): EnrichmentModel {
  if (!seedModel) {
    const { examples } = parseLabelledJsonl(fs.readFileSync(path.resolve(process.cwd(), SEED_CORPUS_PATH), "utf8"));
    seedModel = trainEnrichmentModel(examples);
  }
  return seedModel;
}
