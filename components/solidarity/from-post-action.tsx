"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { useTranslations } from "next-intl";

/** The feed's one-click way to put a post on the solidarity board: opens the new-item form prefilled from it. */
export function SolidarityFromPost({ postId }: { postId: string }) {
  const t = useTranslations("solidarity");
  const { activationId } = useParams<{ activationId: string }>();
  return (
    <Link
      href={`/activations/${activationId}/solidarity?fromPost=${encodeURIComponent(postId)}#new-item`}
      className="link small"
      data-testid="post-to-solidarity"
      onClick={(e) => e.stopPropagation()}
    >
      {t("fromPostAction")}
    </Link>
  );
}
