import { StrictMode } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { queryClient } from "./app/queries";
import { createRoot } from "react-dom/client";
import { I18nProvider } from "./i18n";
import { AuthProvider } from "./app/auth";
import { RealtimeProvider } from "./app/realtime";
import { App } from "./app/App";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
    <I18nProvider>
      <AuthProvider>
        <RealtimeProvider>
          <App />
        </RealtimeProvider>
      </AuthProvider>
    </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
