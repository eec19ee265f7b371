/**
 * How a report looks on a map, shared by the watch-room map, the public map and the dashboard.
 * Pure data (no Leaflet import) so it runs on the server, in tests and in any map component.
 *
 * - the category gives the colour and a glyph (distinct for the common categories; other codes
 *   get a stable colour from a palette and their initial);
 * - the status gives the fill: CONFIRMED solid, NEW / IN_VERIFICATION hollow, FALSE and
 *   UNCONFIRMABLE faded and dashed;
 * - an urgent report (severity 4, or escalated) gets a thick red halo.
 */

export type ReportMarkerStatus = "NEW" | "IN_VERIFICATION" | "CONFIRMED" | "FALSE" | "UNCONFIRMABLE";

export type CategoryStyle = { color: string; glyph: string };

export type ReportMarkerStyle = {
  /** Stroke colour (the category's, or the urgent red halo). */
  color: string;
  fillColor: string;
  fillOpacity: number;
  weight: number;
  /** Pixel radius for a circle marker. */
  radius: number;
  dashArray?: string;
  glyph: string;
  hollow: boolean;
  urgent: boolean;
};

export const URGENT_COLOR = "#d92d20";
/** Severity is 1–4 (lib/verify/report-schemas.ts): 4 is the urgent one. */
export const URGENT_SEVERITY = 4;

const KNOWN: Record<string, CategoryStyle> = {
  people_in_danger: { color: "#c01048", glyph: "!" },
  victims: { color: "#7a271a", glyph: "✚" },
  casualties: { color: "#7a271a", glyph: "✚" },
  drownings: { color: "#7a271a", glyph: "✚" },
  rescue_under_way: { color: "#dd2590", glyph: "⛑" },
  evacuation_shelter: { color: "#6941c6", glyph: "⌂" },
  shelter_offers: { color: "#6941c6", glyph: "⌂" },
  water_levels: { color: "#1570ef", glyph: "≈" },
  flooded_homes: { color: "#175cd3", glyph: "≋" },
  flooding_landslides: { color: "#175cd3", glyph: "≋" },
  mudflows_debris: { color: "#93370d", glyph: "▲" },
  roads_cut: { color: "#475467", glyph: "⛔" },
  stranded_motorists: { color: "#344054", glyph: "🚗" },
  vehicles_trapped: { color: "#344054", glyph: "🚗" },
  transport_disruption: { color: "#475467", glyph: "⇄" },
  networks: { color: "#ca8504", glyph: "ϟ" },
  water_supply: { color: "#0086c9", glyph: "💧" },
  damage: { color: "#b54708", glyph: "✖" },
  building_damage: { color: "#b54708", glyph: "✖" },
  fallen_trees: { color: "#3b7c0f", glyph: "🌲" },
  fallen_trees_damage: { color: "#3b7c0f", glyph: "🌲" },
  fire_outbreak: { color: "#e62e05", glyph: "🔥" },
  explosion_fire: { color: "#e62e05", glyph: "🔥" },
  threatened_homes: { color: "#ef6820", glyph: "⌂" },
  smoke_air_quality: { color: "#667085", glyph: "☁" },
  vulnerable_people: { color: "#c11574", glyph: "♥" },
  solidarity: { color: "#099250", glyph: "✋" },
  other: { color: "#667085", glyph: "•" },
};

const PALETTE = ["#0e9384", "#4e5ba6", "#9e165f", "#b93815", "#3e4784", "#107569", "#854a0e", "#6172f3"];

/** The colour and glyph of a category code; stable for codes outside the known list. */
export function categoryStyle(code: string): CategoryStyle {
  const known = KNOWN[code];
  if (known) return known;
  let hash = 0;
  for (const char of code) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return { color: PALETTE[hash % PALETTE.length], glyph: (code[0] ?? "?").toUpperCase() };
}

export function isUrgentReport(report: { severity: number; escalated?: boolean }): boolean {
  return report.severity >= URGENT_SEVERITY || report.escalated === true;
}

/** Hollow means "not yet confirmed": a volunteer should not read it as established. */
export function isHollowStatus(status: ReportMarkerStatus): boolean {
  return status === "NEW" || status === "IN_VERIFICATION";
}

export function reportMarkerStyle(report: { category: string; status: ReportMarkerStatus; severity: number; escalated?: boolean }): ReportMarkerStyle {
  const { color, glyph } = categoryStyle(report.category);
  const urgent = isUrgentReport(report);
  const hollow = isHollowStatus(report.status);
  const discarded = report.status === "FALSE" || report.status === "UNCONFIRMABLE";
  return {
    color: urgent ? URGENT_COLOR : color,
    fillColor: color,
    fillOpacity: discarded ? 0.15 : hollow ? 0.08 : 0.85,
    weight: urgent ? 4 : hollow ? 3 : 2,
    radius: urgent ? 10 : 8,
    dashArray: discarded ? "3 3" : undefined,
    glyph,
    hollow,
    urgent,
  };
}

/** HTML of a Leaflet divIcon for a report pin (class names styled in app/globals.css or inline). */
export function reportIconHtml(style: ReportMarkerStyle): string {
  const size = style.radius * 2 + 6;
  const background = style.hollow ? "#ffffff" : style.fillColor;
  const text = style.hollow ? style.fillColor : "#ffffff";
  const ring = style.urgent ? `box-shadow:0 0 0 3px ${URGENT_COLOR}66;` : "";
  const border = `${style.weight}px ${style.dashArray ? "dashed" : "solid"} ${style.color}`;
  const opacity = style.dashArray ? "opacity:0.6;" : "";
  return `<span class="report-pin${style.urgent ? " report-pin-urgent" : ""}" style="display:flex;align-items:center;justify-content:center;width:${size}px;height:${size}px;border-radius:50%;background:${background};color:${text};border:${border};font:bold 12px/1 system-ui,sans-serif;${ring}${opacity}">${escapeHtml(style.glyph)}</span>`;
}

/** Colour of a drawn feature kind (MapFeatureKind). */
export const FEATURE_KIND_COLOR: Record<string, string> = {
  FLOODED_AREA: "#1570ef",
  CLOSED_ROAD: "#d92d20",
  LANDSLIDE: "#93370d",
  FIRE_FRONT: "#e62e05",
  SHELTER: "#6941c6",
  EVACUATION_ZONE: "#f79009",
  WATER_POINT: "#0086c9",
  OTHER: "#475467",
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
