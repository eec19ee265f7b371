import type PDFDocument from "pdfkit";
import type { AreaGeometry } from "../geo/area";
import { loadDepartementOutlines } from "../geo/departement-outlines";
import type { SitrepData } from "./sitrep-data";

type Frame = { x: number; y: number; width: number; height: number };
/** Markers closer than this (in PDF points) share one. */
const MARKER_CELL = 3;
const SEVERITY_COLOURS = ["#667085", "#f79009", "#dc6803", "#b42318", "#7a271a"];

/**
 * The confirmed reports drawn offline as vector paths on the bundled
 * département outlines, inside `frame` (equirectangular projection corrected
 * for latitude: good enough at a département's scale).
 */
export function drawSitrepMap(doc: PDFKit.PDFDocument | InstanceType<typeof PDFDocument>, data: SitrepData, frame: Frame): void {
  const points = data.confirmed.filter((report) => report.lat !== null && report.lon !== null) as (SitrepData["confirmed"][number] & { lat: number; lon: number })[];
  let [west, south, east, north] = data.activation.bbox;
  for (const point of points) {
    west = Math.min(west, point.lon);
    east = Math.max(east, point.lon);
    south = Math.min(south, point.lat);
    north = Math.max(north, point.lat);
  }
  const padLon = (east - west) * 0.05 || 0.1;
  const padLat = (north - south) * 0.05 || 0.1;
  west -= padLon;
  east += padLon;
  south -= padLat;
  north += padLat;
  const cos = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = Math.min(frame.width / ((east - west) * cos), frame.height / (north - south));
  const offsetX = frame.x + (frame.width - (east - west) * cos * scale) / 2;
  const offsetY = frame.y + (frame.height - (north - south) * scale) / 2;
  const project = (lon: number, lat: number): [number, number] => [offsetX + (lon - west) * cos * scale, offsetY + (north - lat) * scale];

  doc.save();
  doc.rect(frame.x, frame.y, frame.width, frame.height).fillAndStroke("#dbe7f3", "#98a2b3");
  doc.rect(frame.x, frame.y, frame.width, frame.height).clip();
  for (const geometry of loadDepartementOutlines().values()) {
    if (!overlaps(geometry, west, south, east, north)) continue;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        ring.forEach(([lon, lat], index) => {
          const [x, y] = project(lon, lat);
          if (index === 0) doc.moveTo(x, y);
          else doc.lineTo(x, y);
        });
        doc.closePath();
      }
    }
    doc.lineWidth(0.6).fillAndStroke("#f9fafb", "#0b4f8a");
  }
  // Every confirmed report counts, but a big activation has tens of thousands and markers are
  // several points wide: one marker per 3-point cell of the page is drawn, the most severe (current
  // before resolved) of those that fall there, and the most severe cells last, on top.
  const rank = (point: (typeof points)[number]) => point.severity * 2 + (point.currency === "CURRENT" ? 1 : 0);
  const cells = new Map<string, { point: (typeof points)[number]; x: number; y: number }>();
  for (const point of points) {
    const [x, y] = project(point.lon, point.lat);
    const key = `${Math.floor(x / MARKER_CELL)}|${Math.floor(y / MARKER_CELL)}`;
    const held = cells.get(key);
    if (!held || rank(point) > rank(held.point)) cells.set(key, { point, x, y });
  }
  for (const { point, x, y } of [...cells.values()].sort((a, b) => rank(a.point) - rank(b.point))) {
    const colour = SEVERITY_COLOURS[point.severity] ?? SEVERITY_COLOURS[0];
    doc.circle(x, y, 2 + point.severity).lineWidth(0.8);
    if (point.currency === "CURRENT") doc.fillOpacity(0.8).fillAndStroke(colour, "#ffffff").fillOpacity(1);
    else doc.stroke(colour);
  }
  doc.restore();
}

function overlaps(geometry: AreaGeometry, west: number, south: number, east: number, north: number): boolean {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const [lon, lat] of polygon[0] ?? []) if (lon >= west - 1 && lon <= east + 1 && lat >= south - 1 && lat <= north + 1) return true;
  return false;
}
