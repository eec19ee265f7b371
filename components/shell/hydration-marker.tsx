"use client";

import { useEffect } from "react";

/**
 * Marks the page as interactive once React has hydrated it. Until then,
 * buttons whose handlers live in JavaScript would swallow a click (a form
 * bound to a client action does nothing before hydration), which on a slow
 * connection loses a volunteer's "Approuver" without a word: the stylesheet
 * keeps buttons inert and visibly waiting until this attribute is set.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
