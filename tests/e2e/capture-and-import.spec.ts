import { expect, test } from "@playwright/test";
import { geotaggedPhoto } from "../helpers/geotagged-photo";
import { login } from "./helpers";

test("a manual capture with a geotagged photo shows its EXIF and lands in the feed", async ({ page }) => {
  await login(page, "benevole1@vigie.demo");
  await page.getByRole("link", { name: "Saisie manuelle" }).click();
  const marker = `Capture ${Date.now()}`;
  await page.getByLabel("Lien du message (le réseau est déduit du lien)").fill(`https://www.instagram.com/p/${Date.now()}/`);
  await page.getByLabel("Texte du message").fill(`${marker} — la digue de Saubusse déborde #crue`);
  await page.getByLabel("Captures d'écran ou photos").setInputFiles({ name: "digue.jpg", mimeType: "image/jpeg", buffer: await geotaggedPhoto() });
  await page.getByRole("button", { name: "Enregistrer le message" }).click();
  await expect(page.getByText("Message enregistré (instagram).")).toBeVisible();
  await expect(page.getByTestId("capture-exif")).toContainText("43.71000, -1.05500");
  await expect(page.getByTestId("capture-exif")).toContainText("Vigie TestCam");

  await page.getByRole("link", { name: "Messages" }).click();
  const post = page.getByTestId("feed-post").filter({ hasText: marker });
  await expect(post).toBeVisible();
  await expect(post).toContainText("43.710, -1.055");
  await expect(post.locator("img")).toHaveJSProperty("complete", true);
});

test("a CSV import shows its progress and its row errors, and keeps the valid rows", async ({ page }) => {
  await login(page, "benevole1@vigie.demo");
  await page.getByRole("link", { name: "Sources" }).click();
  const stamp = Date.now();
  const rows = ["network,externalId,authorHandle,text,postedAt,lat,lon"];
  for (let i = 0; i < 1200; i++) rows.push(`facebook,csv-${stamp}-${i},@habitant${i},"Import ${stamp} ligne ${i} : eau dans la rue à Dax",2026-12-01T08:${String(i % 60).padStart(2, "0")}:00Z,,`);
  rows.push(`facebook,csv-${stamp}-bad,@x,"Ligne sans date",,,`);
  rows.push(`facebook,csv-${stamp}-geo,@y,"Position impossible",2026-12-01T08:00:00Z,123,456`);
  await page.getByLabel("Fichier").setInputFiles({ name: "signalements.csv", mimeType: "text/csv", buffer: Buffer.from(rows.join("\n")) });
  await expect(page.getByTestId("import-summary")).toContainText("1200 messages ajoutés", { timeout: 60_000 });
  await expect(page.getByTestId("import-progress")).toHaveText("1202 / 1202 lignes");
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("1201");
  await expect(errors).toContainText("postedAt");
  await expect(errors).toContainText("1202");
  await expect(errors).toContainText("geo.lat");
});
