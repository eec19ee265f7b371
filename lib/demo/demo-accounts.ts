/** The demo logins, printed in the console and shown on the login page in demo mode. */
export const DEMO_PASSWORD = "vigie-demo-2026";

export const DEMO_ACCOUNTS = [
  { email: "admin@vigie.demo", name: "Alice Admin", role: "ADMIN", org: "association" },
  { email: "coordination@vigie.demo", name: "Camille Coordinatrice", role: "COORDINATOR", org: "association" },
  { email: "benevole1@vigie.demo", name: "Lucas Bénévole", role: "VOLUNTEER", org: "association" },
  { email: "benevole2@vigie.demo", name: "Inès Bénévole", role: "VOLUNTEER", org: "association" },
  { email: "prefecture@vigie.demo", name: "Paul Préfecture", role: "AUTHORITY", org: "prefecture" },
] as const;

export const DEMO_ORGANIZATIONS = {
  association: { name: "MSGU Landes (démo)", type: "VOLUNTEER_ASSOCIATION" },
  prefecture: { name: "Préfecture des Landes (démo)", type: "PREFECTURE" },
  fireService: { name: "SDIS 40 (démo)", type: "FIRE_SERVICE" },
} as const;
