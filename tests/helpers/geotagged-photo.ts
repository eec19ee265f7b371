import sharp from "sharp";

/** A small JPEG with EXIF date, camera and a GPS position near Dax (43.71 N, 1.055 W). */
export async function geotaggedPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 240, channels: 3, background: "#3a6ea5" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "Vigie", Model: "TestCam" },
      IFD2: { DateTimeOriginal: "2026:12:01 09:30:00" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "43/1 42/1 3600/100", GPSLongitudeRef: "W", GPSLongitude: "1/1 3/1 1800/100" },
    })
    .toBuffer();
}
