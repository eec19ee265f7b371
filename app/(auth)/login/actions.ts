"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { safeCallback } from "@/lib/auth/safe-callback";
import { loginSchema } from "@/lib/auth/schemas";
import type { LoginState } from "@/components/auth/login-form";


export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) return { error: "invalidInput" };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return { error: code === "rate_limited" ? "rateLimited" : "wrongCredentials" };
    }
    throw error;
  }
  redirect(safeCallback(parsed.data.callbackUrl));
}
