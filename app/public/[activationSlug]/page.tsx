import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicMapView } from "@/components/public-map/public-map-view";
import type { ReportCategory } from "@/lib/activation/hazard-template-types";
import { isLocale, type Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import { resolveTileConfig } from "@/lib/map/tile-config";
import { findPublicActivation } from "@/lib/public-map/find-public-activation";
import { getPublicMap } from "@/lib/public-map/get-public-map";
import { publicMapFiltersSchema } from "@/lib/public-map/public-map-filters";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ activationSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

async function pageLocale(searchParams: Props["searchParams"]): Promise<Locale> {
  const asked = one((await searchParams).lang);
  return isLocale(asked) ? asked : ((await getLocale()) as Locale);
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const activation = await findPublicActivation((await params).activationSlug);
  if (!activation) return {};
  const t = await getTranslations({ locale: await pageLocale(searchParams), namespace: "publicMap" });
  return { title: t("title", { name: activation.name }), description: t("footer") };
}

/**
 * The public map of an activation, without login, only while its coordinators keep it on
 * (404 otherwise). Everything on it went through lib/public-map: published items only, public
 * texts, coarsened places. The only page that other sites may frame (next.config.ts).
 */
export default async function PublicMapPage({ params, searchParams }: Props) {
  const { activationSlug } = await params;
  const activation = await findPublicActivation(activationSlug);
  if (!activation) notFound();
  const query = await searchParams;
  const parsed = publicMapFiltersSchema.safeParse({ window: one(query.window), category: one(query.category) });
  const filters = parsed.success ? parsed.data : { window: "all" as const };
  const locale = await pageLocale(searchParams);
  const [items, t] = await Promise.all([
    getPublicMap(activation, filters),
    getTranslations({ locale, namespace: "publicMap" }),
  ]);
  const messages = (locale === "en" ? en : fr) as { publicMap: Record<string, unknown>; relay: { public: Record<string, unknown> } };
  const categories = ((activation.reportCategories as ReportCategory[] | null) ?? []).map(({ code, label }) => ({ code, label }));
  const precisionNote =
    activation.publicPrecision === "commune" ? t("precisionCommune") : t("precisionGrid", { meters: Math.max(500, activation.publicGridMeters) });
  return (
    <NextIntlClientProvider locale={locale} timeZone={activation.timeZone} messages={{ publicMap: messages.publicMap, relay: { public: messages.relay.public } } as never}>
      <PublicMapView
        slug={activation.slug}
        name={activation.name}
        initial={items}
        filters={filters}
        categories={categories}
        tile={resolveTileConfig(activation)}
        bounds={[[activation.bboxSouth, activation.bboxWest], [activation.bboxNorth, activation.bboxEast]]}
        locale={locale}
        timeZone={activation.timeZone}
        precisionNote={precisionNote}
      />
    </NextIntlClientProvider>
  );
}
