import { db } from "../db/client";
import { mutate } from "../db/mutate";

const HOUR = 3600_000;

type DemoReport = { title: string; description: string; category: string; severity: number; lat: number; lon: number; placeName: string; hoursAgo: number; publicTitle: string; publicSummary: string };

// Plausible confirmed facts of the Landes flood scenario, with the public texts a coordinator would approve.
export const DEMO_PUBLISHED_REPORTS: DemoReport[] = [
  { title: "Adour en crue au pont de Dax", description: "Plusieurs vidéos concordantes du niveau sous le pont, confirmé par Vigicrues.", category: "water_levels", severity: 3, lat: 43.7102, lon: -1.0536, placeName: "Dax", hoursAgo: 1.5, publicTitle: "L'Adour déborde à Dax", publicSummary: "Le niveau de l'Adour est très élevé au centre de Dax. Évitez les berges et les quais." },
  { title: "D824 coupée entre Tartas et Meilhan", description: "Route submergée, barrières posées par le Département (photo de l'agent).", category: "roads_cut", severity: 3, lat: 43.8336, lon: -0.8086, placeName: "Tartas", hoursAgo: 3, publicTitle: "D824 coupée vers Tartas", publicSummary: "La D824 est fermée entre Tartas et Meilhan à cause de l'eau sur la chaussée. Suivez les déviations." },
  { title: "Gymnase ouvert pour les sinistrés à Saint-Paul-lès-Dax", description: "Annonce de la mairie relayée, confirmée par appel à l'accueil.", category: "evacuation_shelter", severity: 2, lat: 43.7257, lon: -1.0519, placeName: "Saint-Paul-lès-Dax", hoursAgo: 2, publicTitle: "Hébergement d'urgence à Saint-Paul-lès-Dax", publicSummary: "Un gymnase municipal accueille les personnes évacuées. Renseignez-vous auprès de votre mairie." },
  { title: "Maisons inondées quartier du Sablar", description: "Photos géolocalisées de riverains, confirmées par les pompiers sur place.", category: "flooded_homes", severity: 3, lat: 43.7066, lon: -1.0458, placeName: "Dax", hoursAgo: 0.7, publicTitle: "Habitations inondées au Sablar", publicSummary: "Des habitations sont inondées dans le quartier du Sablar. Ne circulez pas dans les rues inondées." },
];

/**
 * The demo's public map: the Landes flood activation's public map switched on (1 km grid) with
 * a few CONFIRMED reports published under public titles, and one published drawn flooded area,
 * so coordinators can open it from the settings or a report and send its link to a prefecture.
 * Runs once, right after the demo activation was created.
 */
export async function seedPublicMapDemo(): Promise<void> {
  const activation = await db().activation.findUnique({ where: { slug: "crue-adour-landes" }, select: { id: true } });
  if (!activation) return;
  const [coordinator, first, second] = await Promise.all(
    ["coordination@vigie.demo", "benevole1@vigie.demo", "benevole2@vigie.demo"].map((email) => db().user.findUniqueOrThrow({ where: { email }, select: { id: true } })),
  );
  const now = Date.now();
  await mutate(null, async ({ tx, audit }) => {
    await tx.activation.update({ where: { id: activation.id }, data: { publicMapAllowed: true, publicPrecision: "grid", publicGridMeters: 1000 } });
    await audit({ action: "activation.publicMap", entity: "Activation", entityId: activation.id, activationId: activation.id, after: { publicMapAllowed: true, publicPrecision: "grid", publicGridMeters: 1000 } });
    for (const r of DEMO_PUBLISHED_REPORTS) {
      const at = new Date(now - r.hoursAgo * HOUR);
      const report = await tx.report.create({
        data: {
          activationId: activation.id,
          title: r.title,
          description: r.description,
          category: r.category,
          severity: r.severity,
          lat: r.lat,
          lon: r.lon,
          precision: "point",
          placeName: r.placeName,
          observedAt: at,
          tags: [],
          status: "CONFIRMED",
          createdById: first.id,
          published: true,
          publicTitle: r.publicTitle,
          publicSummary: r.publicSummary,
          publishedAt: new Date(at.getTime() + 0.3 * HOUR),
          publishedById: coordinator.id,
          reviews: { create: [{ requestedStatus: "CONFIRMED", requestedById: first.id, decidedById: second.id, decidedAt: new Date(at.getTime() + 0.2 * HOUR), decision: "agreed" }] },
        },
      });
      await audit({ action: "report.publish", entity: "Report", entityId: report.id, activationId: activation.id, after: { published: true, publicTitle: r.publicTitle, publicSummary: r.publicSummary } });
    }
    const ring = [[-1.062, 43.703], [-1.041, 43.701], [-1.036, 43.709], [-1.05, 43.714], [-1.062, 43.703]];
    const feature = await tx.mapFeature.create({
      data: {
        activationId: activation.id,
        kind: "FLOODED_AREA",
        geometry: { type: "Polygon", coordinates: [ring] },
        label: "Zone inondée Sablar / Berges",
        minLat: 43.701,
        minLon: -1.062,
        maxLat: 43.714,
        maxLon: -1.036,
        createdById: first.id,
        published: true,
        publicLabel: "Zone inondée (Sablar, berges de l'Adour)",
        publishedAt: new Date(now - HOUR),
      },
    });
    await audit({ action: "mapFeature.publish", entity: "MapFeature", entityId: feature.id, activationId: activation.id, after: { published: true, publicLabel: feature.publicLabel } });
  });
}
