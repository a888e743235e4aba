/**
 * The client's data layer: one query cache for every page. A write that succeeds marks
 * every cached answer stale and refetches those on screen, and live events (a
 * notification, a chat message) do the same for what they touch, so lists, counts and
 * badges agree everywhere without reloads or hand-written re-syncs.
 */
import { QueryClient } from "@tanstack/react-query";
import { ApiError, onApiWrite } from "../api/http";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refusal (4xx) is an answer; only a lost connection or a server error is worth a second try.
      retry: (count, err) => count < 1 && (!(err instanceof ApiError) || err.status === 0 || err.status >= 500),
      refetchOnWindowFocus: true,
    },
  },
});

/** Key roots of the cache: the API area a query reads ("introductions", "notifications", …). */
export type QueryArea = "orgs" | "offers" | "requests" | "introductions" | "notifications" | "search" | "staff" | "home" | "members";

/** Refetches what is on screen of these areas (all areas when none is named) and marks the rest stale. */
export function refresh(...areas: QueryArea[]): Promise<void> {
  if (areas.length === 0) return queryClient.invalidateQueries();
  return Promise.all(areas.map((area) => queryClient.invalidateQueries({ queryKey: [area] }))).then(() => undefined);
}

// Any successful write may change what any page shows (a count, a state, a list).
onApiWrite(() => void refresh());
