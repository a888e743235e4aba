import { useCallback, useId } from "react";
import { keepPreviousData, useQuery, type QueryKey } from "@tanstack/react-query";
import { ApiError } from "../api/http";
import { queryClient, type QueryArea } from "./queries";

export interface AsyncState<T> {
  data: T | undefined;
  error: ApiError | null;
  /** True while the first answer for the current key is on its way (the previous key's may still show). */
  loading: boolean;
  reload(): void;
  /** Replaces the cached data after a local change (e.g. the updated record an action answered). */
  setData(update: T | ((prev: T | undefined) => T)): void;
}

export function toApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, "unknown", err instanceof Error ? err.message : String(err));
}

/**
 * Data for a view from the shared cache: `key` starts with the API area it reads and
 * names everything the loader depends on; a newer key aborts the older request.
 */
export function useApi<T>(key: readonly [QueryArea, ...unknown[]], load: (signal: AbortSignal) => Promise<T>): AsyncState<T> {
  const query = useQuery<T, ApiError>({
    queryKey: key as unknown as QueryKey,
    queryFn: async ({ signal }) => {
      try {
        return await load(signal);
      } catch (err) {
        throw toApiError(err);
      }
    },
    placeholderData: keepPreviousData,
  });
  const reload = useCallback(() => void query.refetch(), [query]);
  const setData = useCallback(
    (update: T | ((prev: T | undefined) => T)) =>
      queryClient.setQueryData<T>(key as unknown as QueryKey, (prev) => (typeof update === "function" ? (update as (p: T | undefined) => T)(prev) : update)),
    // The key is compared by value: its JSON names the same cache entry.
    [JSON.stringify(key)],
  );
  // Loading: the first answer for this key, or a new key while the previous answer still shows.
  // A background refetch (after a write or a live event) keeps the view as it is until it lands.
  const loading = query.isPending || (query.isFetching && query.isPlaceholderData);
  return { data: query.data, error: query.error ?? null, loading, reload, setData };
}

/** A view's own data (not shared with other views), keyed by its dependencies. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const id = useId();
  return useApi(["home", "view", id, ...deps], load);
}
