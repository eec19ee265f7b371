import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";

// bcryptjs: pure JavaScript, so nothing native to download or build on a fresh machine.
const COST = 11;

export async function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export async function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

let dummy: Promise<string> | undefined;

/** A hash of a random secret: lets us spend the same time on unknown accounts as on known ones. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomUUID());
  return dummy;
}
