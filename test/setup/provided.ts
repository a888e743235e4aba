declare module "vitest" {
  export interface ProvidedContext {
    mongoUri: string;
    mongoBackend: string;
    /** Empty when no Meilisearch binary exists for this platform. */
    meiliUrl: string;
    meiliKey: string;
  }
}

export {};
