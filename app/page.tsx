import { redirect } from "next/navigation";
import { listActivationsForUser } from "@/lib/activation/list-activations-for-user";
import { requireUser } from "@/lib/auth/guards";

/** Home: straight into the user's current activation when there is one. */
export default async function HomePage() {
  const user = await requireUser();
  const activations = await listActivationsForUser(user);
  const current = activations.find((activation) => activation.status === "ACTIVE") ?? activations[0];
  redirect(current ? `/activations/${current.id}` : "/activations");
}
