/** Prisma reports a unique constraint violation as P2002 (also through driver adapters). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
