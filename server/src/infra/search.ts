import { meiliHttpClient } from "./meili-http.js";
import { Meilisearch } from "meilisearch";
import type { MeiliEndpoint } from "./meili-process.js";

export type SearchStatus = "up" | "down" | "unavailable";

/** The server's handle on Meilisearch; `client` is null when no Meilisearch exists at all. */
export interface Search {
  client: Meilisearch | null;
  /** Index names are prefixed so that tests and several deployments can share one Meilisearch. */
  indexName(base: string): string;
  status(): Promise<SearchStatus>;
}

export function createSearch(endpoint: MeiliEndpoint | undefined, prefix = "", timeoutMs = 5000): Search {
  const make = (host: string) => new Meilisearch({ host, apiKey: endpoint!.masterKey, timeout: timeoutMs, httpClient: meiliHttpClient });
  let host = endpoint?.url;
  let client = host ? make(host) : null;
  /** The client of the endpoint's current URL: a restarted embedded Meilisearch may have moved. */
  const current = () => {
    if (endpoint && endpoint.url !== host) {
      host = endpoint.url;
      client = make(host);
    }
    return client;
  };
  return {
    get client() {
      return current();
    },
    indexName: (base) => `${prefix}${base}`,
    status: async () => {
      const client = current();
      if (!client) return "unavailable";
      try {
        return (await client.isHealthy()) ? "up" : "down";
      } catch {
        return "down";
      }
    },
  };
}
