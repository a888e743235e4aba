import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

interface Health {
  status: string;
  services: { mongodb: { status: string; backend: string }; search: { status: string } };
}

function App() {
  const [health, setHealth] = useState<Health | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch("/api/health")
      .then((r) => r.json() as Promise<Health>)
      .then(setHealth)
      .catch(() => setError("The server cannot be reached."));
  }, []);
  return (
    <main style={{ fontFamily: "system-ui, sans-serif", maxWidth: 640, margin: "4rem auto", padding: "0 1rem" }}>
      <h1>Parklink</h1>
      <p>Park-to-park matchmaking for the Community of International Science-Industry Parks.</p>
      {error && <p role="alert">{error}</p>}
      {health ? (
        <p>
          Platform status: <strong>{health.status}</strong> (database {health.services.mongodb.status}, search{" "}
          {health.services.search.status})
        </p>
      ) : (
        !error && <p aria-busy="true">Checking the platform…</p>
      )}
    </main>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
