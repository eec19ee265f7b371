import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "../../../lib/auth/session-user";
import { db } from "../../../lib/db/client";
import { closePgPool } from "../../../lib/db/pg-pool";
import { capturePost } from "../../../lib/ingest/capture-post";
import { importRows } from "../../../lib/ingest/import-rows";
import { readMediaFile } from "../../../lib/media/read-media-file";
import { geotaggedPhoto } from "../../helpers/geotagged-photo";
import { createActivation, createOrganization, createUser, resetDatabase } from "../helpers/fixtures";

let volunteer: SessionUser;
let outsider: SessionUser;
let activationId: string;

beforeEach(async () => {
  await resetDatabase();
  const org = await createOrganization();
  const coordinator = await createUser({ role: "COORDINATOR", organizationId: org.id });
  volunteer = await createUser({ role: "VOLUNTEER", organizationId: org.id });
  outsider = await createUser({ role: "VOLUNTEER", organizationId: org.id });
  activationId = (await createActivation({ ownerOrganizationId: org.id, createdById: coordinator.id, members: [{ userId: volunteer.id, role: "VOLUNTEER" }] })).id;
});
afterAll(() => closePgPool());

describe("manual capture", () => {
  it("stores the post once, its photo in PostgreSQL with thumbnails, and takes the EXIF position as geotag", async () => {
    const photo = await geotaggedPhoto();
    const input = { url: "https://www.facebook.com/groups/dax/posts/123?mibextid=x", text: "Rue des Arènes sous l'eau ce matin", authorHandle: "Jeanne D.", postedAt: null };
    const result = await capturePost(volunteer, activationId, input, [{ bytes: photo, mime: "image/jpeg" }]);
    expect(result).toMatchObject({ network: "facebook", duplicate: false });
    expect(result.media[0].exif).toEqual({ takenAt: "2026-12-01T09:30:00.000Z", lat: 43.71, lon: -1.055, camera: "Vigie TestCam" });
    const post = await db().post.findFirstOrThrow({ where: { activationId } });
    expect(post).toMatchObject({ network: "facebook", externalId: "https://www.facebook.com/groups/dax/posts/123", geoLat: 43.71, geoLon: -1.055 });
    expect(post.media).toEqual([{ fileId: result.media[0].id, type: "image", alt: null }]);
    const thumb = await readMediaFile(result.media[0].id, "thumb");
    expect(thumb.mime).toBe("image/jpeg");
    expect((await readMediaFile(result.media[0].id, "full")).bytes.length).toBe(photo.length);

    // The same link captured again is the same post.
    expect((await capturePost(volunteer, activationId, input, [])).duplicate).toBe(true);
    expect(await db().post.count()).toBe(1);
  });

  it("refuses a non-member, a non-image and empty text, storing nothing", async () => {
    await expect(capturePost(outsider, activationId, { url: null, text: "x", authorHandle: null, postedAt: null }, [])).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(capturePost(volunteer, activationId, { url: null, text: "x", authorHandle: null, postedAt: null }, [{ bytes: Buffer.from("%PDF-1.4"), mime: "application/pdf" }])).rejects.toMatchObject({ message: "media_type_unsupported" });
    await expect(capturePost(volunteer, activationId, { url: null, text: "", authorHandle: null, postedAt: null }, [])).rejects.toBeTruthy();
    expect(await db().post.count()).toBe(0);
  });
});

describe("file import", () => {
  it("keeps valid rows, reports invalid ones with their row number, and reuses the import's source", async () => {
    const first = await importRows(volunteer, activationId, {
      fileName: "signalements.csv",
      format: "csv",
      sourceId: null,
      firstRow: 0,
      rows: [
        { network: "facebook", id: "1", text: "Route coupée D824", postedAt: "2026-12-01T08:00:00Z" },
        { network: "facebook", id: "2", text: "Pas de date" },
        null,
        { network: "facebook", id: "3", text: "Cave inondée à Dax", postedAt: "2026-12-01T08:05:00Z" },
      ],
      parseErrors: [{ row: 3, reason: "Too few fields" }],
    });
    expect(first.stored).toBe(2);
    expect(first.errors.map((e) => e.row)).toEqual([2, 3]);
    const second = await importRows(volunteer, activationId, { fileName: "signalements.csv", format: "csv", sourceId: first.sourceId, firstRow: 4, rows: [{ network: "facebook", id: "1", text: "Route coupée D824", postedAt: "2026-12-01T08:00:00Z" }] });
    expect(second).toMatchObject({ sourceId: first.sourceId, stored: 0, duplicates: 1 });
    expect(await db().source.count({ where: { kind: "FILE_IMPORT" } })).toBe(1);
  });
});
