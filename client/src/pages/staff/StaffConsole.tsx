import type { ComponentType } from "react";
import { Link } from "../../app/router";
import { PageTitle } from "../../components/ui";
import { useI18n, type MessageKey } from "../../i18n";
import { NotFoundPage } from "../NotFoundPage";
import { Dashboard } from "./Dashboard";
import { ExportPanel } from "./ExportPanel";
import { ImportPanel } from "./ImportPanel";
import { PipelineBoard } from "./PipelineBoard";
import { SuggestionsPanel } from "./SuggestionsPanel";
import { VettingQueue } from "./VettingQueue";

interface Section {
  id: string;
  label: MessageKey;
  page: ComponentType;
}

const SECTIONS: Section[] = [
  { id: "dashboard", label: "staff.nav.dashboard", page: Dashboard },
  { id: "vetting", label: "staff.nav.vetting", page: VettingQueue },
  { id: "pipeline", label: "staff.nav.pipeline", page: PipelineBoard },
  { id: "suggestions", label: "staff.nav.suggestions", page: SuggestionsPanel },
  { id: "import", label: "staff.nav.import", page: ImportPanel },
  { id: "export", label: "staff.nav.export", page: ExportPanel },
];

/** The CISIP staff console: figures, vetting, the broker pipeline, suggestions, import and export. */
export function StaffConsole({ params }: { params: Record<string, string | undefined> }) {
  const { t } = useI18n();
  const id = params.section ?? "dashboard";
  const section = SECTIONS.find((s) => s.id === id);
  if (!section) return <NotFoundPage />;
  const Page = section.page;
  return (
    <div className="staff-console">
      <PageTitle title={`${t(section.label)} · ${t("staff.title")}`}>{t("staff.title")}</PageTitle>
      <nav className="staff-nav" aria-label={t("staff.sections")}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <Link to={s.id === "dashboard" ? "/staff" : `/staff/${s.id}`} aria-current={s.id === id ? "page" : undefined}>
                {t(s.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="staff-section">
        <Page />
      </div>
    </div>
  );
}
