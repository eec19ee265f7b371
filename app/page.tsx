import { redirect } from "next/navigation";
import { listActivationsForUser } from "@/lib/activation/list-activations-for-user";
import { requireUser } from "@/lib/auth/guards";

/** Home: straight into the user's current activation when there is one. */
export default async function HomePage() {
  const user = await requireUser();
  const activations = await listActivationsForUser(user);
  const current = activations.find((activation) => activation.status === "ACTIVE") ?? activations[0];
  // The crisis cell does not triage: its landing page is the dashboard.
  redirect(current ? `/activations/${current.id}${user.role === "AUTHORITY" ? "/dashboard" : ""}` : "/activations");
}
